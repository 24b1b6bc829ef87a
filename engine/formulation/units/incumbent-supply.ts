/** supply_incumbent[u,c,y]: final energy still used by existing equipment, at most the baseline; cost: fuel purchases. */
import { component, key, type FormulationUnit } from '../context.ts';

export const incumbentSupplyUnit: FormulationUnit = {
  name: 'incumbent_supply',
  title: 'Final energy used by incumbent equipment per end-use and carrier (≤ baseline × output growth); cost: fuel and heat purchases',
  unit: 'MWh final energy',
  kind: 'variables',
  apply(ctx) {
    const { data, v } = ctx;
    for (const cell of data.demand) {
      for (const y of data.years) {
        const col = ctx.variable(component('supply_incumbent', cell.endUse, cell.carrier, y), {
          upper: cell.baseMwh * data.growth[y]!,
        });
        // Grid electricity is paid where it is bought (grid_purchase), not per end-use.
        if (cell.carrier !== 'electricity') ctx.cost(col, data.discount[y]! * data.priceRmbPerMwh[cell.carrier][y]!, y);
        v.incumbent.set(key(cell.endUse, cell.carrier, y), col);
      }
    }
  },
};
