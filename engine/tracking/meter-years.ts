/**
 * Meter readings → one total per meter and calendar year (and per month), in MWh of final energy,
 * with every missing interval filled by the stated rule and reported. Rule `mean_rate_of_year`:
 * a missing interval gets the meter's mean rate over the hours read in that year × its own hours
 * (a 31-day month of a meter that read 8,016 h with 8,016 MWh gets 744 MWh). Too many gaps (above
 * `maxMissingFraction` of the year's hours) or any gap under rule `fail` is an error, not an estimate.
 */
import type { Issue } from '../errors.ts';
import type { ActualsFile, Meter } from '../data/schemas/actuals.ts';
import { toMwh, type CarrierId } from '../data/reference/fuels.ts';
import { formatHour, hourOf, type Reading } from './meter-csv.ts';

export interface GapFill {
  readonly meterId: string;
  readonly year: number;
  /** First and last missing interval start of a run of consecutive gaps. */
  readonly from: string;
  readonly to: string;
  readonly hours: number;
  readonly filledMwh: number;
  readonly rule: string;
}

export interface MeterYear {
  readonly meter: Meter;
  readonly carrier: CarrierId;
  readonly year: number;
  /** Read + filled, MWh. */
  readonly mwh: number;
  readonly readMwh: number;
  readonly filledMwh: number;
  readonly missingHours: number;
  readonly hoursInYear: number;
  /** Read + filled per month (index 0 = January), MWh. */
  readonly byMonthMwh: readonly number[];
  readonly gaps: readonly GapFill[];
}

/** Interval starts of a meter in a year, with each interval's hours and month. */
function intervals(meter: Meter, year: number): Array<{ start: number; hours: number; month: number }> {
  const out: Array<{ start: number; hours: number; month: number }> = [];
  for (let month = 1; month <= 12; month++) {
    const start = hourOf({ year, month, day: 1, hour: 0 });
    const end = month === 12 ? hourOf({ year: year + 1, month: 1, day: 1, hour: 0 }) : hourOf({ year, month: month + 1, day: 1, hour: 0 });
    if (meter.interval === 'month') out.push({ start, hours: end - start, month });
    else for (let h = start; h < end; h++) out.push({ start: h, hours: 1, month });
  }
  return out;
}

export function meterYears(
  readings: readonly Reading[],
  meters: readonly Meter[],
  years: readonly number[],
  gapFill: ActualsFile['gapFill'],
): { readonly meterYears: readonly MeterYear[]; readonly issues: readonly Issue[] } {
  const byMeter = new Map<string, Map<number, number>>();
  for (const r of readings) {
    let m = byMeter.get(r.meterId);
    if (m === undefined) byMeter.set(r.meterId, (m = new Map()));
    m.set(r.startHour, r.quantity);
  }
  const out: MeterYear[] = [];
  const issues: Issue[] = [];
  meters.forEach((meter, i) => {
    const carrier: CarrierId = meter.role === 'fuel' ? meter.carrier! : 'electricity';
    const mwhPerUnit = toMwh(carrier, 1, meter.unit);
    const read = byMeter.get(meter.id) ?? new Map<number, number>();
    for (const year of years) {
      const slots = intervals(meter, year);
      const hoursInYear = slots.reduce((s, x) => s + x.hours, 0);
      const byMonthMwh = new Array<number>(12).fill(0);
      let readMwh = 0;
      let readHours = 0;
      const missing: typeof slots = [];
      for (const slot of slots) {
        const q = read.get(slot.start);
        if (q === undefined) {
          missing.push(slot);
          continue;
        }
        readMwh += q * mwhPerUnit;
        readHours += slot.hours;
        byMonthMwh[slot.month - 1]! += q * mwhPerUnit;
      }
      const missingHours = hoursInYear - readHours;
      const where = `meters[${i}] (${meter.id}), ${year}`;
      if (missingHours > 0 && gapFill.rule === 'fail') {
        issues.push({ path: where, message: `${missingHours} h without readings (first gap from ${formatHour(missing[0]!.start)}); gapFill.rule is fail` });
        continue;
      }
      if (missingHours > gapFill.maxMissingFraction * hoursInYear) {
        issues.push({
          path: where,
          message: `${missingHours} of ${hoursInYear} h without readings (${((100 * missingHours) / hoursInYear).toFixed(1)} %), more than gapFill.maxMissingFraction ${gapFill.maxMissingFraction}: too many gaps to estimate`,
        });
        continue;
      }
      const rate = readHours > 0 ? readMwh / readHours : 0;
      const gaps = runs(missing).map((run) => {
        const hours = run.reduce((s, x) => s + x.hours, 0);
        for (const slot of run) byMonthMwh[slot.month - 1]! += rate * slot.hours;
        return { meterId: meter.id, year, from: formatHour(run[0]!.start), to: formatHour(run[run.length - 1]!.start), hours, filledMwh: rate * hours, rule: gapFill.rule };
      });
      const filledMwh = rate * missingHours;
      out.push({ meter, carrier, year, mwh: readMwh + filledMwh, readMwh, filledMwh, missingHours, hoursInYear, byMonthMwh, gaps });
    }
  });
  return { meterYears: out, issues };
}

/** Consecutive missing intervals grouped into runs. */
function runs<T extends { start: number; hours: number }>(missing: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const slot of missing) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev !== undefined && prev.start + prev.hours === slot.start) last!.push(slot);
    else out.push([slot]);
  }
  return out;
}
