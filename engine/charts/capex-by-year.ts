/** Cash capex by year, stacked by measure category. */
import { MEASURE_CATEGORY_LABELS, labelOf } from './labels.ts';
import type { CapexRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { MRMB, colourScale, distinct, frame, langOf, rank, sizeOf, tr, type ChartOptions, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export function capexByYearChart(rows: readonly CapexRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const known = Object.keys(MEASURE_CATEGORY_LABELS);
  const ids = distinct(rows.map((r) => r.category)).sort((a, b) => rank(known, a) - rank(known, b));
  const colour = colourScale(ids.map((id) => ({ id, label: labelOf(MEASURE_CATEGORY_LABELS, id, lang) })));
  const values = rows.map((r) => ({
    year: r.year,
    category: labelOf(MEASURE_CATEGORY_LABELS, r.category, lang),
    order: ids.indexOf(r.category),
    capexMrmb: r.capexRmb / MRMB,
  }));
  if (!hasValues(values.map((v) => v.capexMrmb))) return noValuesChart(TITLES.capex_by_year, options);
  return {
    ...frame(TITLES.capex_by_year, options),
    ...sizeOf(options),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 } },
      y: { field: 'capexMrmb', type: 'quantitative', stack: 'zero', title: tr(lang, UNITS.capexMrmb) },
      color: { field: 'category', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
      order: { field: 'order' },
      tooltip: [{ field: 'year' }, { field: 'category' }, { field: 'capexMrmb', format: ',.2f' }],
    },
  };
}

