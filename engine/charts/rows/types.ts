/**
 * Tidy rows, the input of every chart: one row per observation, plain numbers and ids, in the
 * engine's units (tCO2, MWh, RMB). The adapters beside this file make them from engine results;
 * anything else (the API, notebooks, tests) may build them directly.
 */

/** One year of a factory's emissions. */
export interface EmissionsPathwayRow {
  readonly year: number;
  readonly scope1Tco2: number;
  readonly scope2Tco2: number;
  readonly offsetsTco2: number;
  readonly netTco2: number;
  /** The cap of that year; null when the year has none. */
  readonly capTco2: number | null;
}

/**
 * One wedge of one year: emissions avoided against the baseline by a lever, tCO2. The wedge
 * `net_emissions` is what remains, so a year's wedges add up to its baseline gross emissions.
 */
export interface AbatementWedgeRow {
  readonly year: number;
  /** A wedge id (see WEDGE_LABELS) or any other id, e.g. a measure id with names below. */
  readonly wedge: string;
  readonly nameEn?: string;
  readonly nameZh?: string;
  readonly tco2: number;
}

/** Cash capex of one measure category in one year. */
export interface CapexRow {
  readonly year: number;
  /** Measure category id (see MEASURE_CATEGORY_LABELS) or any label. */
  readonly category: string;
  readonly capexRmb: number;
}

/** Final energy of one source in one year. */
export interface EnergyMixRow {
  readonly year: number;
  /** grid, green_power, certificates, onsite_self_consumed, or a fuel carrier id. */
  readonly source: string;
  readonly mwh: number;
}

/** One measure of a MAC curve. */
export interface MacRow {
  readonly measureId: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly category: string;
  readonly costRmbPerTco2: number;
  readonly abatementTco2PerYear: number;
}

/** One cost category (a waterfall step); negative for revenue. */
export interface CostRow {
  /** Cost category id (see COST_CATEGORY_LABELS) or any label. */
  readonly category: string;
  readonly costRmb: number;
}

/** P5 / P50 / P95 of one year. */
export interface FanRow {
  readonly year: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** One Monte Carlo draw's total (discounted) cost. */
export interface HistogramRow {
  readonly draw: number;
  readonly totalCostRmb: number;
}

/** One input of a tornado: the result's change from the base at the input's low and high value. */
export interface TornadoChartRow {
  readonly input: string;
  /** English label; Chinese comes from UNCERTAIN_INPUT_LABELS when the input id is known. */
  readonly label: string;
  readonly lowValue: number;
  readonly highValue: number;
  /** Result at the low value minus the base result; null when that run had no plan. */
  readonly lowDelta: number | null;
  readonly highDelta: number | null;
}

/** A sector's net emissions in one year. */
export interface RolloutPathwayRow {
  readonly year: number;
  /** Sector id (see SECTOR_LABELS) or any label. */
  readonly sector: string;
  readonly netTco2: number;
}

/** One run of a comparison (a scenario or a plan). Null where the run has no plan. */
export interface PlanComparisonRow {
  readonly run: string;
  /** Discounted total cost, RMB. */
  readonly costRmb: number | null;
  /** Net emissions in the target year (summed over factories), tCO2. */
  readonly netTco2: number | null;
  /** Cash capex over the horizon, RMB. */
  readonly capexRmb: number;
  readonly shadowPriceRmbPerTco2: number | null;
  /** Offsets bought over the horizon, tCO2. */
  readonly offsetsTco2: number;
}

/** One year of a loan. */
export interface LoanScheduleRow {
  readonly year: number;
  readonly drawdownRmb: number;
  readonly interestRmb: number;
  readonly principalRmb: number;
  /** Closing balance. */
  readonly balanceRmb: number;
  /** CFADS / debt service; null in a year without debt service. */
  readonly dscr: number | null;
}

/** One figure of one benchmark run (benchmarks/history). */
export interface BenchmarkHistoryRow {
  /** When the run started (ISO 8601). */
  readonly timestamp: string;
  readonly commit: string;
  /** Benchmark figure id, e.g. `pathway_lp_60.end_to_end`. */
  readonly figure: string;
  /** The figure relative to its first run in the rows (1 = unchanged; above 1 = slower or larger). */
  readonly relative: number;
}

/** One point of a scaling curve: a measured figure at a problem size, per series (e.g. workers). */
export interface BenchmarkScalingRow {
  readonly series: string;
  readonly size: number;
  readonly value: number;
}

/** One representative day's dispatch (MW in each clock hour), state of charge and tariff bands. */
export interface DispatchChartRows {
  readonly year: number;
  readonly day: string;
  /** grid, pv and wind (less curtailment), discharge above zero; charge, export below. */
  readonly flows: ReadonlyArray<{ readonly hour: number; readonly series: string; readonly mw: number }>;
  readonly load: ReadonlyArray<{ readonly hour: number; readonly mw: number }>;
  readonly soc: ReadonlyArray<{ readonly hour: number; readonly mwh: number }>;
  readonly bands: ReadonlyArray<{ readonly hour: number; readonly band: string; readonly priceRmbPerMwh: number }>;
}

/** One point of the plan-vs-actual paths: the original plan, the re-plan, the actuals, the cap. */
export interface TrackingPathRow {
  readonly year: number;
  readonly series: 'plan' | 'replan' | 'actual' | 'cap';
  readonly tco2: number;
}

/** One variance wedge of one tracked year: its share of actual − plan net emissions, tCO2. */
export interface VarianceWedgeRow {
  readonly year: number;
  /** A wedge id of engine/tracking/plan-vs-actual.ts (volume, energy_use, …). */
  readonly wedge: string;
  readonly tco2: number;
}

export type { StochasticCostRow, StochasticExpectedRow } from './stochastic.ts';
