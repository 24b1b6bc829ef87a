/**
 * invest[m,y] ∈ {0,1} for lumpy measures: a build is either zero or at least the minimum size, and
 * carries a fixed project cost (annuitised like capex). Makes the model a MILP.
 */
import { annuitySpread, annuityWeight } from '../economics.ts';
import { component, key, type FormulationUnit } from '../context.ts';
import { isLumpy } from '../measure-kinds.ts';
import { sizeUpperBound } from '../potential.ts';

export const lumpyUnit: FormulationUnit = {
  name: 'lumpy',
  title: 'Lumpy builds: minimum size and fixed project cost, switched by a binary',
  unit: 'binary (1 = a project is built that year)',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of data.measures.filter(isLumpy)) {
      const { minSizeUnits, fixedCostRmb } = m.lumpy!;
      for (const y of data.years) {
        const build = v.build.get(key(m.id, y));
        if (build === undefined) continue;
        const bigM = sizeUpperBound(data, m, y);
        if (!Number.isFinite(bigM) || bigM < minSizeUnits) {
          ctx.constraint(component('lumpy_too_small', m.id, y), [[build, 1]], '=', 0);
          continue;
        }
        const invest = ctx.variable(component('invest', m.id, y), { upper: 1, integer: true });
        v.invest.set(key(m.id, y), invest);
        ctx.cost(invest, annuityWeight(data, m, y) * fixedCostRmb, annuitySpread(data, m, y));
        if (minSizeUnits > 0) ctx.constraint(component('lumpy_min_size', m.id, y), [[build, 1], [invest, -minSizeUnits]], '>=', 0);
        ctx.constraint(component('lumpy_link', m.id, y), [[build, 1], [invest, -bigM]], '<=', 0);
      }
    }
  },
};
