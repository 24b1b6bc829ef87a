/**
 * Everything one factory's pathway model needs, as plain numbers per year: baseline demand by
 * end-use × carrier, useful demand, prices, factors, discount factors, the cap path and the
 * measures that apply. Pure; built once per factory and read by every formulation unit.
 */
import { outputIndex } from '../accounting/baseline.ts';
import { baseProcessTco2 } from '../accounting/factory-inventory.ts';
import { accountYear } from '../accounting/inventory.ts';
import { resolveYearFactors } from '../accounting/resolve-factors.ts';
import type { YearFactors } from '../accounting/factors.ts';
import { END_USES, type EndUseId } from '../data/end-uses.ts';
import { targetYearOf } from '../data/load-scenario.ts';
import type { Factory, Measure, OffsetProduct, Scenario } from '../data/schemas/scenario.ts';
import { CARRIER_IDS, INCUMBENT_HEAT_EFFICIENCY, type CarrierId } from '../data/reference/fuels.ts';
import { isEtsCovered } from '../data/reference/finance-rates.ts';
import { applicableMeasures, type DemandCell } from './applicability.ts';
import { withHourly, type HourlyData } from './hourly/hourly-data.ts';
import { ofKind } from './measure-kinds.ts';
import { gridConnectionData, pvExportData, type GridConnectionData, type PvExportData } from './site-limits.ts';
import { onsiteYieldMwhPerKw } from './site-yield.ts';

export interface FactoryData {
  readonly factory: Factory;
  readonly baseYear: number;
  readonly years: readonly number[];
  readonly targetYear: number;
  /** Output index (base year = 1). */
  readonly growth: Readonly<Record<number, number>>;
  readonly demand: readonly DemandCell[];
  readonly endUses: readonly EndUseId[];
  /** Useful demand per end-use per year in the baseline, MWh. */
  readonly usefulMwh: Readonly<Record<string, Readonly<Record<number, number>>>>;
  readonly processTco2: Readonly<Record<number, number>>;
  readonly factors: Readonly<Record<number, YearFactors>>;
  readonly priceRmbPerMwh: Readonly<Record<CarrierId, Readonly<Record<number, number>>>>;
  /** Price of exported on-site generation (= pvExport.priceRmbPerMwh). */
  readonly exportRmbPerMwh: Readonly<Record<number, number>>;
  /** What on-site PV may export, by project class, per year (2025 distributed-PV measures, 136号文). */
  readonly pvExport: PvExportData;
  /** What the grid connection carries, per year. */
  readonly gridConnection: GridConnectionData;
  /** Counted equipment is built in whole units (MILP) rather than continuous sizes. */
  readonly wholeUnits: boolean;
  /** ETS allowance price where Scope 1 is covered that year, 0 where not. */
  readonly etsRmbPerTco2: Readonly<Record<number, number>>;
  readonly etsFreeAllocationFraction: number;
  readonly shadowCarbonRmbPerTco2: Readonly<Record<number, number>>;
  readonly discountRate: number;
  /** Discount factor to the base year: (1 + r)^−(year − baseYear). */
  readonly discount: Readonly<Record<number, number>>;
  /** Base-year gross emissions by the policy's Scope 2 method, tCO2. */
  readonly baseGrossTco2: number;
  readonly baseScope1Tco2: number;
  /** Net emissions cap per year (absent = no cap that year), tCO2. */
  readonly capTco2: Readonly<Record<number, number>>;
  readonly netTargetTco2: number;
  readonly measures: readonly Measure[];
  /** Yield of on-site generation measures at this site, MWh per kW per year. */
  readonly yieldMwhPerKw: Readonly<Record<string, number>>;
  readonly offsetProducts: readonly OffsetProduct[];
  readonly selfConsumptionShare: number;
  readonly scope2Method: 'market' | 'location';
  readonly policy: Scenario['policy'];
  /** The representative-day time structure, profiles and tariff; null on the annual balance. */
  readonly hourly: HourlyData | null;
  /** Columns held at given values by name (a re-plan's history: what was actually built, bought and retired). */
  readonly fixedColumns?: Readonly<Record<string, number>>;
}

