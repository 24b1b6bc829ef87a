/**
 * Benchmark charts: the history of chosen figures across runs (relative to their first run, log
 * scale, so times, rates and memory share one axis) and scaling curves (a figure against problem
 * size per series, log–log).
 */
import type { BenchmarkHistoryRow, BenchmarkScalingRow } from './rows/types.ts';
import { frame, sizeOf, type ChartOptions, type Spec, type Text } from './theme.ts';

export function benchmarkHistoryChart(rows: readonly BenchmarkHistoryRow[], options?: ChartOptions): Spec {
  const title: Text = { en: 'Benchmark history (relative to the first run; above 1 = slower)', zh: '基准测试历史(相对首次运行;大于1为变慢)' };
  return {
    ...frame(title, options),
    ...sizeOf(options),
    data: { values: rows.map((r) => ({ ...r, run: `${r.timestamp.slice(0, 16).replace('T', ' ')} ${r.commit}` })) },
    layer: [
      { mark: { type: 'rule', color: '#888888', strokeDash: [4, 4] }, encoding: { y: { datum: 1 } } },
      {
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'run', type: 'ordinal', title: 'Run', sort: { field: 'timestamp' }, axis: { labelAngle: -30 } },
          y: { field: 'relative', type: 'quantitative', title: 'Relative to first run', scale: { type: 'log', nice: false, padding: 12 } },
          color: { field: 'figure', type: 'nominal', title: null },
          tooltip: [{ field: 'figure' }, { field: 'run' }, { field: 'relative', format: '.3f' }],
        },
      },
    ],
  };
}

export interface ScalingChartOptions extends ChartOptions {
  readonly xTitle: string;
  readonly yTitle: string;
}

export function benchmarkScalingChart(rows: readonly BenchmarkScalingRow[], options: ScalingChartOptions): Spec {
  const title: Text = { en: 'Scaling', zh: '扩展性' };
  return {
    ...frame(title, options),
    ...sizeOf(options),
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'size', type: 'quantitative', title: options.xTitle, scale: { type: 'log', nice: false, padding: 12 } },
      y: { field: 'value', type: 'quantitative', title: options.yTitle, scale: { type: 'log', nice: false, padding: 12 } },
      color: { field: 'series', type: 'nominal', title: null },
      tooltip: [{ field: 'series' }, { field: 'size', format: ',' }, { field: 'value', format: ',.3~f' }],
    },
  };
}
