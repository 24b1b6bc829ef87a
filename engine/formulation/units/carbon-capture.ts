/**
 * captured[m,y]: CO2 captured by CCUS, within capture capacity and at most a share of the direct
 * (fuel + remaining process) CO2. Cost: transport and storage per tonne.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { measureOf } from '../explain.ts';
import { fuelCo2Terms, processReductionTerms } from '../expressions.ts';
import { ofKind } from '../measure-kinds.ts';

export const carbonCaptureUnit: FormulationUnit = {
  name: 'carbon_capture',
  title: 'CO2 captured within capacity and a share of direct emissions; cost: transport and storage',
  unit: 'tCO2',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of ofKind(data.measures, 'carbon_removal')) {
      const f = m.effect.maxCaptureFraction;
      for (const y of data.years) {
        const stock = v.stock.get(key(m.id, y));
        if (stock === undefined) continue;
        const col = ctx.variable(component('captured', m.id, y));
        ctx.cost(col, data.discount[y]! * m.effect.variableCostRmbPerTco2, y);
        v.captured.set(key(m.id, y), col);
        ctx.constraint(component('capture_capacity', m.id, y), [[col, 1], [stock, -1]], '<=', 0);
        // captured − f × (fuel CO2 − process reduction) ≤ f × process CO2
        ctx.constraint(
          component('capture_limit', m.id, y),
          [[col, 1], ...fuelCo2Terms(ctx, y, -f), ...processReductionTerms(ctx, y, f)],
          '<=',
          f * data.processTco2[y]!,
        );
      }
    }
  },
  explain: {
    row(c, data) {
      if (c.block !== 'capture_limit') return null;
      const m = measureOf(data, c);
      return m && m.effect.kind === 'carbon_removal'
        ? {
            family: `${c.block}:${m.id}`,
            message: `${m.nameEn} can capture at most ${(m.effect.maxCaptureFraction * 100).toFixed(0)} % of direct CO2`,
            fix: 'a technology limit of the capture plant: cut the direct CO2 it leaves (fuel switching, process change) or offset it',
          }
        : null;
    },
  },
};
