/**
 * Abatement wedges: remaining net emissions at the bottom, each lever's avoided emissions stacked
 * on top, so the stack reaches the baseline (drawn as a dashed line).
 */
import { EMISSION_SERIES, WEDGE_LABELS, labelOf } from './labels.ts';
import type { AbatementWedgeRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { colourScale, distinct, frame, langOf, sizeOf, tr, type ChartOptions, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export function abatementWedgesChart(rows: readonly AbatementWedgeRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const wedgeLabel = (r: AbatementWedgeRow) => (lang === 'zh' ? r.nameZh : r.nameEn) ?? labelOf(WEDGE_LABELS, r.wedge, lang);
  // Levers that avoid nothing in any year stay out of the legend (their rows add zero).
  const wedges = distinct(rows.map((r) => r.wedge)).filter((id) => id === 'net_emissions' || rows.some((r) => r.wedge === id && r.tco2 !== 0));
  const baselineLabel = tr(lang, EMISSION_SERIES.baseline);
  const series = [...wedges.map((id) => ({ id, label: wedgeLabel(rows.find((r) => r.wedge === id)!) })), { id: 'baseline', label: baselineLabel }];
  const values = rows.filter((r) => wedges.includes(r.wedge)).map((r) => ({ year: r.year, wedge: wedgeLabel(r), order: wedges.indexOf(r.wedge), tco2: r.tco2 }));
  const totals = distinct(rows.map((r) => r.year)).map((year) => ({
    year,
    series: baselineLabel,
    tco2: rows.filter((r) => r.year === year).reduce((s, r) => s + r.tco2, 0),
  }));
  const colour = colourScale(series);
  const x = { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 }, scale: { padding: 0 } } as const;
  if (!hasValues(rows.map((r) => r.tco2))) return noValuesChart(TITLES.abatement_wedges, options);
  return {
    ...frame(TITLES.abatement_wedges, options),
    ...sizeOf(options),
    layer: [
      {
        data: { values },
        mark: { type: 'area', opacity: 0.9, line: { strokeWidth: 0.5, color: 'white' } },
        encoding: {
          x,
          y: { field: 'tco2', type: 'quantitative', stack: 'zero', title: tr(lang, UNITS.avoidedTco2) },
          color: { field: 'wedge', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
          order: { field: 'order' },
          tooltip: [{ field: 'year' }, { field: 'wedge' }, { field: 'tco2', format: ',.1f' }],
        },
      },
      {
        data: { values: totals },
        mark: { type: 'line', strokeDash: [6, 4], point: true },
        encoding: {
          x,
          y: { field: 'tco2', type: 'quantitative' },
          color: { field: 'series', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
          tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }],
        },
      },
    ],
  };
}
