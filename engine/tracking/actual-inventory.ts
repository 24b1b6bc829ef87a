/**
 * The inventory of a tracked year from its actuals, by the same accounting as the plan
 * (engine/accounting/inventory.ts: GB/T 32150 family; location- and market-based Scope 2), with the
 * data quality of each line: its activity metered, estimated (gap-filled share) or calculated
 * (process CO2 = production × the base-year process factor), and its factor with source, year and
 * whether it is published, projected (an assumption until MEE publishes it) or a national default.
 */
import { accountYear, type EnergyFlow, type YearInventory } from '../accounting/inventory.ts';
import { baseProcessTco2 } from '../accounting/factory-inventory.ts';
import { resolveYearFactors } from '../accounting/resolve-factors.ts';
import type { YearFactors } from '../accounting/factors.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import { FUELS, type CarrierId } from '../data/reference/fuels.ts';
import { gridFactorTco2PerMwh, marketResidualFactorTco2PerMwh } from '../data/reference/grid-factors.ts';
import type { Actuals } from './load-actuals.ts';

export type ActivityQuality = 'metered' | 'estimated' | 'calculated';
export type FactorBasis = 'published' | 'projected' | 'default' | 'actuals' | 'scenario';

export interface FactorEvidence {
  readonly valueTco2PerMwh: number;
  readonly source: string;
  readonly basis: FactorBasis;
  readonly note: string;
}

export interface InventoryLine {
  /** `electricity` (grid purchase), a fuel carrier, `purchased_heat`, or `process`. */
  readonly source: CarrierId | 'process';
  readonly scope: 'scope1' | 'scope2';
  readonly energyMwh: number;
  /** Location-based for electricity; the market-based figure is `scope2MarketTco2` of the year. */
  readonly emissionsTco2: number;
  readonly activity: ActivityQuality;
  /** Gap-filled share of the line's activity. */
  readonly estimatedFraction: number;
  readonly factor: FactorEvidence;
  /** The meters behind the line. */
  readonly meters: readonly string[];
}

export interface ActualYear {
  readonly year: number;
  readonly output: number;
  readonly gridImportMwh: number;
  readonly gridExportMwh: number;
  readonly onsiteGenerationMwh: number;
  readonly selfConsumedMwh: number;
  readonly electricityUseMwh: number;
  readonly fuelByCarrierMwh: Readonly<Partial<Record<CarrierId, number>>>;
  readonly greenPowerMwh: number;
  readonly certificatesMwh: number;
  readonly offsetsByProductTco2: Readonly<Record<string, number>>;
  readonly offsetsTco2: number;
  readonly inventory: YearInventory;
  readonly factors: YearFactors;
  readonly marketFactor: FactorEvidence;
  /** Scope 1 + Scope 2 by the scenario's method, before offsets. */
  readonly grossTco2: number;
  readonly netTco2: number;
  readonly lines: readonly InventoryLine[];
  /** Gross emissions (Scope 1 + Scope 2 by the method, before green purchases and offsets) per month. */
  readonly grossBeforeGreenByMonthTco2: readonly number[];
  readonly warnings: readonly string[];
}

/** A tracked year's emissions by scope, tCO2 (the figures the JSON, the verifier export and the KPI report). */
export function emissionsOf(a: ActualYear) {
  return {
    scope1Tco2: a.inventory.scope1Tco2,
    processTco2: a.inventory.processTco2,
    scope2LocationTco2: a.inventory.scope2LocationTco2,
    scope2MarketTco2: a.inventory.scope2MarketTco2,
    grossTco2: a.grossTco2,
    offsetsTco2: a.offsetsTco2,
    netTco2: a.netTco2,
  };
}

export function actualYears(scenario: Scenario, actuals: Actuals): ActualYear[] {
  return actuals.years.map((y) => actualYear(scenario, actuals, y));
}

