/**
 * Plan vs actual per tracked year: builds, energy, emissions and the energy bill against the plan,
 * and the emissions variance explained in additive wedges that sum exactly to actual − plan net:
 *
 *   k = actual output / planned output;  r = grid factor by the Scope 2 method;  h = purchased-heat factor
 *   volume            = (k − 1) × (S1_plan + use_plan × r_plan + heat_plan × h)
 *   energy use        = (S1_act − k S1_plan) + (use_act − k use_plan) × r_plan + (heat_act − k heat_plan) × h
 *                       (efficiency, fuel mix and electrification against the plan, at the plan's output)
 *   on-site generation = −(self_act − self_plan) × r_plan   (timing and yield of PV and wind)
 *   green purchases   = −(green_act − green_plan) × r_plan  (green power + certificates; market method only)
 *   factor            = (grid_act − green_act) × (r_act − r_plan)  (factors published after the plan)
 *   offsets           = −(offsets_act − offsets_plan)
 * where S1 is Scope 1 (fuel + process), use electricity use (grid + self-consumed), grid_act − green_act
 * the grid purchase not covered by green instruments. Pure.
 */
import { outputIndex } from '../accounting/baseline.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import type { CarrierId } from '../data/reference/fuels.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import type { ActualYear } from './actual-inventory.ts';
import type { Actuals } from './load-actuals.ts';

export const WEDGES = ['volume', 'energy_use', 'onsite_generation', 'green_purchases', 'factor', 'offsets'] as const;
export type WedgeId = (typeof WEDGES)[number];

export interface EmissionsVariance {
  readonly year: number;
  readonly planNetTco2: number;
  readonly actualNetTco2: number;
  readonly capTco2: number | null;
  /** null: no cap that year. */
  readonly capMet: boolean | null;
  readonly wedgesTco2: Readonly<Record<WedgeId, number>>;
  /** actual − plan − Σ wedges (0 up to rounding; non-zero only where green instruments exceed the grid purchase). */
  readonly unexplainedTco2: number;
}

export interface QuantityVariance {
  readonly year: number;
  readonly quantity: string;
  readonly unit: string;
  readonly plan: number;
  readonly actual: number;
}

export interface BuildVariance {
  readonly measureId: string;
  readonly year: number;
  readonly plannedUnits: number;
  readonly builtUnits: number;
  readonly plannedStockUnits: number;
  readonly actualStockUnits: number;
  readonly plannedCapexRmb: number;
  /** null when the actuals give no capex for the year's commissionings. */
  readonly actualCapexRmb: number | null;
  /** Where the actual stock stands against the plan's at the year's end (on plan within ON_PLAN_FRACTION). */
  readonly status: 'on_plan' | 'behind' | 'ahead';
}

export interface PlanVsActual {
  readonly emissions: readonly EmissionsVariance[];
  readonly quantities: readonly QuantityVariance[];
  readonly builds: readonly BuildVariance[];
}

const TOL = 1e-6;
/** A build within 0.1 % of the plan's size is on plan (sizes are reported rounded; the plan's are exact). */
export const ON_PLAN_FRACTION = 1e-3;

