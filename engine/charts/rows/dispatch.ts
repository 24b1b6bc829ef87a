/** Rows for the dispatch chart: one representative day of one year of a plan solved on representative days. */
import type { DispatchRow } from '../../results/hourly/types.ts';
import type { FactoryPlan } from '../../optimise/types.ts';
import type { DispatchChartRows } from './types.ts';

const EPS = 1e-6;

/** The day drawn when none is asked for: a summer working day (Jul), else the first day. */
export function defaultDispatchDay(plan: Pick<FactoryPlan, 'hourly'>): string | null {
  const days = plan.hourly?.days ?? [];
  const summer = days.find((d) => d.dayType === 'workday' && d.months.includes(7));
  return (summer ?? days[0])?.id ?? null;
}

/** Supply (positive), charge and export (negative), load, state of charge and the price band of every hour. */
export function dispatchRows(plan: Pick<FactoryPlan, 'hourly'>, o: { year?: number; day?: string } = {}): DispatchChartRows | null {
  const h = plan.hourly;
  if (h === undefined || h === null || h.dispatch.length === 0) return null;
  const year = o.year ?? Math.max(...h.dispatch.map((r) => r.year));
  const day = o.day ?? defaultDispatchDay(plan);
  const hours = h.dispatch.filter((r) => r.year === year && r.day === day).sort((a, b) => a.hour - b.hour);
  if (hours.length === 0) return null;
  const flows: Array<DispatchChartRows['flows'][number]> = [];
  const push = (r: DispatchRow, series: string, mw: number) => {
    if (Math.abs(mw) > EPS) flows.push({ hour: r.hour, series, mw });
  };
  for (const r of hours) {
    push(r, 'grid', r.gridMw);
    // Curtailed output is taken from PV and wind in proportion to what each made.
    const used = r.pvMw + r.windMw > EPS ? 1 - r.curtailedMw / (r.pvMw + r.windMw) : 0;
    push(r, 'pv', r.pvMw * used);
    push(r, 'wind', r.windMw * used);
    push(r, 'discharge', r.dischargeMw);
    push(r, 'charge', -r.chargeMw);
    push(r, 'export', -r.exportMw);
  }
  return {
    year,
    day: day!,
    flows,
    load: hours.map((r) => ({ hour: r.hour, mw: r.loadMw })),
    soc: hours.map((r) => ({ hour: r.hour, mwh: r.socMwh })),
    bands: hours.map((r) => ({ hour: r.hour, band: r.band, priceRmbPerMwh: r.priceRmbPerMwh })),
  };
}
