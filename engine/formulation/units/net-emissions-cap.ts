/**
 * net_emissions_cap[y]: Scope 1 + Scope 2 − offsets ≤ the cap path to the target. In diagnosis
 * mode a shortfall variable relaxes each cap and the objective minimises the total shortfall.
 */
import { component, key, type FormulationUnit } from '../context.ts';

export const netEmissionsCapUnit: FormulationUnit = {
  name: 'net_emissions_cap',
  title: 'Net emissions (Scope 1 + Scope 2 − offsets) within the cap path to the target year',
  unit: 'tCO2',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    if (ctx.options.omitCaps === true) return;
    for (const y of data.years) {
      const cap = data.capTco2[y];
      if (cap === undefined) continue;
      const terms: Array<[number, number]> = [[v.scope1.get(y)!, 1], [v.scope2.get(y)!, 1]];
      for (const o of data.offsetProducts) {
        const col = v.offsets.get(key(o.id, y));
        if (col !== undefined) terms.push([col, -1]);
      }
      if (ctx.options.capShortfall === true) {
        const slack = ctx.variable(component('cap_shortfall', y));
        v.capShortfall.set(y, slack);
        // Diagnosis minimises the shortfall alone; plan evaluation prices it far above any MAC.
        ctx.goal(slack, ctx.costObjective ? (ctx.options.shortfallPenaltyRmbPerTco2 ?? 1e5) * data.discount[y]! : 1);
        terms.push([slack, -1]);
      }
      v.capRow.set(y, ctx.constraint(component('net_emissions_cap', y), terms, '<=', cap));
    }
  },
};