function actualYear(scenario: Scenario, actuals: Actuals, year: number): ActualYear {
  const { factory, file } = actuals;
  const mys = actuals.meterYears.filter((m) => m.year === year);
  const sum = (role: string) => mys.filter((m) => m.meter.role === role).reduce((s, m) => s + m.mwh, 0);
  const gridImportMwh = sum('grid_import');
  const gridExportMwh = sum('grid_export');
  const onsiteGenerationMwh = sum('onsite_generation');
  const warnings: string[] = [];
  if (gridExportMwh > onsiteGenerationMwh + 1e-9) {
    warnings.push(`${year}: exports (${gridExportMwh.toFixed(1)} MWh) exceed metered on-site generation (${onsiteGenerationMwh.toFixed(1)} MWh); self-consumption taken as 0`);
  }
  const selfConsumedMwh = Math.max(0, onsiteGenerationMwh - gridExportMwh);
  const output = file.output.find((o) => o.year === year)!.quantity;
  const fuelMeters = mys.filter((m) => m.meter.role === 'fuel');
  const energy: EnergyFlow[] = fuelMeters.map((m) => ({ endUse: m.meter.endUse!, carrier: m.carrier, energyMwh: m.mwh }));
  energy.push({ endUse: 'other_electric', carrier: 'electricity', energyMwh: gridImportMwh });
  const processTco2 = baseProcessTco2(factory) * (output / factory.output.baseQuantity);
  const purchases = file.greenPurchases.filter((g) => g.year === year);
  const greenPowerMwh = purchases.filter((g) => g.kind === 'green_power').reduce((s, g) => s + g.mwh, 0);
  const certificatesMwh = purchases.filter((g) => g.kind === 'certificate').reduce((s, g) => s + g.mwh, 0);
  if (greenPowerMwh + certificatesMwh > gridImportMwh + 1e-9) {
    warnings.push(`${year}: green power and certificates (${(greenPowerMwh + certificatesMwh).toFixed(1)} MWh) exceed grid purchases; the excess lowers nothing`);
  }
  const offsetsByProductTco2: Record<string, number> = {};
  for (const o of file.offsetsRetired.filter((x) => x.year === year)) offsetsByProductTco2[o.product] = (offsetsByProductTco2[o.product] ?? 0) + o.tco2;
  const offsetsTco2 = Object.values(offsetsByProductTco2).reduce((a, b) => a + b, 0);

  const { factors, evidence } = yearFactors(scenario, actuals, year);
  const inventory = accountYear({ year, energy, processTco2, greenPowerMwh, certificatesMwh, output }, factors);
  const market = scenario.policy.scope2Method === 'market';
  const grossTco2 = market ? inventory.totalMarketTco2 : inventory.totalLocationTco2;

  const lines: InventoryLine[] = inventory.byCarrier.map((c) => {
    const ms = c.carrier === 'electricity' ? mys.filter((m) => m.meter.role === 'grid_import') : fuelMeters.filter((m) => m.carrier === c.carrier);
    const filled = ms.reduce((s, m) => s + m.filledMwh, 0);
    return {
      source: c.carrier,
      scope: c.scope,
      energyMwh: c.energyMwh,
      emissionsTco2: c.emissionsTco2,
      activity: filled > 0 ? 'estimated' : 'metered',
      estimatedFraction: c.energyMwh > 0 ? filled / c.energyMwh : 0,
      factor: c.carrier === 'electricity' ? evidence.location : fuelEvidence(c.carrier),
      meters: ms.map((m) => m.meter.id),
    };
  });
  if (processTco2 > 0) {
    lines.push({
      source: 'process',
      scope: 'scope1',
      energyMwh: 0,
      emissionsTco2: processTco2,
      activity: 'calculated',
      estimatedFraction: 0,
      factor: {
        valueTco2PerMwh: 0,
        source: factory.inventory.process.map((p) => `${p.id}: ${p.factorTco2PerUnit} tCO2/${p.activityUnit} (${p.source})`).join('; '),
        basis: 'scenario',
        note: `base-year process CO2 ${baseProcessTco2(factory).toFixed(1)} t × output ${output} / base output ${factory.output.baseQuantity}`,
      },
      meters: [],
    });
  }
  return {
    year,
    output,
    gridImportMwh,
    gridExportMwh,
    onsiteGenerationMwh,
    selfConsumedMwh,
    electricityUseMwh: gridImportMwh + selfConsumedMwh,
    fuelByCarrierMwh: Object.fromEntries(inventory.byCarrier.filter((c) => c.carrier !== 'electricity').map((c) => [c.carrier, c.energyMwh])),
    greenPowerMwh,
    certificatesMwh,
    offsetsByProductTco2,
    offsetsTco2,
    inventory,
    factors,
    marketFactor: evidence.market,
    grossTco2,
    netTco2: grossTco2 - offsetsTco2,
    lines,
    grossBeforeGreenByMonthTco2: monthlyGross(scenario, mys, factors, processTco2),
    warnings,
  };
}

