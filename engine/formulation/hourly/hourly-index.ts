/**
 * The hourly units' variable blocks, kept beside the formulation context (one index per context)
 * so later hourly units and the results can find what earlier ones created. Hourly blocks are
 * arrays over the time slices of a year, day after day (`slots`).
 */
import { key, type FormulationContext } from '../context.ts';
import type { HourlyData } from './hourly-data.ts';

export interface HourlyIndex {
  /** grid_import[y,d,h] by year. */
  readonly gridImport: Map<number, number[]>;
  /** export[y,d,h] by year. */
  readonly exports: Map<number, number[]>;
  /** charge / discharge / soc [m,y,d,h] by key(m, y). */
  readonly charge: Map<string, number[]>;
  readonly discharge: Map<string, number[]>;
  readonly soc: Map<string, number[]>;
  /** electricity_use[c,y] by key(c, y). */
  readonly use: Map<string, number>;
  /** max_demand[y,g] by key(y, g). */
  readonly maxDemand: Map<string, number>;
}

const store = new WeakMap<FormulationContext, HourlyIndex>();

export function hourlyIndex(ctx: FormulationContext): HourlyIndex {
  let index = store.get(ctx);
  if (index === undefined) {
    index = { gridImport: new Map(), exports: new Map(), charge: new Map(), discharge: new Map(), soc: new Map(), use: new Map(), maxDemand: new Map() };
    store.set(ctx, index);
  }
  return index;
}

/** The hourly data of a context built on representative days (the hourly units run only there). */
export function hourlyOf(ctx: FormulationContext): HourlyData {
  const hourly = ctx.data.hourly;
  if (hourly === null) throw new Error('hourly unit applied to an annual model');
  return hourly;
}

/** One time slice of a year: index t, day d, slice k of that day, its first clock hour and length. */
export interface Slot {
  readonly t: number;
  readonly d: number;
  readonly k: number;
  /** Day id. */
  readonly day: string;
  /** Day weight, days a year. */
  readonly w: number;
  readonly start: number;
  readonly hours: number;
  /** Index of the day's previous slice (the last one for the first: the state of charge is cyclic per day). */
  readonly previous: number;
}

const slotCache = new WeakMap<HourlyData, readonly Slot[]>();

/** Every time slice of a year, day after day. */
export function slots(hourly: HourlyData): readonly Slot[] {
  let out = slotCache.get(hourly);
  if (out !== undefined) return out;
  const list: Slot[] = [];
  hourly.days.forEach((day, d) => {
    const segments = hourly.segments[d]!;
    const first = list.length;
    segments.forEach((seg, k) => {
      const t = first + k;
      list.push({ t, d, k, day: day.id, w: day.weightDays, start: seg.start, hours: seg.hours, previous: k === 0 ? first + segments.length - 1 : t - 1 });
    });
  });
  out = list;
  slotCache.set(hourly, out);
  return out;
}

/** Load of slice (d, k) in year y, MW: Σ_c share × electricity_use[c,y] × `scale` (peak: the slice's highest hour). */
export function loadTerms(ctx: FormulationContext, y: number, d: number, k: number, scale: number, peak = false): Array<[number, number]> {
  const hourly = hourlyOf(ctx);
  const index = hourlyIndex(ctx);
  const shares = peak ? hourly.loadPeakShare : hourly.loadShare;
  const terms: Array<[number, number]> = [];
  for (const c of hourly.classes) {
    const col = index.use.get(key(c, y));
    const share = shares[c]![d]![k]!;
    if (col !== undefined && share > 0) terms.push([col, scale * share]);
  }
  return terms;
}
