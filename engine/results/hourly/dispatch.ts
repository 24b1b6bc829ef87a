/**
 * The solved dispatch, hour by hour: for every year, representative day and clock hour, the load,
 * on-site generation, grid import, export, battery charge and discharge, state of charge, curtailment
 * and the tariff. A time slice of several hours gives each of its hours the slice's mean power; the
 * state of charge moves linearly through the slice.
 */
import { key } from '../../formulation/context.ts';
import { hourlyIndex, slots } from '../../formulation/hourly/hourly-index.ts';
import type { HourlyData } from '../../formulation/hourly/hourly-data.ts';
import { ofKind } from '../../formulation/measure-kinds.ts';
import type { SolutionView } from '../solution.ts';
import type { DispatchRow } from './types.ts';

/** Power of every slice of year y, MW, from per-slice columns (0 where absent). */
function values(s: SolutionView, cols: readonly number[] | undefined, n: number): number[] {
  return Array.from({ length: n }, (_, t) => (cols === undefined ? 0 : s.value(cols[t])));
}

function sumInto(target: number[], add: readonly number[]): void {
  for (let i = 0; i < target.length; i++) target[i]! += add[i]!;
}

/** Per-slice flows of one year, MW (state of charge in MWh at the end of each slice). */
export interface YearSlices {
  readonly load: number[];
  readonly pv: number[];
  readonly wind: number[];
  readonly grid: number[];
  readonly exports: number[];
  readonly charge: number[];
  readonly discharge: number[];
  readonly soc: number[];
}

export function yearSlices(s: SolutionView, hourly: HourlyData, y: number): YearSlices {
  const { data, v } = s.ctx;
  const index = hourlyIndex(s.ctx);
  const all = slots(hourly);
  const n = all.length;
  const load = new Array<number>(n).fill(0);
  for (const c of hourly.classes) {
    const use = s.value(index.use.get(key(c, y)));
    for (const sl of all) load[sl.t]! += use * hourly.loadShare[c]![sl.d]![sl.k]!;
  }
  const pv = new Array<number>(n).fill(0);
  const wind = new Array<number>(n).fill(0);
  for (const m of ofKind(data.measures, 'onsite_generation')) {
    const stock = s.value(v.stock.get(key(m.id, y)));
    const target = m.effect.technology === 'pv' ? pv : wind;
    for (const sl of all) target[sl.t]! += stock * hourly.generationMwhPerKw[m.id]![sl.d]![sl.k]!;
  }
  const charge = new Array<number>(n).fill(0);
  const discharge = new Array<number>(n).fill(0);
  const soc = new Array<number>(n).fill(0);
  for (const m of ofKind(data.measures, 'storage')) {
    sumInto(charge, values(s, index.charge.get(key(m.id, y)), n));
    sumInto(discharge, values(s, index.discharge.get(key(m.id, y)), n));
    sumInto(soc, values(s, index.soc.get(key(m.id, y)), n));
  }
  return { load, pv, wind, grid: values(s, index.gridImport.get(y), n), exports: values(s, index.exports.get(y), n), charge, discharge, soc };
}

export function dispatchRows(s: SolutionView, hourly: HourlyData): DispatchRow[] {
  const rows: DispatchRow[] = [];
  const all = slots(hourly);
  for (const y of s.ctx.data.years) {
    const f = yearSlices(s, hourly, y);
    for (const sl of all) {
      const day = hourly.days[sl.d]!;
      const before = f.soc[sl.previous]!;
      for (let i = 0; i < sl.hours; i++) {
        const h = sl.start + i;
        const supply = f.grid[sl.t]! - f.exports[sl.t]! + f.discharge[sl.t]! - f.charge[sl.t]! + f.pv[sl.t]! + f.wind[sl.t]!;
        rows.push({
          year: y,
          day: day.id,
          dayType: day.dayType,
          weightDays: day.weightDays,
          hour: h,
          loadMw: f.load[sl.t]!,
          pvMw: f.pv[sl.t]!,
          windMw: f.wind[sl.t]!,
          gridMw: f.grid[sl.t]!,
          exportMw: f.exports[sl.t]!,
          chargeMw: f.charge[sl.t]!,
          dischargeMw: f.discharge[sl.t]!,
          curtailedMw: Math.max(0, supply - f.load[sl.t]!),
          socMwh: before + ((f.soc[sl.t]! - before) * (i + 1)) / sl.hours,
          priceRmbPerMwh: hourly.tariff[sl.d]!.multiplier[h]! * hourly.flatRmbPerMwh[y]!,
          band: hourly.tariff[sl.d]!.band[h]!,
        });
      }
    }
  }
  return rows;
}

