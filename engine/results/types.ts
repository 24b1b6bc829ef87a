/**
 * The per-year rows of a decoded plan (what to build, energy, emissions, costs) and the screening
 * MAC points: plain types that the CLI, the server, the store and the browser share. No decoder and
 * no model code here, so the browser can import this module (test/architecture checks it).
 */
import type { CarrierId } from '../data/reference/fuels.ts';

export interface PlanRow {
  readonly measureId: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly category: string;
  readonly sizeUnit: string;
  readonly year: number;
  readonly buildUnits: number;
  readonly stockUnits: number;
  /** Cash capex in the build year: build × capex + fixed project cost, RMB. */
  readonly capexRmb: number;
}

export interface EnergyYear {
  readonly year: number;
  readonly gridMwh: number;
  readonly onsiteGenerationMwh: number;
  readonly selfConsumedMwh: number;
  readonly exportedMwh: number;
  readonly curtailedMwh: number;
  readonly greenPowerMwh: number;
  readonly certificatesMwh: number;
  readonly electricityUseMwh: number;
  /** Final energy of incumbent equipment by carrier (electricity: incumbent electric end-uses). */
  readonly incumbentByCarrierMwh: Readonly<Partial<Record<CarrierId, number>>>;
  /** Useful energy delivered by electrified technologies, MWh. */
  readonly electrifiedUsefulMwh: number;
  /** Useful energy saved by efficiency measures and process change, MWh. */
  readonly savedUsefulMwh: number;
}

export interface EmissionsYear {
  readonly year: number;
  /** Fuel combustion + remaining process CO2 − captured. */
  readonly scope1Tco2: number;
  /** By the policy's method (market or location). */
  readonly scope2Tco2: number;
  readonly scope2LocationTco2: number;
  readonly scope2MarketTco2: number;
  readonly processTco2: number;
  readonly capturedTco2: number;
  readonly offsetsTco2: number;
  readonly offsetsByProductTco2: Readonly<Record<string, number>>;
  readonly netTco2: number;
  /** The cap of that year, when there is one. */
  readonly capTco2: number | null;
  /** |model − accounting| for Scope 1 + Scope 2, tCO2 (a consistency check; ≈ 0). */
  readonly accountingGapTco2: number;
}

export const COST_CATEGORIES = [
  'capex_annuity',
  'fixed_om',
  'fuel_and_heat',
  'grid_electricity',
  'export_revenue',
  'green_purchases',
  'capture_transport_storage',
  'process_inputs',
  'carbon_price',
  'offsets',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export interface CostYear {
  readonly year: number;
  readonly byCategoryRmb: Readonly<Record<CostCategory, number>>;
  readonly totalRmb: number;
}

export interface MacPoint {
  readonly measureId: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly category: string;
  readonly costRmbPerTco2: number;
  readonly abatementTco2PerYear: number;
}

/** The supply-chain levers of a plan (results/product-levers.ts), when the factory declares products. */
export interface ProductLevers {
  /** Share bought of each low-carbon alternative (key `product_line_alt`, 0–1), by year. */
  readonly alternativesByYear: Readonly<Record<number, Readonly<Record<string, number>>>>;
  /** Shadow price of each product's footprint target, RMB per tCO2e of the year's output, by product and year. */
  readonly targetShadowRmbPerTco2e: Readonly<Record<string, Readonly<Record<number, number>>>>;
}
