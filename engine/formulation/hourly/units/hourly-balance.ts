/**
 * hourly_balance[y,d,h]: in every hour, grid import − export + battery discharge − charge + on-site
 * generation ≥ the hour's load (each load class's yearly energy × its share in that hour); on-site
 * generation beyond what the site takes, stores and exports is curtailed.
 */
import { component, key, type FormulationUnit } from '../../context.ts';
import { ofKind } from '../../measure-kinds.ts';
import { hourlyIndex, hourlyOf, loadTerms, slots } from '../hourly-index.ts';

export const hourlyBalanceUnit: FormulationUnit = {
  name: 'hourly_balance',
  title: 'Electricity balance in every hour: grid − export + discharge − charge + on-site generation ≥ load (the rest curtailed)',
  unit: 'MWh per hour',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const hourly = hourlyOf(ctx);
    const index = hourlyIndex(ctx);
    const gen = ofKind(data.measures, 'onsite_generation');
    const storage = ofKind(data.measures, 'storage');
    for (const y of data.years) {
      const grid = index.gridImport.get(y)!;
      const exports = index.exports.get(y);
      const stocks = gen.flatMap((m) => {
        const col = v.stock.get(key(m.id, y));
        return col === undefined ? [] : [{ perKw: hourly.generationMwhPerKw[m.id]!, col }];
      });
      const batteries = storage.flatMap((m) => {
        const charge = index.charge.get(key(m.id, y));
        const discharge = index.discharge.get(key(m.id, y));
        return charge === undefined || discharge === undefined ? [] : [{ charge, discharge }];
      });
      for (const s of slots(hourly)) {
        const terms: Array<[number, number]> = [[grid[s.t]!, 1]];
        if (exports !== undefined) terms.push([exports[s.t]!, -1]);
        for (const b of batteries) terms.push([b.discharge[s.t]!, 1], [b.charge[s.t]!, -1]);
        for (const g of stocks) {
          const perKw = g.perKw[s.d]![s.k]!;
          if (perKw > 0) terms.push([g.col, perKw]);
        }
        terms.push(...loadTerms(ctx, y, s.d, s.k, -1));
        ctx.constraint(component('hourly_balance', y, s.day, s.start), terms, '>=', 0);
      }
    }
  },
};
