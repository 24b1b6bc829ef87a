/**
 * On-site generation (PV, wind) is either consumed on site or exported (the rest is curtailed).
 * Self-consumption is limited to a share of the site's electricity use, raised by storage:
 *   self ≤ α × (grid + self) + Σ shift × storage stock.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { ofKind } from '../measure-kinds.ts';

export const onsiteGenerationUnit: FormulationUnit = {
  name: 'onsite_generation',
  title: 'On-site generation split into self-consumption and export; self-consumption limited by load share and storage; revenue: exports',
  unit: 'MWh',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const gen = ofKind(data.measures, 'onsite_generation');
    if (gen.length === 0) return;
    const storage = ofKind(data.measures, 'storage');
    const alpha = data.selfConsumptionShare;
    for (const y of data.years) {
      const self = ctx.variable(component('self_consumed', y));
      const exported = ctx.variable(component('exported', y));
      ctx.cost(exported, -data.discount[y]! * data.exportRmbPerMwh[y]!, y);
      v.selfConsumed.set(y, self);
      v.exported.set(y, exported);
      const split: Array<[number, number]> = [[self, 1], [exported, 1]];
      for (const m of gen) {
        const stock = v.stock.get(key(m.id, y));
        if (stock !== undefined) split.push([stock, -data.yieldMwhPerKw[m.id]!]);
      }
      ctx.constraint(component('generation_split', y), split, '<=', 0);
      const limit: Array<[number, number]> = [[self, 1 - alpha], [v.grid.get(y)!, -alpha]];
      for (const m of storage) {
        const stock = v.stock.get(key(m.id, y));
        if (stock !== undefined) limit.push([stock, -m.effect.shiftMwhPerKwhYear]);
      }
      ctx.constraint(component('self_consumption_limit', y), limit, '<=', 0);
    }
  },
  explain: {
    row(c, data) {
      if (c.block !== 'self_consumption_limit') return null;
      return {
        family: c.block,
        message: `on-site generation can serve at most ${(data.selfConsumptionShare * 100).toFixed(0)} % of electricity use (plus what storage shifts)`,
        fix: 'add storage to shift generation to the hours of use, or buy green power or certificates for the rest',
      };
    },
  },
};
