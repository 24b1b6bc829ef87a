/**
 * Dispatch of one representative day: supply stacked by source above zero (grid, PV, wind, battery
 * discharge), battery charge and exports below, the load as a line, the tariff band of each hour as
 * a shaded background, and the battery's state of charge on a second axis.
 */
import { DISPATCH_SERIES, TOU_BAND_LABELS, labelOf } from './labels.ts';
import type { DispatchChartRows } from './rows/types.ts';
import { frame, langOf, sizeOf, tr, type ChartOptions, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

const BAND_COLOURS: Readonly<Record<string, string>> = { critical: '#d62728', peak: '#ff9896', flat: '#f0f0f0', valley: '#c6dbef' };
const BANDS = ['critical', 'peak', 'flat', 'valley'] as const;
const FLOW_COLOURS: Readonly<Record<string, string>> = {
  grid: '#7f7f7f', pv: '#f2b701', wind: '#4e79a7', discharge: '#59a14f', charge: '#8cd17d', export: '#e15759',
};

/** Stack each hour's flows from zero, up for supply and down for charge and exports, in series order. */
function stacked(rows: DispatchChartRows, ids: readonly string[]) {
  const up = new Map<number, number>();
  const down = new Map<number, number>();
  return [...rows.flows]
    .sort((a, b) => a.hour - b.hour || ids.indexOf(a.series) - ids.indexOf(b.series))
    .map((f) => {
      const side = f.mw >= 0 ? up : down;
      const from = side.get(f.hour) ?? 0;
      side.set(f.hour, from + f.mw);
      return { hour: f.hour + 0.05, end: f.hour + 0.95, series: f.series, from, to: from + f.mw, mw: f.mw };
    });
}

export function dispatchChart(rows: DispatchChartRows, options?: ChartOptions): Spec {
  const lang = langOf(options);
  const ids = Object.keys(DISPATCH_SERIES);
  const flowIds = ids.filter((id) => id !== 'load' && rows.flows.some((f) => f.series === id));
  const colour = { domain: flowIds.map((id) => labelOf(DISPATCH_SERIES, id, lang)), range: flowIds.map((id) => FLOW_COLOURS[id]!) };
  const series = (id: string) => labelOf(DISPATCH_SERIES, id, lang);
  const present = BANDS.filter((b) => rows.bands.some((r) => r.band === b));
  const bandLabels = present.map((b) => labelOf(TOU_BAND_LABELS, b, lang));
  const x = { field: 'hour', type: 'quantitative' as const, title: tr(lang, UNITS.hourOfDay), scale: { domain: [0, 24] }, axis: { tickCount: 12 } };
  const mw = { type: 'quantitative' as const, title: tr(lang, UNITS.powerMw) };
  const frameOptions = { ...options, subtitle: `${options?.subtitle ?? ''}${options?.subtitle ? ' · ' : ''}${rows.day}, ${rows.year}` };
  return {
    ...frame(TITLES.dispatch, frameOptions),
    ...sizeOf(options),
    layer: [
      {
        layer: [
      {
        data: { values: rows.bands.map((b) => ({ hour: b.hour, end: b.hour + 1, band: labelOf(TOU_BAND_LABELS, b.band, lang), price: b.priceRmbPerMwh })) },
        mark: { type: 'rect', opacity: 0.35 },
        encoding: {
          x,
          x2: { field: 'end' },
          color: { field: 'band', type: 'nominal', title: tr(lang, UNITS.tariffBand), scale: { domain: bandLabels, range: present.map((b) => BAND_COLOURS[b]!) } },
          tooltip: [{ field: 'hour' }, { field: 'band' }, { field: 'price', format: ',.0f' }],
        },
      },
      {
        data: { values: stacked(rows, ids).map((f) => ({ ...f, series: series(f.series) })) },
        mark: { type: 'rect' },
        encoding: {
          x,
          x2: { field: 'end' },
          y: { field: 'from', ...mw },
          y2: { field: 'to' },
          color: { field: 'series', type: 'nominal', title: null, scale: colour, sort: colour.domain },
          tooltip: [{ field: 'hour' }, { field: 'series' }, { field: 'mw', format: ',.2f' }],
        },
      },
      {
        data: { values: rows.load.flatMap((l) => [{ hour: l.hour, mw: l.mw, series: series('load') }, { hour: l.hour + 1, mw: l.mw, series: series('load') }]) },
        mark: { type: 'line', color: '#222222', strokeWidth: 2 },
        encoding: { x, y: { field: 'mw', ...mw }, tooltip: [{ field: 'hour' }, { field: 'mw', format: ',.2f' }] },
      },
        ],
        // Bands and flows have their own colours; the flows and the load share the power axis.
        resolve: { scale: { color: 'independent' } },
      },
      {
        data: { values: [{ hour: 0, mwh: rows.soc[rows.soc.length - 1]?.mwh ?? 0 }, ...rows.soc.map((s) => ({ hour: s.hour + 1, mwh: s.mwh }))] },
        mark: { type: 'line', color: '#6a3d9a', strokeDash: [4, 3], point: { size: 12, color: '#6a3d9a' } },
        encoding: {
          x,
          y: { field: 'mwh', type: 'quantitative', title: tr(lang, UNITS.stateOfChargeMwh), axis: { orient: 'right' } },
          tooltip: [{ field: 'hour' }, { field: 'mwh', format: ',.2f' }],
        },
      },
    ],
    resolve: { scale: { y: 'independent', color: 'independent' } },
  };
}
