/**
 * Tiny single-day scenarios with hand-computable optima on representative days: one day standing
 * for all 365, a flat 1 MW load (8,760 MWh/yr of other_electric), discount rate 0, one year (2026),
 * a cap far above the baseline, a battery and (optionally) PV producing only at noon.
 */
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { MeasureInput, ScenarioFile } from '../../engine/data/schemas/scenario.ts';

type StorageEffect = Extract<MeasureInput['effect'], { kind: 'storage' }>;
type TariffInput = NonNullable<NonNullable<ScenarioFile['assumptions']>['tariff']>;

export const battery = (extra: Partial<StorageEffect> = {}): MeasureInput => ({
  id: 'battery',
  nameEn: 'Battery',
  nameZh: '储能',
  category: 'storage',
  sectors: 'all',
  sizeUnit: 'kWh',
  capexRmbPerUnit: 500,
  lifetimeYears: 10,
  effect: { kind: 'storage', shiftMwhPerKwhYear: 0.3, roundTripEfficiencyFraction: 0.81, durationHours: 2, minStateOfChargeFraction: 0, maxCyclesPerYear: 400, endOfLifeCapacityFraction: 1, ...extra },
  source: 'test',
  confidence: 'assumption',
});

/** PV of at most `maxKw` kW making `noonKwhPerKw` kWh per kW in the 12:00–13:00 hour, nothing else. */
export const noonPv = (maxKw: number, noonKwhPerKw: number, capexRmbPerKw = 100): MeasureInput => ({
  id: 'pv',
  nameEn: 'PV',
  nameZh: '光伏',
  category: 'renewable_supply',
  sectors: 'all',
  sizeUnit: 'kW',
  capexRmbPerUnit: capexRmbPerKw,
  lifetimeYears: 10,
  maxUnits: maxKw,
  effect: { kind: 'onsite_generation', technology: 'pv', yieldMwhPerKwYear: (365 * noonKwhPerKw) / 1000, siteLimit: 'none' },
  source: 'test',
  confidence: 'assumption',
});

export interface HourlyTinyOptions {
  readonly measures: MeasureInput[];
  /** Tariff overrides (assumptions.tariff). Default: valley 0–8 at 0.5 × flat, every other hour at flat; no demand charge. */
  readonly tariff?: Partial<TariffInput>;
  readonly pvProfile?: number[][];
  readonly resolution?: 'annual' | 'representative_days';
  readonly exportRmbPerMwh?: number;
  readonly extra?: Partial<ScenarioFile>;
}

export const NOON_ONLY = [Array.from({ length: 24 }, (_, h) => (h === 12 ? 1 : 0))];
export const FLAT_DAY = [new Array<number>(24).fill(1)];

export function hourlyTinyData(o: HourlyTinyOptions) {
  return {
    id: 'hourly_tiny',
    name: 'Hourly tiny',
    horizon: { startYear: 2026, endYear: 2026 },
    time: { resolution: o.resolution ?? 'representative_days', segmentsPerDay: 24, representativeDays: [{ id: 'day', months: [6], dayType: 'workday', weightDays: 365 }] },
    factories: [{
      id: 'tiny_factory',
      name: 'Tiny factory',
      sector: 'machinery',
      province: 'jiangsu',
      output: { unit: 't', baseQuantity: 100 },
      site: { gridConnectionKva: 10_000 },
      inventory: { energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: 8760 }] },
      hourly: { electricLoadProfile: FLAT_DAY, pvProfile: o.pvProfile ?? NOON_ONLY },
    }],
    assumptions: {
      discountRate: 0,
      gridFactor: { locationTco2PerMwh: 0.5, marketResidualTco2PerMwh: 0.5 },
      prices: { carrierRmbPerMwh: { electricity: 500 }, exportRmbPerMwh: o.exportRmbPerMwh ?? 0 },
      tariff: { bandMultipliers: { critical: 1, peak: 1, flat: 1, valley: 0.5 }, demandChargeRmbPerKwMonth: 0, ...o.tariff },
    },
    policy: { targetYear: 2026, netTargetTco2: 1e6, capPath: 'target_year_only', allowedOffsetProducts: [] },
    measures: { include: [], custom: o.measures },
    ...o.extra,
  };
}

export function hourlyTiny(o: HourlyTinyOptions): Scenario {
  const r = loadScenarioData(hourlyTinyData(o), 'hourly_tiny');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
