/** Monte Carlo fan chart: the P5–P95 band and the median line per year. */
import type { FanMetric } from './rows/simulation.ts';
import type { FanRow } from './rows/types.ts';
import { noValuesChart } from './sizing.ts';
import { MRMB, frame, langOf, sizeOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export interface FanChartOptions extends ChartOptions {
  /** What the rows hold: net emissions in tCO2 (default) or yearly cost in RMB. */
  readonly metric?: FanMetric;
}

const BAND: Text = { en: 'P5–P95', zh: 'P5–P95区间' };
const MEDIAN: Text = { en: 'Median (P50)', zh: '中位数(P50)' };

export function mcFanChart(rows: readonly FanRow[], options?: FanChartOptions): Spec {
  const lang = langOf(options);
  const cost = options?.metric === 'cost';
  const k = cost ? 1 / MRMB : 1;
  const values = rows.map((r) => ({ year: r.year, p5: r.p5 * k, p50: r.p50 * k, p95: r.p95 * k }));
  const x = { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 }, scale: { padding: 0.2 } } as const;
  const title = tr(lang, cost ? UNITS.costByYearMrmb : UNITS.netTco2);
  const fmt = cost ? ',.2f' : ',.1f';
  const colour = { domain: [tr(lang, BAND), tr(lang, MEDIAN)], range: ['#4e79a7', '#222222'] };
  if (values.length === 0) return noValuesChart(TITLES.mc_fan, options);
  return {
    ...frame(TITLES.mc_fan, options),
    ...sizeOf(options),
    data: { values },
    layer: [
      {
        mark: { type: 'area', opacity: 0.3 },
        encoding: {
          x,
          y: { field: 'p5', type: 'quantitative', title },
          y2: { field: 'p95' },
          color: { datum: tr(lang, BAND), type: 'nominal', title: null, scale: colour },
          tooltip: [{ field: 'year' }, { field: 'p5', format: fmt }, { field: 'p50', format: fmt }, { field: 'p95', format: fmt }],
        },
      },
      {
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { field: 'p50', type: 'quantitative' },
          color: { datum: tr(lang, MEDIAN), type: 'nominal' },
          tooltip: [{ field: 'year' }, { field: 'p50', format: fmt }],
        },
      },
    ],
  };
}
