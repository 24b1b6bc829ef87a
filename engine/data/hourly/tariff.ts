/**
 * Time-of-use bands and price multipliers per representative day and hour, from the province's
 * schedule (reference/time-of-use.ts). A day standing for several months takes the day-weighted
 * mean multiplier of its months in each hour (exact for the energy bill of a plan that runs the
 * same way on those days); its displayed band is the band most of its days have.
 */
import { BAND_OF_LETTER, TOU_BANDS, type TouBand, type TouSchedule, type TouSeason } from '../reference/time-of-use.ts';
import type { RepresentativeDay } from './days.ts';

export interface DayTariff {
  readonly multiplier: readonly number[];
  readonly band: readonly TouBand[];
}

function seasonOf(schedule: TouSchedule, month: number): TouSeason {
  const s = schedule.seasons.find((x) => x.months.includes(month));
  if (s === undefined) throw new RangeError(`TOU schedule has no season for month ${month}`);
  return s;
}

export function dayTariffs(
  days: readonly RepresentativeDay[],
  schedule: TouSchedule,
  o: { readonly timeOfUse: boolean; readonly bandMultipliers: Readonly<Partial<Record<TouBand, number>>> },
): DayTariff[] {
  return days.map((day) => {
    if (!o.timeOfUse) return { multiplier: new Array<number>(24).fill(1), band: new Array<TouBand>(24).fill('flat') };
    const multiplier = new Array<number>(24).fill(0);
    const votes = Array.from({ length: 24 }, () => new Map<TouBand, number>());
    for (const [m, d] of day.monthDays) {
      const season = seasonOf(schedule, m);
      for (let h = 0; h < 24; h++) {
        const band = BAND_OF_LETTER[season.hours[h]!]!;
        multiplier[h]! += ((o.bandMultipliers[band] ?? season.multipliers[band]) * d) / day.weightDays;
        votes[h]!.set(band, (votes[h]!.get(band) ?? 0) + d);
      }
    }
    const band = votes.map((v) => TOU_BANDS.reduce((best, b) => ((v.get(b) ?? 0) > (v.get(best) ?? 0) ? b : best), 'flat' as TouBand));
    return { multiplier, band };
  });
}
