/**
 * Levelised cost of abatement: the present value of the net cost of a plan divided by the present
 * value of the tonnes it abates, both discounted at the same rate (RMB/tCO2). Negative when the plan
 * saves money. Null when it abates nothing in present-value terms.
 */
import { npv } from './time-value.ts';

export function levelisedAbatementCost(netCostRmb: readonly number[], abatedTco2: readonly number[], rateFraction: number): number | null {
  if (netCostRmb.length !== abatedTco2.length) throw new RangeError('levelisedAbatementCost: series lengths differ');
  const tonnes = npv(abatedTco2, rateFraction);
  if (!(tonnes > 1e-9)) return null;
  return npv(netCostRmb, rateFraction) / tonnes;
}
