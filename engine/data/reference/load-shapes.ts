/**
 * Hourly shapes of factory electricity and heat demand by shift pattern, and the sector defaults.
 *
 * Chinese industrial load shapes by shift pattern were NOT FOUND (sources/china-power-market.md §4);
 * the proxies found are the German BDEW standard load profiles (G0–G6) and the Offenburg method for
 * synthetic industry profiles (Energies 15(10):3683, 2022). Every shape here is therefore our
 * assumption, built the Offenburg way: a production level per clock hour on a working day, a base
 * load that runs around the clock (lighting, compressors on standby, ventilation, IT), breaks at
 * meals and shift changes, and a rest-day level. Replace them with metered data
 * (`factories[].hourly.electricLoad`) where a plant has it.
 */
import { type Sourced, assumption } from './sourced.ts';
import type { SectorId } from '../sectors.ts';

export const SHIFT_PATTERNS = ['one_shift', 'two_shift', 'three_shift', 'continuous'] as const;
export type ShiftPattern = (typeof SHIFT_PATTERNS)[number];

export interface ShiftShape {
  /** Relative electric demand per clock hour 0–23 on a working day (any scale). */
  readonly workday: readonly number[];
  /** The same on a rest day (weekend, statutory holiday); equal to `workday` for continuous plants. */
  readonly restDay: readonly number[];
  /** Working days per week. */
  readonly workdaysPerWeek: number;
}

/** 24 values from [from, to) ranges (later ranges overwrite earlier ones). */
function hours(base: number, ranges: ReadonlyArray<readonly [number, number, number]>): number[] {
  const out = Array.from({ length: 24 }, () => base);
  for (const [from, to, level] of ranges) for (let h = from; h < to; h++) out[h] = level;
  return out;
}

const flat = (level: number) => hours(level, []);

export const SHIFT_SHAPES: Readonly<Record<ShiftPattern, Sourced<ShiftShape>>> = {
  one_shift: assumption(
    { workday: hours(0.25, [[7, 8, 0.6], [8, 12, 1], [12, 13, 0.7], [13, 17, 1], [17, 18, 0.6], [18, 20, 0.35]]), restDay: flat(0.25), workdaysPerWeek: 5 },
    'relative demand per hour',
    2025,
    'One day shift 8:00–17:00 with a lunch break 12–13, ramps at 7 and 17; base load 25 % of production level at night and on rest days (BDEW G1-like); five-day week.',
  ),
  two_shift: assumption(
    { workday: hours(0.3, [[6, 12, 1], [12, 13, 0.85], [13, 18, 1], [18, 19, 0.85], [19, 22, 1], [22, 23, 0.6], [23, 24, 0.35]]), restDay: flat(0.3), workdaysPerWeek: 6 },
    'relative demand per hour',
    2025,
    'Two shifts 6:00–22:00 with meal breaks at 12 and 18; night base 30 %; six-day week (common in Chinese discrete manufacturing).',
  ),
  three_shift: assumption(
    { workday: hours(1, [[7, 8, 0.9], [15, 16, 0.9], [23, 24, 0.9]]), restDay: flat(0.4), workdaysPerWeek: 6 },
    'relative demand per hour',
    2025,
    'Three shifts around the clock, 10 % dips at the shift changes (7, 15, 23); rest day at 40 % (maintenance, utilities); six-day week.',
  ),
  continuous: assumption(
    { workday: hours(1, [[2, 5, 0.97], [10, 16, 1.02]]), restDay: hours(1, [[2, 5, 0.97], [10, 16, 1.02]]), workdaysPerWeek: 7 },
    'relative demand per hour',
    2025,
    'Continuous process (kilns, furnaces, electrolysis, cleanrooms, IT): flat with ±3 % diurnal swing, no rest days.',
  ),
};

/** ASSUMPTION: the usual shift pattern of each sector's plants (overridable per factory). */
export const SECTOR_SHIFT_PATTERN: Readonly<Record<SectorId, Sourced<ShiftPattern>>> = {
  automotive: assumption('two_shift', 'pattern', 2025, 'Vehicle assembly runs two shifts; paint shops longer.'),
  lithium_battery: assumption('continuous', 'pattern', 2025, 'Dry rooms, formation and ageing run around the clock.'),
  photovoltaic: assumption('continuous', 'pattern', 2025, 'Cell and module lines run 24/7.'),
  electronics: assumption('two_shift', 'pattern', 2025, 'Appliance assembly and moulding, two shifts.'),
  light_industry: assumption('three_shift', 'pattern', 2025, 'Food and beverage (brewing, bottling) run three shifts in season.'),
  machinery: assumption('one_shift', 'pattern', 2025, 'Machining and assembly, mostly day shift.'),
  data_centre: assumption('continuous', 'pattern', 2025, 'IT load is flat.'),
  steel: assumption('continuous', 'pattern', 2025, 'Blast furnaces and converters never stop.'),
  non_ferrous: assumption('continuous', 'pattern', 2025, 'Aluminium potlines run continuously.'),
  chemicals: assumption('continuous', 'pattern', 2025, 'Continuous process plant.'),
  building_materials: assumption('continuous', 'pattern', 2025, 'Cement kilns run continuously (mills partly shift to valley hours; not modelled).'),
  textiles: assumption('three_shift', 'pattern', 2025, 'Dyeing and finishing, three shifts.'),
};

/**
 * ASSUMPTION: monthly factor of HVAC and cooling demand (×, mean 1 over the year): cooling-driven,
 * highest in July–August, lowest in January–February; 1 + 0.6 cos(2π (month − 7.5) / 12).
 */
export const HVAC_MONTHLY_FACTOR = assumption(
  Array.from({ length: 12 }, (_, i) => 1 + 0.6 * Math.cos((2 * Math.PI * (i + 1 - 7.5)) / 12)),
  'multiple of the mean month',
  2025,
  'Cooling dominates factory HVAC in China (heating is mostly not electric): 1 + 0.6 cos(2π (month − 7.5)/12), Jul–Aug ≈ 1.6, Jan–Feb ≈ 0.4.',
);

/**
 * ASSUMPTION: statutory holidays per month (rest days for plants that are not continuous), 13 a
 * year: New Year 1, Spring Festival 4 (Jan/Feb, counted in February), Qingming 1, Labour Day 2,
 * Dragon Boat 1, Mid-Autumn 1, National Day 3.
 */
export const HOLIDAYS_PER_MONTH = assumption(
  [1, 4, 0, 1, 2, 1, 0, 0, 1, 3, 0, 0],
  'days',
  2025,
  '13 statutory holidays from 2025 (the 2024 revision of the national holiday rules), our reading; not in the reference. Movable feasts placed in their usual month.',
);
