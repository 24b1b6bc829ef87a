/**
 * grid_import[y,d,h]: electricity bought in each time slice of each representative day (MW, its
 * mean power; h = the slice's first hour; the connection limits it: hourly_connection); cost: the slice's
 * time-of-use price × its hours × the day's weight. grid_purchase[y] is the year's total (what
 * emissions, green purchases and the results read).
 */
import { component, type FormulationUnit } from '../../context.ts';
import { hourlyIndex, hourlyOf, slots } from '../hourly-index.ts';

export const hourlyGridUnit: FormulationUnit = {
  name: 'hourly_grid',
  title: 'Grid import per time slice of each representative day; cost: the slice\'s time-of-use price × hours × day weight',
  unit: 'MW (mean over the slice)',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const hourly = hourlyOf(ctx);
    const index = hourlyIndex(ctx);
    for (const y of data.years) {
      const df = data.discount[y]!;
      const cols: number[] = [];
      const total: Array<[number, number]> = [];
      for (const s of slots(hourly)) {
        const col = ctx.variable(component('grid_import', y, s.day, s.start));
        ctx.cost(col, df * s.w * s.hours * hourly.priceRmbPerMwh[y]![s.d]![s.k]!, y);
        cols.push(col);
        total.push([col, -s.w * s.hours]);
      }
      index.gridImport.set(y, cols);
      const purchase = ctx.variable(component('grid_purchase', y));
      v.grid.set(y, purchase);
      ctx.constraint(component('grid_purchase_definition', y), [[purchase, 1], ...total], '=', 0);
    }
  },
};