export function planVsActual(scenario: Scenario, data: FactoryData, plan: FactoryPlan, actuals: Actuals, years: readonly ActualYear[]): PlanVsActual {
  const index = outputIndex(scenario.baseYear, scenario.horizon.endYear, actuals.factory.output.growthRate);
  const emissions: EmissionsVariance[] = [];
  const quantities: QuantityVariance[] = [];
  for (const a of years) {
    const e = plan.emissions.find((x) => x.year === a.year)!;
    const en = plan.energy.find((x) => x.year === a.year)!;
    const f = data.factors[a.year]!;
    const market = data.scope2Method === 'market';
    const rPlan = market ? f.gridMarketResidualTco2PerMwh : f.gridLocationTco2PerMwh;
    const rAct = market ? a.factors.gridMarketResidualTco2PerMwh : a.factors.gridLocationTco2PerMwh;
    const h = f.purchasedHeatTco2PerMwh;
    const planOutput = actuals.factory.output.baseQuantity * index[a.year]!;
    const k = a.output / planOutput;
    const heatPlan = en.incumbentByCarrierMwh.purchased_heat ?? 0;
    const heatAct = a.fuelByCarrierMwh.purchased_heat ?? 0;
    const greenPlan = market ? en.greenPowerMwh + en.certificatesMwh : 0;
    const greenAct = market ? a.greenPowerMwh + a.certificatesMwh : 0;
    const s1Act = a.inventory.scope1Tco2;
    // What the meters would have read on plan: grid + self-consumed (on representative days the
    // equipment's use plus the battery's losses), the same quantity as the actual electricity use.
    const planUseMwh = en.gridMwh + en.selfConsumedMwh;
    const wedgesTco2: Record<WedgeId, number> = {
      volume: (k - 1) * (e.scope1Tco2 + planUseMwh * rPlan + heatPlan * h),
      energy_use: s1Act - k * e.scope1Tco2 + (a.electricityUseMwh - k * planUseMwh) * rPlan + (heatAct - k * heatPlan) * h,
      onsite_generation: -(a.selfConsumedMwh - en.selfConsumedMwh) * rPlan,
      green_purchases: -(greenAct - greenPlan) * rPlan,
      factor: (a.gridImportMwh - greenAct) * (rAct - rPlan),
      offsets: -(a.offsetsTco2 - e.offsetsTco2),
    };
    const explained = Object.values(wedgesTco2).reduce((s, x) => s + x, 0);
    const cap = e.capTco2;
    emissions.push({
      year: a.year,
      planNetTco2: e.netTco2,
      actualNetTco2: a.netTco2,
      capTco2: cap,
      capMet: cap === null ? null : a.netTco2 <= cap,
      wedgesTco2,
      unexplainedTco2: a.netTco2 - e.netTco2 - explained,
    });
    const q = (quantity: string, unit: string, planValue: number, actualValue: number) =>
      quantities.push({ year: a.year, quantity, unit, plan: planValue, actual: actualValue });
    q('output', actuals.factory.output.unit, planOutput, a.output);
    q('scope1', 'tCO2', e.scope1Tco2, s1Act);
    q('scope2', 'tCO2', e.scope2Tco2, market ? a.inventory.scope2MarketTco2 : a.inventory.scope2LocationTco2);
    q('offsets', 'tCO2', e.offsetsTco2, a.offsetsTco2);
    q('net', 'tCO2', e.netTco2, a.netTco2);
    q('grid_purchase', 'MWh', en.gridMwh, a.gridImportMwh);
    q('onsite_generation', 'MWh', en.onsiteGenerationMwh, a.onsiteGenerationMwh);
    q('self_consumed', 'MWh', en.selfConsumedMwh, a.selfConsumedMwh);
    q('exported', 'MWh', en.exportedMwh, a.gridExportMwh);
    q('electricity_use', 'MWh', planUseMwh, a.electricityUseMwh);
    q('green_power', 'MWh', en.greenPowerMwh, a.greenPowerMwh);
    q('certificates', 'MWh', en.certificatesMwh, a.certificatesMwh);
    const carriers = new Set<CarrierId>([...(Object.keys(a.fuelByCarrierMwh) as CarrierId[]), ...(Object.keys(en.incumbentByCarrierMwh) as CarrierId[])]);
    carriers.delete('electricity');
    for (const c of carriers) q(`fuel_${c}`, 'MWh', en.incumbentByCarrierMwh[c] ?? 0, a.fuelByCarrierMwh[c] ?? 0);
    q('energy_bill', 'RMB', energyBill(data, a.year, en.gridMwh, en.exportedMwh, en.incumbentByCarrierMwh), energyBill(data, a.year, a.gridImportMwh, a.gridExportMwh, a.fuelByCarrierMwh));
  }
  return { emissions, quantities, builds: buildVariances(plan, actuals) };
}

/** Grid purchases and fuels at the scenario's prices, less export revenue, RMB (green premiums and offsets not included). */
function energyBill(data: FactoryData, year: number, gridMwh: number, exportedMwh: number, fuels: Readonly<Partial<Record<CarrierId, number>>>): number {
  let bill = gridMwh * data.priceRmbPerMwh.electricity[year]! - exportedMwh * (data.exportRmbPerMwh[year] ?? 0);
  for (const [c, mwh] of Object.entries(fuels) as Array<[CarrierId, number]>) if (c !== 'electricity') bill += mwh * data.priceRmbPerMwh[c][year]!;
  return bill;
}

function buildVariances(plan: FactoryPlan, actuals: Actuals): BuildVariance[] {
  const ids = [...new Set([...plan.plan.map((p) => p.measureId), ...actuals.file.installed.map((i) => i.measureId)])];
  const out: BuildVariance[] = [];
  for (const id of ids) {
    for (const year of actuals.years) {
      const rows = plan.plan.filter((p) => p.measureId === id);
      const row = rows.find((p) => p.year === year);
      const installed = actuals.file.installed.filter((i) => i.measureId === id);
      const inYear = installed.filter((i) => Number(i.commissioned.slice(0, 4)) === year);
      const builtUnits = inYear.reduce((s, i) => s + i.sizeUnits, 0);
      const actualStockUnits = installed.filter((i) => Number(i.commissioned.slice(0, 4)) <= year).reduce((s, i) => s + i.sizeUnits, 0);
      const plannedStockUnits = row?.stockUnits ?? 0;
      const plannedUnits = row?.buildUnits ?? 0;
      if (plannedUnits <= TOL && builtUnits <= TOL && plannedStockUnits <= TOL && actualStockUnits <= TOL) continue;
      const capexKnown = inYear.every((i) => i.capexRmb !== undefined);
      const gap = actualStockUnits - plannedStockUnits;
      out.push({
        measureId: id,
        year,
        plannedUnits,
        builtUnits,
        plannedStockUnits,
        actualStockUnits,
        plannedCapexRmb: row?.capexRmb ?? 0,
        actualCapexRmb: capexKnown ? inYear.reduce((s, i) => s + (i.capexRmb ?? 0), 0) : null,
        status: Math.abs(gap) <= ON_PLAN_FRACTION * plannedStockUnits + TOL ? 'on_plan' : gap < 0 ? 'behind' : 'ahead',
      });
    }
  }
  return out;
}
