/** Distribution of the total cost over Monte Carlo draws, with P5, P50 and P95 marked. */
import { quantiles } from '../simulation/summarise.ts';
import type { HistogramRow } from './rows/types.ts';
import { noValuesChart } from './sizing.ts';
import { MRMB, frame, langOf, sizeOf, tr, type ChartOptions, type Layer, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export function mcHistogramChart(rows: readonly HistogramRow[], options?: ChartOptions & { readonly maxBins?: number }): Spec {
  const lang = langOf(options);
  const values = rows.map((r) => ({ draw: r.draw, costMrmb: r.totalCostRmb / MRMB }));
  const marks: Layer[] = [];
  if (values.length > 0) {
    const q = quantiles(values.map((v) => v.costMrmb));
    marks.push({
      data: { values: [{ q: 'P5', costMrmb: q.p5 }, { q: 'P50', costMrmb: q.p50 }, { q: 'P95', costMrmb: q.p95 }] },
      layer: [
        { mark: { type: 'rule', color: '#e15759', strokeDash: [4, 3] }, encoding: { x: { field: 'costMrmb', type: 'quantitative' } } },
        {
          mark: { type: 'text', color: '#e15759', y: 0, dy: -6, baseline: 'bottom', fontSize: 10 },
          encoding: { x: { field: 'costMrmb', type: 'quantitative' }, text: { field: 'q', type: 'nominal' } },
        },
      ],
    });
  }
  if (values.length === 0) return noValuesChart(TITLES.mc_histogram, options);
  return {
    ...frame(TITLES.mc_histogram, options),
    ...sizeOf(options),
    layer: [
      {
        data: { values },
        mark: { type: 'bar', color: '#4e79a7', opacity: 0.85 },
        encoding: {
          x: { field: 'costMrmb', type: 'quantitative', bin: { maxbins: options?.maxBins ?? 30 }, title: tr(lang, UNITS.totalCostMrmb) },
          y: { aggregate: 'count', type: 'quantitative', title: tr(lang, UNITS.draws), axis: { tickMinStep: 1, format: 'd' } },
        },
      },
      ...marks,
    ],
  };
}
