/** Rows from one factory's plan (FactoryPlan) and, for the wedges, its baseline inventory. */
import type { YearInventory } from '../../accounting/inventory.ts';
import type { FactoryPlan } from '../../optimise/types.ts';
import { COST_CATEGORIES } from '../../results/types.ts';
import type { AbatementWedgeRow, CapexRow, CostRow, EmissionsPathwayRow, EnergyMixRow, MacRow } from './types.ts';

/** Values this small are solver noise: shown as 0. */
const EPS = 1e-6;
const clean = (x: number): number => (Math.abs(x) < EPS ? 0 : x);

export function emissionsPathwayRows(plan: Pick<FactoryPlan, 'emissions'>): EmissionsPathwayRow[] {
  return plan.emissions.map((e) => ({
    year: e.year,
    scope1Tco2: clean(e.scope1Tco2),
    scope2Tco2: clean(e.scope2Tco2),
    offsetsTco2: clean(e.offsetsTco2),
    netTco2: clean(e.netTco2),
    capTco2: e.capTco2,
  }));
}

/** Cash capex by measure category and year (zero categories left out). */
export function capexRows(plan: Pick<FactoryPlan, 'capex'>): CapexRow[] {
  return plan.capex.flatMap((c) =>
    Object.entries(c.byCategoryRmb)
      .filter(([, v]) => Math.abs(v) > EPS)
      .map(([category, capexRmb]) => ({ year: c.year, category, capexRmb })),
  );
}

/**
 * Final energy by source and year: grid purchases split into conventional, green-power trading and
 * certificate-covered; on-site generation consumed on site; fuels and heat by carrier.
 */
export function energyMixRows(plan: Pick<FactoryPlan, 'energy'>): EnergyMixRow[] {
  const rows: EnergyMixRow[] = [];
  for (const e of plan.energy) {
    const grid = Math.max(0, e.gridMwh);
    const green = Math.min(grid, Math.max(0, e.greenPowerMwh));
    const certificates = Math.min(grid - green, Math.max(0, e.certificatesMwh));
    const push = (source: string, mwh: number) => {
      if (mwh > EPS) rows.push({ year: e.year, source, mwh });
    };
    push('grid', grid - green - certificates);
    push('green_power', green);
    push('certificates', certificates);
    push('onsite_self_consumed', e.selfConsumedMwh);
    for (const [carrier, mwh] of Object.entries(e.incumbentByCarrierMwh)) {
      if (carrier !== 'electricity' && mwh !== undefined) push(carrier, mwh);
    }
  }
  return rows;
}

export function macRows(plan: Pick<FactoryPlan, 'macCurve'>): MacRow[] {
  return plan.macCurve.map((p) => ({
    measureId: p.measureId,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    category: p.category,
    costRmbPerTco2: p.costRmbPerTco2,
    abatementTco2PerYear: p.abatementTco2PerYear,
  }));
}

/**
 * Cost by category summed over the horizon, undiscounted (each year's money), in the engine's
 * category order; categories that are zero in every year are left out.
 */
export function costWaterfallRows(plan: Pick<FactoryPlan, 'costs'>): CostRow[] {
  return COST_CATEGORIES.map((category) => ({
    category,
    costRmb: plan.costs.reduce((s, c) => s + (c.byCategoryRmb[category] ?? 0), 0),
  })).filter((r) => Math.abs(r.costRmb) > EPS);
}

/**
 * Emissions avoided against the baseline by lever, per year, from the plan and the factory's
 * baseline inventory (`factoryBaseline` in engine/accounting): the wedges of a year add up to the
 * baseline's gross emissions (Scope 1 + Scope 2 by the plan's method).
 *
 * Levers: on-site renewables (self-consumed MWh × grid factor); green power and certificates
 * (covered MWh × the market residual factor; market-based accounting only); process change (less
 * process CO2); carbon capture; offsets; and the rest — efficiency, electrification and fuel switch —
 * as the difference, which can be negative when electrification adds more grid CO2 than it saves.
 * Grid factors are the baseline's (its Scope 2 per MWh), so no scenario is needed here.
 */
export function abatementWedgeRows(
  plan: Pick<FactoryPlan, 'emissions' | 'energy'>,
  baseline: { readonly years: readonly YearInventory[] },
): AbatementWedgeRow[] {
  const rows: AbatementWedgeRow[] = [];
  for (const e of plan.emissions) {
    const b = baseline.years.find((y) => y.year === e.year);
    const energy = plan.energy.find((y) => y.year === e.year);
    if (b === undefined || energy === undefined) continue;
    const market = Math.abs(e.scope2Tco2 - e.scope2MarketTco2) <= Math.abs(e.scope2Tco2 - e.scope2LocationTco2);
    const baselineGross = b.scope1Tco2 + (market ? b.scope2MarketTco2 : b.scope2LocationTco2);
    const electricity = b.byCarrier.find((l) => l.carrier === 'electricity');
    const locationFactor = electricity !== undefined && electricity.energyMwh > 0 ? electricity.emissionsTco2 / electricity.energyMwh : 0;
    // The baseline buys no green power, so Scope 2 market − location = grid × (market − location factor).
    const marketFactor = b.gridElectricityMwh > 0 ? locationFactor + (b.scope2MarketTco2 - b.scope2LocationTco2) / b.gridElectricityMwh : 0;
    const gridFactor = market ? marketFactor : locationFactor;
    const green = market ? Math.min(Math.max(0, energy.gridMwh), energy.greenPowerMwh + energy.certificatesMwh) * marketFactor : 0;
    const wedges: Array<[string, number]> = [
      ['net_emissions', e.netTco2],
      ['onsite_renewables', energy.selfConsumedMwh * gridFactor],
      ['green_purchases', green],
      ['process_change', b.processTco2 - e.processTco2],
      ['carbon_capture', e.capturedTco2],
      ['offsets', e.offsetsTco2],
    ];
    const accounted = wedges.reduce((s, [, v]) => s + v, 0);
    wedges.splice(1, 0, ['energy_use', baselineGross - accounted]);
    for (const [wedge, tco2] of wedges) rows.push({ year: e.year, wedge, tco2: clean(tco2) });
  }
  return rows;
}
