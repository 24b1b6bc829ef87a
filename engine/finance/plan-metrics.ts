/**
 * A plan's investment metrics from its cash flows against the baseline: NPV (discounted to the base
 * year), IRR, simple and discounted payback (years after the start of the first analysis year) and
 * the levelised cost of abatement.
 */
import { levelisedAbatementCost } from './abatement-cost.ts';
import { irr } from './irr.ts';
import { discountedPayback, simplePayback } from './payback.ts';
import { npv } from './time-value.ts';
import type { CashFlowYear, PlanMetrics } from './types.ts';

export function planMetrics(flows: readonly CashFlowYear[], rateFraction: number, baseYear: number): PlanMetrics {
  const first = flows[0]?.year ?? baseYear + 1;
  // Index 0 is the base year (no flow), so year y is discounted by (1 + r)^(y − baseYear).
  const lead = Array.from({ length: Math.max(0, first - baseYear) }, () => 0);
  const net = flows.map((f) => f.netCashFlowRmb);
  const abated = flows.map((f) => f.abatedTco2);
  // Payback counts flows at each year's end from the start of the first analysis year.
  const fromStart = [0, ...net];
  return {
    discountRateFraction: rateFraction,
    npvYear: baseYear,
    npvRmb: npv([...lead, ...net], rateFraction),
    irr: irr(net),
    simplePaybackYears: simplePayback(fromStart),
    discountedPaybackYears: discountedPayback(fromStart, rateFraction),
    levelisedAbatementCostRmbPerTco2: levelisedAbatementCost([...lead, ...net.map((x) => -x)], [...lead, ...abated], rateFraction),
    totalCapexRmb: flows.reduce((s, f) => s + f.capexRmb, 0),
    totalAbatedTco2: abated.reduce((s, x) => s + x, 0),
  };
}
