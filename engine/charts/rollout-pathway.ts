/** Sector rollout: net emissions by year, stacked by sector. */
import { SECTOR_LABELS, labelOf } from './labels.ts';
import type { RolloutPathwayRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { colourScale, distinct, frame, langOf, rank, sizeOf, tr, type ChartOptions, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export function rolloutPathwayChart(rows: readonly RolloutPathwayRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const known = Object.keys(SECTOR_LABELS);
  const ids = distinct(rows.map((r) => r.sector)).sort((a, b) => rank(known, a) - rank(known, b));
  const colour = colourScale(ids.map((id) => ({ id, label: labelOf(SECTOR_LABELS, id, lang) })));
  const values = rows.map((r) => ({ year: r.year, sector: labelOf(SECTOR_LABELS, r.sector, lang), order: ids.indexOf(r.sector), netTco2: r.netTco2 }));
  if (!hasValues(values.map((v) => v.netTco2))) return noValuesChart(TITLES.rollout_pathway, options);
  return {
    ...frame(TITLES.rollout_pathway, options),
    ...sizeOf(options),
    data: { values },
    mark: { type: 'area', opacity: 0.9, line: { strokeWidth: 0.5, color: 'white' } },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 }, scale: { padding: 0 } },
      y: { field: 'netTco2', type: 'quantitative', stack: 'zero', title: tr(lang, UNITS.netTco2) },
      color: { field: 'sector', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
      order: { field: 'order' },
      tooltip: [{ field: 'year' }, { field: 'sector' }, { field: 'netTco2', format: ',.0f' }],
    },
  };
}