/** Scope 1 + Scope 2 per month before green purchases and offsets (process CO2 spread evenly). */
function monthlyGross(scenario: Scenario, mys: Actuals['meterYears'], factors: YearFactors, processTco2: number): number[] {
  const gridFactor = scenario.policy.scope2Method === 'market' ? factors.gridMarketResidualTco2PerMwh : factors.gridLocationTco2PerMwh;
  return Array.from({ length: 12 }, (_, i) =>
    mys.reduce((s, m) => {
      const mwh = m.byMonthMwh[i]!;
      if (m.meter.role === 'grid_import') return s + mwh * gridFactor;
      if (m.meter.role !== 'fuel') return s;
      return s + mwh * (m.carrier === 'purchased_heat' ? factors.purchasedHeatTco2PerMwh : factors.fuelTco2PerMwh[m.carrier]);
    }, processTco2 / 12),
  );
}

function yearFactors(scenario: Scenario, actuals: Actuals, year: number) {
  const { factors: planned } = resolveYearFactors(actuals.factory, scenario.assumptions, year);
  const update = actuals.file.factors.find((f) => f.year === year);
  const g = scenario.assumptions.gridFactor;
  const loc = gridFactorTco2PerMwh({ level: g.level, province: actuals.factory.province, year, declineRatePerYear: g.declineRatePerYear });
  const mkt = marketResidualFactorTco2PerMwh(year, g.residualDeclineRatePerYear);
  const location = gridEvidence(update?.gridLocationTco2PerMwh, update?.source, g.locationTco2PerMwh?.[year] !== undefined, planned.gridLocationTco2PerMwh, 'locationTco2PerMwh', loc);
  const market = gridEvidence(update?.gridMarketResidualTco2PerMwh, update?.source, g.marketResidualTco2PerMwh?.[year] !== undefined, planned.gridMarketResidualTco2PerMwh, 'marketResidualTco2PerMwh', mkt);
  const factors: YearFactors = { ...planned, gridLocationTco2PerMwh: location.valueTco2PerMwh, gridMarketResidualTco2PerMwh: market.valueTco2PerMwh };
  return { factors, evidence: { location, market } };
}

/** A grid factor's evidence: published with the actuals, the scenario's own, or the reference (published or projected). */
function gridEvidence(
  updated: number | undefined,
  updateSource: string | undefined,
  scenarioGiven: boolean,
  planned: number,
  field: string,
  reference: { readonly source: string; readonly projected: boolean; readonly note: string },
): FactorEvidence {
  if (updated !== undefined) return { valueTco2PerMwh: updated, source: updateSource ?? '', basis: 'actuals', note: 'published factor given with the actuals' };
  if (scenarioGiven) return { valueTco2PerMwh: planned, source: `scenario assumptions.gridFactor.${field}`, basis: 'scenario', note: "the scenario's own factor" };
  return { valueTco2PerMwh: planned, source: reference.source, basis: reference.projected ? 'projected' : 'published', note: reference.note };
}

function fuelEvidence(carrier: CarrierId): FactorEvidence {
  const ef = FUELS[carrier].efTco2PerMwh;
  return {
    valueTco2PerMwh: ef?.value ?? 0,
    source: ef?.source ?? 'none',
    basis: 'default',
    note: ef?.note ?? '',
  };
}
