/** Rows from Monte Carlo and sensitivity results. */
import type { MonteCarloResult } from '../../simulation/monte-carlo.ts';
import type { SensitivityResult } from '../../simulation/sensitivity.ts';
import type { FanRow, HistogramRow, TornadoChartRow } from './types.ts';

export type FanMetric = 'cost' | 'net_emissions';

/** P5/P50/P95 per year of the yearly cost (RMB, each year's money) or of net emissions (tCO2). */
export function mcFanRows(mc: Pick<MonteCarloResult, 'summary'>, metric: FanMetric = 'net_emissions'): FanRow[] {
  const series = metric === 'cost' ? mc.summary.costByYearRmb : mc.summary.netTco2ByYear;
  return series.map((q) => ({ year: q.year, p5: q.p5, p50: q.p50, p95: q.p95 }));
}

/** The discounted total cost of every draw that has a plan. */
export function mcHistogramRows(mc: Pick<MonteCarloResult, 'draws'>): HistogramRow[] {
  return mc.draws.flatMap((d) => (d.totalCostRmb === null ? [] : [{ draw: d.index, totalCostRmb: d.totalCostRmb }]));
}

export type TornadoMetric = 'cost' | 'shadow_price';

/**
 * Change of the total cost (RMB) or of the carbon shadow price (RMB/tCO2) from the base run at each
 * input's low and high value, largest swing first. Without a base value every delta is null.
 */
export function tornadoRows(s: SensitivityResult, metric: TornadoMetric = 'cost'): TornadoChartRow[] {
  const base = metric === 'cost' ? s.baseCostRmb : s.baseShadowPriceRmbPerTco2;
  const delta = (v: number | null): number | null => (v === null || base === null ? null : v - base);
  const rows = s.rows.map((r) => ({
    input: r.input,
    label: r.title,
    lowValue: r.lowValue,
    highValue: r.highValue,
    lowDelta: delta(metric === 'cost' ? r.costLowRmb : r.shadowPriceLowRmbPerTco2),
    highDelta: delta(metric === 'cost' ? r.costHighRmb : r.shadowPriceHighRmbPerTco2),
  }));
  const swing = (r: TornadoChartRow) => Math.abs((r.highDelta ?? 0) - (r.lowDelta ?? 0));
  return rows.sort((a, b) => swing(b) - swing(a));
}
