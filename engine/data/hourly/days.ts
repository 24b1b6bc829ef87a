/**
 * Representative days: each stands for some calendar months and one day type, with a weight in days
 * such that the weights of a year add up to 365 and every month's working and rest days are counted
 * (so any yearly total — energy, cost, emissions — is reproduced by weight × daily value).
 *
 * `seasonal`: winter (Dec–Feb), spring (Mar–May), summer (Jun–Aug), autumn (Sep–Nov) × working day
 * and rest day = 8 days. `monthly`: 12 months × 2 = 24 days. A continuous plant has no rest days, so
 * it gets 4 or 12. Working days per month: days × working days a week / 7, less statutory holidays.
 */
import { HOLIDAYS_PER_MONTH } from '../reference/load-shapes.ts';
import { type DaySet, type DayType, type RepresentativeDayInput } from '../schemas/time.ts';

export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const MONTH_IDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const SEASONS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['winter', [12, 1, 2]],
  ['spring', [3, 4, 5]],
  ['summer', [6, 7, 8]],
  ['autumn', [9, 10, 11]],
];

export interface RepresentativeDay {
  readonly id: string;
  readonly dayType: DayType;
  /** Days of the year this day stands for. */
  readonly weightDays: number;
  /** The months it stands for and how many of its days fall in each (sums to weightDays). */
  readonly monthDays: ReadonlyArray<readonly [month: number, days: number]>;
}

/** Working and rest days in month m (1–12) for a plant working `workdaysPerWeek` days with holidays off. */
export function daysOfType(month: number, workdaysPerWeek: number, continuous: boolean): Record<DayType, number> {
  const days = DAYS_IN_MONTH[month - 1]!;
  if (continuous) return { workday: days, rest_day: 0 };
  const workday = Math.max(0, (days * workdaysPerWeek) / 7 - HOLIDAYS_PER_MONTH.value[month - 1]!);
  return { workday, rest_day: days - workday };
}

/** The generated day set for a plant (rest days only where the plant rests). */
export function generatedDays(set: DaySet, workdaysPerWeek: number, continuous: boolean): RepresentativeDay[] {
  const groups: ReadonlyArray<readonly [string, readonly number[]]> = set === 'seasonal' ? SEASONS : MONTH_IDS.map((id, i) => [id, [i + 1]] as const);
  const types: readonly DayType[] = continuous ? ['workday'] : ['workday', 'rest_day'];
  return groups.flatMap(([group, months]) =>
    types.flatMap((dayType) => {
      const monthDays = months.map((m) => [m, daysOfType(m, workdaysPerWeek, continuous)[dayType]] as const).filter(([, d]) => d > 0);
      const weightDays = monthDays.reduce((s, [, d]) => s + d, 0);
      return weightDays > 0 ? [{ id: `${group}_${dayType}`, dayType, weightDays, monthDays }] : [];
    }),
  );
}

/** User-given days: each month's share of a day's weight in proportion to the month's length. */
export function customDays(days: readonly RepresentativeDayInput[]): RepresentativeDay[] {
  return days.map((d) => {
    const total = d.months.reduce((s, m) => s + DAYS_IN_MONTH[m - 1]!, 0);
    return { id: d.id, dayType: d.dayType, weightDays: d.weightDays, monthDays: d.months.map((m) => [m, (d.weightDays * DAYS_IN_MONTH[m - 1]!) / total] as const) };
  });
}

/** Sum of day weights (365 for a valid set). */
export const totalDays = (days: readonly RepresentativeDay[]): number => days.reduce((s, d) => s + d.weightDays, 0);

/** A day-weighted average over a day's months of a per-month hourly series. */
export function monthAverage(day: RepresentativeDay, perMonth: (month: number) => readonly number[]): number[] {
  const out = new Array<number>(24).fill(0);
  for (const [m, d] of day.monthDays) {
    const series = perMonth(m);
    for (let h = 0; h < 24; h++) out[h]! += (series[h]! * d) / day.weightDays;
  }
  return out;
}