export function prepareFactoryData(scenario: Scenario, factory: Factory): FactoryData {
  const years = scenario.horizonYears;
  const growth = outputIndex(scenario.baseYear, scenario.horizon.endYear, factory.output.growthRate);
  const demand = demandCells(scenario, factory);
  const endUses = [...new Set(demand.map((d) => d.endUse))];
  const usefulMwh = Object.fromEntries(
    endUses.map((u) => [
      u,
      Object.fromEntries(scenario.years.map((y) => [y, sumUseful(demand, u) * (growth[y] ?? 1)])),
    ]),
  );
  const process0 = baseProcessTco2(factory);
  const factors = Object.fromEntries(
    scenario.years.map((y) => [y, resolveYearFactors(factory, scenario.assumptions, y).factors]),
  );
  const a = scenario.assumptions;
  const market = scenario.policy.scope2Method === 'market';
  const base = accountYear(
    { year: scenario.baseYear, energy: factory.inventory.energy, processTco2: process0 },
    factors[scenario.baseYear]!,
  );
  const baseGrossTco2 = market ? base.totalMarketTco2 : base.totalLocationTco2;
  const targetYear = targetYearOf(scenario);
  const netTargetTco2 = scenario.policy.netTargetTco2 ?? scenario.policy.netTargetFractionOfBase * baseGrossTco2;
  const covered = (y: number) => a.ets.covered ?? isEtsCovered(factory.sector, y);
  const measures = applicableMeasures(scenario.measures, factory, demand, scenario.time.resolution !== 'annual');
  const pvExport = pvExportData(factory, years, a.prices.exportRmbPerMwh);
  return withHourly(scenario, factory, {
    factory,
    baseYear: scenario.baseYear,
    years,
    targetYear,
    growth,
    demand,
    endUses,
    usefulMwh,
    processTco2: Object.fromEntries(scenario.years.map((y) => [y, process0 * (growth[y] ?? 1)])),
    factors,
    priceRmbPerMwh: a.prices.carrierRmbPerMwh,
    exportRmbPerMwh: pvExport.priceRmbPerMwh,
    pvExport,
    gridConnection: gridConnectionData(factory, years, growth),
    wholeUnits: scenario.wholeUnits,
    etsRmbPerTco2: Object.fromEntries(scenario.years.map((y) => [y, covered(y) ? a.prices.etsRmbPerTco2[y]! : 0])),
    etsFreeAllocationFraction: a.ets.freeAllocationFraction,
    shadowCarbonRmbPerTco2: a.prices.shadowCarbonRmbPerTco2,
    discountRate: a.discountRate,
    discount: Object.fromEntries(scenario.years.map((y) => [y, (1 + a.discountRate) ** -(y - scenario.baseYear)])),
    baseGrossTco2,
    baseScope1Tco2: base.scope1Tco2,
    capTco2: capPath(scenario, years, baseGrossTco2, netTargetTco2, targetYear),
    netTargetTco2,
    measures,
    yieldMwhPerKw: generationYields(measures, factory),
    offsetProducts: scenario.offsetProducts.filter((o) => scenario.policy.allowedOffsetProducts.includes(o.id)),
    selfConsumptionShare: a.selfConsumptionShareOfLoadFraction,
    scope2Method: scenario.policy.scope2Method,
    policy: scenario.policy,
  });
}

/** Yield of each on-site generation measure at the factory's site, MWh per kW per year. */
export function generationYields(measures: readonly Measure[], factory: Factory): Record<string, number> {
  return Object.fromEntries(ofKind(measures, 'onsite_generation').map((m) => [m.id, onsiteYieldMwhPerKw(factory, m)]));
}

/** Merge inventory rows into one cell per end-use × carrier with its incumbent efficiency. */
function demandCells(scenario: Scenario, factory: Factory): DemandCell[] {
  const cells = new Map<string, DemandCell>();
  for (const row of factory.inventory.energy) {
    if (row.energyMwh <= 0) continue;
    const key = `${row.endUse}|${row.carrier}`;
    const prev = cells.get(key);
    const efficiency = incumbentEfficiency(scenario, row.endUse, row.carrier);
    cells.set(key, { endUse: row.endUse, carrier: row.carrier, baseMwh: (prev?.baseMwh ?? 0) + row.energyMwh, efficiency });
  }
  const order = (c: DemandCell) => CARRIER_IDS.indexOf(c.carrier);
  return [...cells.values()].sort((x, y) => x.endUse.localeCompare(y.endUse) || order(x) - order(y));
}

/**
 * Useful energy per MWh of final energy. Heat end-uses use the incumbent equipment's efficiency
 * (scenario override, else the reference assumption); electric and transport end-uses count final
 * energy as useful (efficiency 1), so electrified replacements carry their own ratio.
 */
function incumbentEfficiency(scenario: Scenario, endUse: EndUseId, carrier: CarrierId): number {
  if (END_USES[endUse].kind !== 'heat') return 1;
  return scenario.assumptions.incumbentEfficiency[carrier] ?? INCUMBENT_HEAT_EFFICIENCY[carrier].value;
}

function sumUseful(demand: readonly DemandCell[], endUse: EndUseId): number {
  return demand.filter((d) => d.endUse === endUse).reduce((s, d) => s + d.baseMwh * d.efficiency, 0);
}

/**
 * Net emissions cap per horizon year. `linear`: from base-year gross emissions in the base year to
 * the target in the target year, the target after it. `target_year_only`: the target from the
 * target year on, no cap before.
 */
export function capPath(
  scenario: Pick<Scenario, 'baseYear' | 'policy'>,
  years: readonly number[],
  baseGrossTco2: number,
  netTargetTco2: number,
  targetYear: number,
): Record<number, number> {
  const caps: Record<number, number> = {};
  for (const y of years) {
    if (y >= targetYear) caps[y] = netTargetTco2;
    else if (scenario.policy.capPath === 'linear') {
      const t = (y - scenario.baseYear) / (targetYear - scenario.baseYear);
      caps[y] = baseGrossTco2 + (netTargetTco2 - baseGrossTco2) * t;
    }
  }
  return caps;
}
