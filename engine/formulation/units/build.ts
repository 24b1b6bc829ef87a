/**
 * build[m,y]: new capacity of each measure in each year from its first build year, within its yearly
 * limit (pace), with its capex annuities in the objective.
 */
import { buildLimitUnits, firstBuildYear } from '../build-limits.ts';
import { annuitySpread, annuityWeight } from '../economics.ts';
import { component, key, type FormulationUnit } from '../context.ts';
import { fmt, measureOf } from '../explain.ts';
import { isBuildable } from '../measure-kinds.ts';

export const buildUnit: FormulationUnit = {
  name: 'build',
  title: 'New build of each measure per year; cost: capex annuities inside the horizon',
  unit: 'measure size unit (kW, kWh, MWh/yr treated, t output/yr, tCO2/yr)',
  kind: 'variables',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of data.measures.filter(isBuildable)) {
      const first = firstBuildYear(data, m);
      for (const y of data.years) {
        if (y < first) continue;
        const col = ctx.variable(component('build', m.id, y), { upper: buildLimitUnits(data, m, y) });
        ctx.cost(col, annuityWeight(data, m, y) * m.capexRmbPerUnit[y]!, annuitySpread(data, m, y));
        v.build.set(key(m.id, y), col);
      }
    }
  },
  explain: {
    upperBound(c, data, upper) {
      const m = measureOf(data, c);
      return m
        ? {
            family: `build:${m.id}`,
            message: `${m.nameEn} build rate is limited to ${fmt(upper)} ${m.sizeUnit} per year${m.pace ? ` (pace: ${m.pace.basis})` : ''}`,
            fix: `start earlier (a later policy.targetYear), or override ${m.id}'s pace in measures.pace where the project can go faster`,
          }
        : null;
    },
  },
};
