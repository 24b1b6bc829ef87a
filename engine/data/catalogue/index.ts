/**
 * The measure catalogue and the offset products, as file-form inputs (per-year values may be
 * numbers, year maps or expressions in `year`). Scenarios resolve them for their own years with
 * `measureSchema(yearValue(years))` (see resolve-catalogue.ts). Split by category:
 * - renewable-supply.ts: rooftop/ground PV, on-site wind (lumpy), battery storage
 * - green-purchase.ts: green-power trading (绿电交易), certificates (绿证)
 * - efficiency-cross-sector.ts, efficiency-sector.ts: efficiency and energy management
 * - electrification.ts: heat pumps, electric boilers/heaters/kilns, induction, on-site H2, fleets
 * - process-change.ts: clinker, steel routes, inert anodes, green ammonia, dyeing, paint
 * - carbon-removal.ts: CCUS (lumpy)
 * - grid-connection.ts: raising the grid connection
 * - pace.ts: build pace (lead time, yearly share of potential) and unit sizes, attached to every measure
 * - offsets.ts: CCER, VCS, ITMO
 */
import type { MeasureInput, OffsetProductInput } from '../schemas/scenario.ts';
import { CARBON_REMOVAL_MEASURES } from './carbon-removal.ts';
import { EFFICIENCY_CROSS_SECTOR_MEASURES } from './efficiency-cross-sector.ts';
import { EFFICIENCY_SECTOR_MEASURES } from './efficiency-sector.ts';
import { ELECTRIFICATION_MEASURES } from './electrification.ts';
import { GREEN_PURCHASE_MEASURES } from './green-purchase.ts';
import { OFFSET_PRODUCT_LIST } from './offsets.ts';
import { PROCESS_CHANGE_MEASURES } from './process-change.ts';
import { RENEWABLE_SUPPLY_MEASURES } from './renewable-supply.ts';
import { GRID_CONNECTION_MEASURES } from './grid-connection.ts';
import { withPace } from './pace.ts';

export { CARBON_REMOVAL_MEASURES } from './carbon-removal.ts';
export { EFFICIENCY_CROSS_SECTOR_MEASURES } from './efficiency-cross-sector.ts';
export { EFFICIENCY_SECTOR_MEASURES } from './efficiency-sector.ts';
export { ELECTRIFICATION_MEASURES } from './electrification.ts';
export { GREEN_PURCHASE_MEASURES } from './green-purchase.ts';
export { PROCESS_CHANGE_MEASURES } from './process-change.ts';
export { RENEWABLE_SUPPLY_MEASURES } from './renewable-supply.ts';
export { GRID_CONNECTION_MEASURES } from './grid-connection.ts';
export { BUILD_PACE, WHOLE_UNIT_SIZE } from './pace.ts';

/** Every catalogue measure, in category order, with its build pace and unit size. */
export const MEASURE_CATALOGUE: readonly MeasureInput[] = [
  ...RENEWABLE_SUPPLY_MEASURES,
  ...GREEN_PURCHASE_MEASURES,
  ...EFFICIENCY_CROSS_SECTOR_MEASURES,
  ...EFFICIENCY_SECTOR_MEASURES,
  ...ELECTRIFICATION_MEASURES,
  ...PROCESS_CHANGE_MEASURES,
  ...CARBON_REMOVAL_MEASURES,
  ...GRID_CONNECTION_MEASURES,
].map(withPace);

/** Offset products on offer (policy decides which are allowed). */
export const OFFSET_PRODUCTS: readonly OffsetProductInput[] = OFFSET_PRODUCT_LIST;

/** A catalogue measure by id, or undefined. */
export function catalogueMeasure(id: string): MeasureInput | undefined {
  return MEASURE_CATALOGUE.find((m) => m.id === id);
}
