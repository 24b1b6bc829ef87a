/** treated[m,u,y]: end-use energy covered by an efficiency measure, within its installed size. */
import { componentName, key, type FormulationUnit } from '../context.ts';
import { ofKind } from '../measure-kinds.ts';

export const efficiencySavingsUnit: FormulationUnit = {
  name: 'efficiency_savings',
  title: 'Useful end-use energy treated by efficiency measures (saving = saving fraction × treated), within installed size and the end-use',
  unit: 'MWh useful energy per year',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of ofKind(data.measures, 'efficiency')) {
      const endUses = m.effect.endUses.filter((u) => data.endUses.includes(u));
      for (const y of data.years) {
        const stock = v.stock.get(key(m.id, y));
        if (stock === undefined) continue;
        const terms: Array<[number, number]> = [[stock, -1]];
        for (const u of endUses) {
          const col = ctx.variable(componentName('treated', m.id, u, y), { upper: data.usefulMwh[u]![y]! });
          v.treated.set(key(m.id, u, y), col);
          terms.push([col, 1]);
        }
        ctx.constraint(componentName('efficiency_capacity', m.id, y), terms, '<=', 0);
      }
    }
  },
};
