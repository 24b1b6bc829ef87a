/**
 * A plan's cash flows against its factory's baseline, per horizon year, in each year's money:
 * capex (the cash schedule), fixed O&M, capture cost, process inputs (feedstock), energy savings, export revenue, green
 * purchases, offsets, national ETS cost avoided, EU CBAM cost avoided and awards. The plan's energy
 * and O&M costs are the optimiser's undiscounted costs by category; offsets and ETS are recomputed
 * from tonnes and prices, so the objective's shadow carbon price (not cash) is left out.
 */
import { factoryBaseline } from '../accounting/factory-inventory.ts';
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { prepareFactoryData } from '../formulation/factory-data.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import { baselineEnergyCostRmb } from './baseline-energy-cost.ts';
import { cbamYears } from './cbam-years.ts';
import type { CashFlowYear } from './types.ts';

export function planCashFlows(scenario: Scenario, factory: Factory, plan: FactoryPlan): CashFlowYear[] {
  const data = prepareFactoryData(scenario, factory);
  const baseline = new Map(factoryBaseline(scenario, factory).years.map((b) => [b.year, b]));
  const market = scenario.policy.scope2Method === 'market';
  const fin = scenario.finance;
  const offsetPrice = new Map(scenario.offsetProducts.map((o) => [o.id, o.priceRmbPerTco2]));
  const cbam = new Map(cbamYears(scenario, factory, plan, data).map((c) => [c.year, c]));
  return plan.costs.map((cost): CashFlowYear => {
    const y = cost.year;
    const base = baseline.get(y)!;
    const emissions = plan.emissions.find((e) => e.year === y)!;
    const c = cost.byCategoryRmb;
    const ets = data.etsRmbPerTco2[y]!;
    const baseScope2 = market ? base.scope2MarketTco2 : base.scope2LocationTco2;
    const offsets = Object.entries(emissions.offsetsByProductTco2).reduce((s, [id, t]) => s + t * (offsetPrice.get(id)?.[y] ?? 0), 0);
    return withTotals({
      year: y,
      extended: false,
      capexRmb: plan.capex.find((k) => k.year === y)?.totalRmb ?? 0,
      fixedOmRmb: c.fixed_om,
      captureCostRmb: c.capture_transport_storage,
      processInputsRmb: c.process_inputs,
      energySavingsRmb: baselineEnergyCostRmb(data, y) - c.fuel_and_heat - c.grid_electricity,
      exportRevenueRmb: 0 - c.export_revenue,
      greenPurchasesRmb: c.green_purchases,
      offsetPurchasesRmb: offsets,
      carbonCostAvoidedRmb: ets * (base.scope1Tco2 - emissions.scope1Tco2),
      cbamCostAvoidedRmb: (cbam.get(y)?.baselineCostRmb ?? 0) - (cbam.get(y)?.planCostRmb ?? 0),
      awardsRmb: fin.awardsRmb[y] ?? 0,
      abatedTco2: base.scope1Tco2 + baseScope2 - emissions.netTco2,
      netTco2: emissions.netTco2,
    });
  });
}

/** Fill in the operating and net cash flow from the components. */
export function withTotals(f: Omit<CashFlowYear, 'operatingCashFlowRmb' | 'netCashFlowRmb'>): CashFlowYear {
  const operating =
    f.energySavingsRmb + f.exportRevenueRmb + f.carbonCostAvoidedRmb + f.cbamCostAvoidedRmb + f.awardsRmb -
    f.fixedOmRmb - f.captureCostRmb - f.processInputsRmb - f.greenPurchasesRmb - f.offsetPurchasesRmb;
  return { ...f, operatingCashFlowRmb: operating, netCashFlowRmb: operating - f.capexRmb };
}

/**
 * Extend the cash flows to `lastYear` (ASSUMPTION): beyond the horizon, every operating flow of the
 * last horizon year is held flat in nominal terms (no new capex, no awards, no replacement), as are
 * its emissions and abatement.
 */
export function extendCashFlows(flows: readonly CashFlowYear[], lastYear: number): CashFlowYear[] {
  const last = flows.at(-1);
  if (last === undefined) return [];
  const extra: CashFlowYear[] = [];
  for (let y = last.year + 1; y <= lastYear; y++) extra.push(withTotals({ ...last, year: y, extended: true, capexRmb: 0, awardsRmb: 0 }));
  return [...flows, ...extra];
}
