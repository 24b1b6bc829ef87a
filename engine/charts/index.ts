/** Charts: pure functions from tidy rows to Vega-Lite specs, the rows adapters, the registry and rendering. */
export { abatementWedgesChart } from './abatement-wedges.ts';
export { benchmarkHistoryChart, benchmarkScalingChart, type ScalingChartOptions } from './benchmark.ts';
export { capexByYearChart } from './capex-by-year.ts';
export { costWaterfallChart, waterfallSteps } from './cost-waterfall.ts';
export { emissionsPathwayChart } from './emissions-pathway.ts';
export { energyMixChart } from './energy-mix.ts';
export { loanScheduleChart, type LoanChartOptions } from './loan-schedule.ts';
export { macBars, macCurveChart, type MacChartOptions } from './mac-curve.ts';
export { mcFanChart, type FanChartOptions } from './mc-fan.ts';
export { mcHistogramChart } from './mc-histogram.ts';
export { planComparisonChart } from './plan-comparison.ts';
export { productFootprintChart, productFootprintRows, type FootprintRow } from './product-footprint.ts';
export { planVsActualChart, TRACKING_SERIES, VARIANCE_WEDGE_LABELS } from './plan-vs-actual.ts';
export { rolloutPathwayChart } from './rollout-pathway.ts';
export { tornadoChart, type TornadoChartOptions } from './tornado.ts';
export * from './rows/types.ts';
export { planComparisonRows, type ComparisonRun } from './rows/comparison.ts';
export { loanRows, loanScheduleRows } from './rows/finance.ts';
export { abatementWedgeRows, capexRows, costWaterfallRows, emissionsPathwayRows, energyMixRows, macRows } from './rows/plan.ts';
export { rolloutPathwayRows } from './rows/rollout.ts';
export { trackingPathRows, varianceWedgeRows, type TrackChartInput } from './rows/tracking.ts';
export { mcFanRows, mcHistogramRows, tornadoRows, type FanMetric, type TornadoMetric } from './rows/simulation.ts';
export {
  CHART_KINDS,
  CHART_KIND_IDS,
  buildChart,
  chartKindsFor,
  isChartKind,
  type BuildChartOptions,
  type ChartKind,
  type ChartKindInfo,
  type ChartSource,
  type ChartSourceKind,
} from './registry.ts';
export { compileSpec, renderPng, renderSvg, svgToPng, type CompileOptions, type PngOptions } from './render.ts';
export { installTextMetrics, textWidth } from './text-metrics.ts';
export { fontFiles } from './font.ts';
export { FONT_FAMILY, FONT_STACK, VEGA_LITE_SCHEMA, type ChartOptions, type Lang, type Spec } from './theme.ts';
