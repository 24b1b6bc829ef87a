/**
 * What the representative-day balance adds to a plan, as plain types (no decoder and no model code,
 * so the CLI, the server, the store and the browser can share them): the time structure, the annual
 * figures from the hours, why each battery pays, and the dispatch hour by hour.
 */
import type { TouBand } from '../../data/reference/time-of-use.ts';

export interface DispatchRow {
  readonly year: number;
  readonly day: string;
  readonly dayType: 'workday' | 'rest_day';
  /** Days of the year this day stands for. */
  readonly weightDays: number;
  /** Clock hour 0–23 (the hour from h:00 to h+1:00). */
  readonly hour: number;
  /** Power in the hour, MW (= MWh in that hour). */
  readonly loadMw: number;
  readonly pvMw: number;
  readonly windMw: number;
  readonly gridMw: number;
  readonly exportMw: number;
  readonly chargeMw: number;
  readonly dischargeMw: number;
  readonly curtailedMw: number;
  /** Energy stored at the end of the hour, MWh (all batteries). */
  readonly socMwh: number;
  readonly priceRmbPerMwh: number;
  readonly band: TouBand;
}

export interface StorageYear {
  readonly year: number;
  /** Energy capacity of all batteries, kWh. */
  readonly energyKwh: number;
  /** Rated power (energy / duration + extra inverter power), kW. */
  readonly powerKw: number;
  /** Discharged energy over usable capacity. */
  readonly equivalentCycles: number;
  readonly dischargedMwh: number;
  readonly lossesMwh: number;
  readonly arbitrageRmb: number;
  readonly selfConsumptionRmb: number;
  readonly demandChargeRmb: number;
  /** Capex annuities of the builds in service plus fixed O&M. */
  readonly annualisedCostRmb: number;
}

export interface HourlyDay {
  readonly id: string;
  readonly dayType: 'workday' | 'rest_day';
  readonly weightDays: number;
  readonly months: readonly number[];
  /** The day's time slices: first clock hour and length in hours. */
  readonly slices: ReadonlyArray<{ readonly start: number; readonly hours: number }>;
}

export interface HourlyYear {
  readonly year: number;
  readonly onsiteGenerationMwh: number;
  readonly selfConsumedMwh: number;
  /** Self-consumed / generated on site (null without generation). */
  readonly selfConsumptionShare: number | null;
  readonly exportedMwh: number;
  readonly curtailedMwh: number;
  readonly storageLossesMwh: number;
  /** Grid energy at the time-of-use prices, RMB. */
  readonly energyChargeRmb: number;
  /** Basic charge (by demand or capacity), RMB. */
  readonly basicChargeRmb: number;
  readonly exportRevenueRmb: number;
  /** Billed maximum demand per billing group, MW. */
  readonly billedDemandMw: Readonly<Record<string, number>>;
  /** Highest grid import in any time slice, MW. */
  readonly peakImportMw: number;
}

export interface HourlyResult {
  readonly shiftPattern: string;
  readonly days: readonly HourlyDay[];
  /** The TOU schedule's basis (province or default), with its source. */
  readonly tariff: { readonly schedule: string; readonly source: string; readonly confidence: string };
  readonly years: readonly HourlyYear[];
  readonly storage: readonly StorageYear[];
  readonly dispatch: readonly DispatchRow[];
  readonly warnings: readonly string[];
}
