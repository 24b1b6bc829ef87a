/** grid_purchase[y]: electricity bought from the grid; cost: the industrial power price. */
import { component, type FormulationUnit } from '../context.ts';

export const gridSupplyUnit: FormulationUnit = {
  name: 'grid_supply',
  title: 'Electricity bought from the grid; cost: the delivered industrial power price',
  unit: 'MWh',
  kind: 'variables',
  apply(ctx) {
    const { data, v } = ctx;
    for (const y of data.years) {
      const col = ctx.variable(component('grid_purchase', y));
      ctx.cost(col, data.discount[y]! * data.priceRmbPerMwh.electricity[y]!, y);
      v.grid.set(y, col);
    }
  },
};
