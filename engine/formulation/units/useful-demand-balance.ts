/**
 * useful_demand_balance[u,y]: the useful demand of each end-use (baseline × output growth) is met by
 * incumbent equipment (final energy × its efficiency), electrified supply, efficiency savings and
 * the savings of process change.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { ofKind } from '../measure-kinds.ts';

export const usefulDemandBalanceUnit: FormulationUnit = {
  name: 'useful_demand_balance',
  title: 'Useful demand per end-use met by incumbents, electrified supply and savings',
  unit: 'MWh useful energy',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const u of data.endUses) {
      // Only the measures acting on this end-use (the inner loops run per year).
      const electrification = ofKind(data.measures, 'electrification').filter((m) => m.effect.endUses.includes(u));
      const efficiency = ofKind(data.measures, 'efficiency').filter((m) => m.effect.endUses.includes(u));
      const processChange = ofKind(data.measures, 'process_change').filter((m) => (m.effect.endUseSavingFraction[u] ?? 0) > 0);
      const cells = data.demand.filter((d) => d.endUse === u);
      const usefulPerOutput = data.usefulMwh[u]![data.baseYear]! / data.factory.output.baseQuantity;
      for (const y of data.years) {
        const terms: Array<[number, number]> = [];
        for (const cell of cells) {
          terms.push([v.incumbent.get(key(u, cell.carrier, y))!, cell.efficiency]);
        }
        for (const m of electrification) {
          const col = v.electric.get(key(m.id, u, y));
          if (col !== undefined) terms.push([col, 1]);
        }
        for (const m of efficiency) {
          const col = v.treated.get(key(m.id, u, y));
          if (col !== undefined) terms.push([col, m.effect.savingFraction]);
        }
        for (const m of processChange) {
          const col = v.converted.get(key(m.id, y));
          const share = m.effect.endUseSavingFraction[u] ?? 0;
          if (col !== undefined && share > 0) terms.push([col, share * usefulPerOutput]);
        }
        ctx.constraint(component('useful_demand_balance', u, y), terms, '>=', data.usefulMwh[u]![y]!);
      }
    }
  },
};
