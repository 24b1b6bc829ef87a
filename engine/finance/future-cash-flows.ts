/**
 * A fixed plan's pre-tax cash flows in another future (the scenario with a draw's inputs applied),
 * re-evaluated, not re-optimised: the plan's builds and its energy, emissions and offset quantities
 * are those of the base solve; the future's prices are applied to them. Rules per line:
 *  - capex of each build × (its measure's capex per unit in the future / in the base) (pv_capex);
 *  - energy savings = the future's baseline energy bill (its prices and output) − the plan's fuel
 *    (each carrier's incumbent MWh at the future's price) and grid purchases (× the electricity price
 *    ratio), scaled by the future's output index over the base's;
 *  - ETS avoided × the allowance price ratio, offsets at the future's offset prices, CBAM avoided,
 *    green purchases, capture cost and process inputs: scaled by the output index ratio
 *    (ASSUMPTION: the plan's quantities per unit of output hold when output differs);
 *  - fixed O&M, export revenue (on-site generation does not grow with output) and awards: unchanged.
 * Inputs that move no cash line under a fixed plan (grid-factor declines, the shadow carbon price)
 * leave the cash flows as they are.
 */
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { outputIndex } from '../accounting/baseline.ts';
import { prepareFactoryData, type FactoryData } from '../formulation/factory-data.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import { baselineEnergyCostRmb } from './baseline-energy-cost.ts';
import type { Investment } from './income-tax.ts';
import { withTotals } from './plan-cash-flows.ts';
import type { PreTaxCashFlowYear } from './types.ts';

/** What every future of one factory's plan shares: the base solve's data, flows and builds. */
export interface FutureBasis {
  readonly factoryId: string;
  readonly data: FactoryData;
  readonly plan: FactoryPlan;
  /** The base pre-tax flows over the horizon (planCashFlows). */
  readonly flows: readonly PreTaxCashFlowYear[];
  readonly investments: readonly Investment[];
  /** The base scenario's measures (their capex paths). */
  readonly measures: Scenario['measures'];
  /** The base scenario's own carrier prices (before the model data's adjustments, e.g. the basic charge of a time-of-use tariff). */
  readonly scenarioPrices: Scenario['assumptions']['prices']['carrierRmbPerMwh'];
}

const ratio = (future: number | undefined, base: number | undefined) => (base !== undefined && future !== undefined && base !== 0 ? future / base : 1);

/** The plan's horizon flows and builds under `future` (a scenario with a draw's inputs applied). */
export function futureCashFlows(basis: FutureBasis, future: Scenario): { readonly flows: PreTaxCashFlowYear[]; readonly investments: Investment[] } {
  const factory: Factory | undefined = future.factories.find((f) => f.id === basis.factoryId);
  if (factory === undefined) throw new Error(`futureCashFlows: the future has no factory ${basis.factoryId}`);
  const base = basis.data;
  // What the lines need of the future (its prices and output index), without the model data.
  const a = future.assumptions;
  const covered = (y: number) => base.etsRmbPerTco2[y] !== 0;
  const data = {
    demand: base.demand,
    growth: outputIndex(future.baseYear, future.horizon.endYear, factory.output.growthRate),
    // The model data's prices moved by the future's change of the scenario's prices, so the base future
    // reproduces the base data exactly (on representative days the data's electricity price differs).
    priceRmbPerMwh: Object.fromEntries(Object.entries(base.priceRmbPerMwh).map(([c, byYear]) => {
      const k = c as keyof FactoryData['priceRmbPerMwh'];
      return [c, Object.fromEntries(Object.entries(byYear).map(([y, p]) => [y, p * ratio(a.prices.carrierRmbPerMwh[k][Number(y)], basis.scenarioPrices[k][Number(y)])]))];
    })) as FactoryData['priceRmbPerMwh'],
    etsRmbPerTco2: Object.fromEntries(future.years.map((y) => [y, covered(y) ? a.prices.etsRmbPerTco2[y]! : 0])),
  };
  const capexPerUnit = new Map(future.measures.map((m) => [m.id, m.capexRmbPerUnit]));
  const baseCapexPerUnit = new Map(basis.measures.map((m) => [m.id, m.capexRmbPerUnit]));
  const investments = basis.investments.map((inv) => ({
    ...inv,
    capexRmb: inv.capexRmb * ratio(capexPerUnit.get(inv.measureId)?.[inv.year], baseCapexPerUnit.get(inv.measureId)?.[inv.year]),
  }));
  const offsetPrice = new Map(future.offsetProducts.map((o) => [o.id, o.priceRmbPerTco2]));
  const flows = basis.flows.map((b) => {
    const y = b.year;
    const out = ratio(data.growth[y], base.growth[y]);
    const cost = basis.plan.costs.find((c) => c.year === y)!.byCategoryRmb;
    const energy = basis.plan.energy.find((e) => e.year === y);
    const fuelDelta = Object.entries(energy?.incumbentByCarrierMwh ?? {}).reduce((sum, [carrier, mwh]) => {
      if (carrier === 'electricity' || mwh === undefined) return sum;
      const c = carrier as keyof FactoryData['priceRmbPerMwh'];
      return sum + mwh * (data.priceRmbPerMwh[c][y]! - base.priceRmbPerMwh[c][y]!);
    }, 0);
    const planEnergy = cost.fuel_and_heat + cost.grid_electricity;
    const futurePlanEnergy = out * (cost.fuel_and_heat + fuelDelta + cost.grid_electricity * ratio(data.priceRmbPerMwh.electricity[y], base.priceRmbPerMwh.electricity[y]));
    const offsets = Object.entries(basis.plan.emissions.find((e) => e.year === y)!.offsetsByProductTco2).reduce((s, [id, t]) => s + t * (offsetPrice.get(id)?.[y] ?? 0), 0);
    const capexChange = investments.reduce((s, inv, k) => (inv.year === y ? s + inv.capexRmb - basis.investments[k]!.capexRmb : s), 0);
    return withTotals({
      ...b,
      capexRmb: b.capexRmb + capexChange,
      // As changes on the base line, so the base future reproduces it exactly.
      energySavingsRmb: b.energySavingsRmb + (baselineEnergyCostRmb(data, y) - baselineEnergyCostRmb(base, y)) - (futurePlanEnergy - planEnergy),
      carbonCostAvoidedRmb: b.carbonCostAvoidedRmb * out * ratio(data.etsRmbPerTco2[y], base.etsRmbPerTco2[y]),
      offsetPurchasesRmb: offsets * out,
      cbamCostAvoidedRmb: b.cbamCostAvoidedRmb * out,
      greenPurchasesRmb: b.greenPurchasesRmb * out,
      captureCostRmb: b.captureCostRmb * out,
      processInputsRmb: b.processInputsRmb * out,
    });
  });
  return { flows, investments };
}

/** The basis of a factory's futures. */
export function futureBasis(scenario: Scenario, factory: Factory, plan: FactoryPlan, flows: readonly PreTaxCashFlowYear[], investments: readonly Investment[]): FutureBasis {
  return { factoryId: factory.id, data: prepareFactoryData(scenario, factory), plan, flows, investments, measures: scenario.measures, scenarioPrices: scenario.assumptions.prices.carrierRmbPerMwh };
}
