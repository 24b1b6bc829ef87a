/** supply_electric[m,u,y]: useful energy from electrified technologies, within their capacity. */
import { component, key, type FormulationUnit } from '../context.ts';
import { ofKind } from '../measure-kinds.ts';

export const electrifiedSupplyUnit: FormulationUnit = {
  name: 'electrified_supply',
  title: 'Useful energy delivered by heat pumps, electric boilers, kilns and fleets, within installed capacity',
  unit: 'MWh useful energy',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of ofKind(data.measures, 'electrification')) {
      const endUses = m.effect.endUses.filter((u) => data.endUses.includes(u));
      for (const y of data.years) {
        const stock = v.stock.get(key(m.id, y));
        if (stock === undefined) continue;
        const terms: Array<[number, number]> = [[stock, -m.effect.usefulMwhPerUnitYear]];
        for (const u of endUses) {
          const col = ctx.variable(component('supply_electric', m.id, u, y));
          v.electric.set(key(m.id, u, y), col);
          terms.push([col, 1]);
        }
        ctx.constraint(component('electrification_capacity', m.id, y), terms, '<=', 0);
      }
    }
  },
};
