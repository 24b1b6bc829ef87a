/**
 * Plan vs actual: above, net emissions of the original plan, the actual years, the re-plan from the
 * last actual year and the cap path; below, each tracked year's variance against the plan in wedges
 * (volume, energy use, on-site generation, green purchases, factor, offsets) stacked around zero,
 * with their sum (actual − plan) as a point.
 */
import type { TrackingPathRow, VarianceWedgeRow } from './rows/types.ts';
import { colourScale, frame, langOf, sizeOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

const t = (en: string, zh: string): Text => ({ en, zh });

export const TRACKING_SERIES: Readonly<Record<TrackingPathRow['series'], Text>> = {
  plan: t('Original plan', '原计划'),
  actual: t('Actual (metered)', '实际(计量)'),
  replan: t('Re-plan from the actual state', '基于实际状态的滚动优化'),
  cap: t('Cap / target path', '排放上限/目标路径'),
};

export const VARIANCE_WEDGE_LABELS: Readonly<Record<string, Text>> = {
  volume: t('Output volume', '产量变化'),
  energy_use: t('Energy use (efficiency, mix)', '用能(能效与结构)'),
  onsite_generation: t('On-site generation (timing, yield)', '自发电量(投运时间与发电量)'),
  green_purchases: t('Green power and certificates', '绿电与绿证'),
  factor: t('Emission factors', '排放因子'),
  offsets: t('Offsets retired', '已注销抵消量'),
  total: t('Actual − plan', '实际 − 计划'),
};

export function planVsActualChart(paths: readonly TrackingPathRow[], wedges: readonly VarianceWedgeRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const { width, height } = sizeOf(options);
  const years = [...new Set(paths.map((r) => r.year))].sort((a, b) => a - b);
  const label = (id: TrackingPathRow['series']) => tr(lang, TRACKING_SERIES[id]);
  const wedgeLabel = (id: string) => tr(lang, VARIANCE_WEDGE_LABELS[id] ?? t(id, id));
  const seriesColour = colourScale((['plan', 'actual', 'replan', 'cap'] as const).map((id) => ({ id: id === 'plan' ? 'net' : id === 'actual' ? 'actual_net' : id, label: label(id) })));
  const wedgeIds = [...new Set(wedges.map((w) => w.wedge))];
  const wedgeColour = colourScale(wedgeIds.map((id) => ({ id: `variance_${id}`, label: wedgeLabel(id) })));
  const x = { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), scale: { domain: years }, axis: { labelAngle: 0 } } as const;
  const yPath = { field: 'tco2', type: 'quantitative', title: tr(lang, UNITS.netTco2) } as const;
  const seriesColor = { field: 'series', type: 'nominal', title: null, scale: seriesColour, sort: seriesColour.domain } as const;
  interface LineStyle {
    readonly strokeDash?: number[];
    readonly point?: { readonly shape: 'diamond'; readonly size: number };
    readonly opacity?: number;
    readonly strokeWidth?: number;
  }
  const line = (series: TrackingPathRow['series'], style: LineStyle) => ({
    data: { values: paths.filter((r) => r.series === series).map((r) => ({ ...r, series: label(series) })) },
    mark: { type: 'line' as const, point: true, ...style },
    encoding: { x, y: yPath, color: seriesColor, tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }] },
  });
  const totals = [...new Set(wedges.map((w) => w.year))].map((year) => ({
    year,
    series: wedgeLabel('total'),
    tco2: wedges.filter((w) => w.year === year).reduce((s, w) => s + w.tco2, 0),
  }));
  return {
    ...frame(TITLES.plan_vs_actual, options),
    vconcat: [
      {
        width,
        height,
        layer: [line('cap', { strokeDash: [6, 4], point: { shape: 'diamond', size: 50 } }), line('plan', { opacity: 0.7 }), line('replan', { strokeDash: [2, 2] }), line('actual', { strokeWidth: 3 })],
      },
      {
        width,
        height: Math.round(height * 0.6),
        layer: [
          {
            data: { values: wedges.map((w) => ({ year: w.year, series: wedgeLabel(w.wedge), tco2: w.tco2 })) },
            mark: { type: 'bar' as const, opacity: 0.85 },
            encoding: {
              x,
              y: { field: 'tco2', type: 'quantitative', stack: 'zero', title: tr(lang, UNITS.varianceTco2) } as const,
              color: { field: 'series', type: 'nominal', title: null, scale: wedgeColour, sort: wedgeColour.domain } as const,
              tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }],
            },
          },
          {
            data: { values: totals },
            mark: { type: 'point' as const, shape: 'diamond', size: 90, filled: true, color: '#222222' },
            encoding: { x, y: { field: 'tco2', type: 'quantitative' } as const, tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }] },
          },
        ],
      },
    ],
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
  };
}
