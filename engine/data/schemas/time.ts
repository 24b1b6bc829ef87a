/**
 * The time structure of a scenario and its hourly inputs: `time` (annual or representative days),
 * the electricity tariff's time-of-use and basic-charge terms (`assumptions.tariff`), and a
 * factory's operating pattern, location and own hourly profiles (`factories[].hourly`).
 */
import { z } from 'zod';
import { DEFAULT_TIME } from '../defaults.ts';
import { SHIFT_PATTERNS } from '../reference/load-shapes.ts';
import { BASIC_CHARGE, TOU_BANDS } from '../reference/time-of-use.ts';
import { nonNegative, type YearValueSchema } from '../year-series.ts';
import { SnakeIdSchema } from './ids.ts';

export const TIME_RESOLUTIONS = ['annual', 'representative_days'] as const;
export type TimeResolution = (typeof TIME_RESOLUTIONS)[number];
/** Generated day sets: 4 seasons or 12 months, each with a working day and (unless continuous) a rest day. */
export const DAY_SETS = ['seasonal', 'monthly'] as const;
export type DaySet = (typeof DAY_SETS)[number];
export const DAY_TYPES = ['workday', 'rest_day'] as const;
export type DayType = (typeof DAY_TYPES)[number];

/** Days in a (non-leap) year: representative-day weights must add up to it. */
export const DAYS_PER_YEAR = 365;

const RepresentativeDaySchema = z
  .object({
    id: SnakeIdSchema,
    /** Calendar months (1–12) the day stands for: its sun, its tariff and its demand-charge month. */
    months: z.array(z.number().int().min(1, 'months are 1–12').max(12, 'months are 1–12')).min(1).max(12, 'at most the 12 months'),
    dayType: z.enum(DAY_TYPES),
    /** Days of the year this day stands for. */
    weightDays: z.number().finite().positive('a day weight must be > 0'),
  })
  .strict();
export type RepresentativeDayInput = z.output<typeof RepresentativeDaySchema>;

export const TimeSchema = z
  .object({
    resolution: z.enum(TIME_RESOLUTIONS).default(DEFAULT_TIME.resolution),
    days: z.enum(DAY_SETS).default(DEFAULT_TIME.days),
    /** Time slices per day: 24 = every hour; fewer merges hours where profiles change least, never across a price change. */
    segmentsPerDay: z.number().int().min(1).max(24).default(DEFAULT_TIME.segmentsPerDay),
    /** Your own representative days (replace `days`); weights must add up to 365. */
    // At most one representative day per calendar day: bounds the model an API request can ask for.
    representativeDays: z.array(RepresentativeDaySchema).min(1).max(366, 'at most 366 representative days (one per day of the year)').optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const days = t.representativeDays;
    if (days === undefined) return;
    const total = days.reduce((s, d) => s + d.weightDays, 0);
    if (Math.abs(total - DAYS_PER_YEAR) > 1e-6) {
      ctx.addIssue({ code: 'custom', path: ['representativeDays'], message: `day weights add up to ${+total.toFixed(6)} days; they must add up to ${DAYS_PER_YEAR}` });
    }
    const seen = new Set<string>();
    days.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['representativeDays', i, 'id'], message: `duplicate day id "${d.id}"` });
      seen.add(d.id);
    });
  });
export type TimeOptions = z.output<typeof TimeSchema>;

/** The electricity tariff of a two-part industrial user: TOU energy prices and the basic charge. */
export function tariffSchema(yv: YearValueSchema) {
  return z
    .object({
      /** false: one energy price in every hour (the scenario's electricity price path). */
      timeOfUse: z.boolean().default(true),
      /** How the plant buys: through the grid's agency purchase (代理购电) or on the wholesale market (直接交易). */
      purchase: z.enum(['agency', 'wholesale']).default('agency'),
      /** Override the province's band prices (multiples of the flat price) in every season. */
      bandMultipliers: z.partialRecord(z.enum(TOU_BANDS), z.number().finite().nonnegative('a band multiplier must be ≥ 0')).default({}),
      /** Basic charge by maximum demand (需量电费); 0 = none. */
      demandChargeRmbPerKwMonth: nonNegative(yv).prefault(BASIC_CHARGE.demandRmbPerKwMonth.value),
      /** Basic charge by transformer capacity (容量电费), when that is the basis. */
      capacityChargeRmbPerKvaMonth: nonNegative(yv).prefault(BASIC_CHARGE.capacityRmbPerKvaMonth.value),
      basicChargeBasis: z.enum(['demand', 'capacity']).default('demand'),
      /** The billed maximum demand is at least this share of the grid connection (kVA). */
      contractDemandMinShareOfCapacity: z.number().min(0).max(1).default(BASIC_CHARGE.contractDemandMinShareOfCapacity.value),
    })
    .strict();
}

/** Hourly values of each representative day (24 per day, ≥ 0): a relative shape, scaled by the engine. */
const dayProfiles = z.array(z.array(z.number().finite().nonnegative('hourly values must be ≥ 0')).length(24, 'each day needs 24 hourly values')).min(1);

export const FactoryHourlySchema = z
  .object({
    shiftPattern: z.enum(SHIFT_PATTERNS).optional(),
    workdaysPerWeek: z.number().min(1).max(7).optional(),
    /** Site coordinates for solar geometry (default: the provincial capital). */
    latitudeDeg: z.number().min(15).max(55).optional(),
    longitudeDeg: z.number().min(70).max(140).optional(),
    /** Own shapes per representative day (in the scenario's day order); scaled to the annual energy. */
    electricLoadProfile: dayProfiles.optional(),
    heatLoadProfile: dayProfiles.optional(),
    pvProfile: dayProfiles.optional(),
    windProfile: dayProfiles.optional(),
  })
  .strict();
export type FactoryHourly = z.output<typeof FactoryHourlySchema>;
