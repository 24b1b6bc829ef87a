/** Final energy by source and year: grid (conventional, green power, certificates), on-site, fuels by carrier. */
import { ENERGY_SOURCE_LABELS, labelOf } from './labels.ts';
import type { EnergyMixRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { colourScale, distinct, frame, langOf, rank, sizeOf, tr, type ChartOptions, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export function energyMixChart(rows: readonly EnergyMixRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const known = Object.keys(ENERGY_SOURCE_LABELS);
  const ids = distinct(rows.map((r) => r.source)).sort((a, b) => rank(known, a) - rank(known, b));
  const colour = colourScale(ids.map((id) => ({ id, label: labelOf(ENERGY_SOURCE_LABELS, id, lang) })));
  const values = rows.map((r) => ({ year: r.year, source: labelOf(ENERGY_SOURCE_LABELS, r.source, lang), order: ids.indexOf(r.source), mwh: r.mwh }));
  if (!hasValues(values.map((v) => v.mwh))) return noValuesChart(TITLES.energy_mix, options);
  return {
    ...frame(TITLES.energy_mix, options),
    ...sizeOf(options),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 } },
      y: { field: 'mwh', type: 'quantitative', stack: 'zero', title: tr(lang, UNITS.energyMwh) },
      color: { field: 'source', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
      order: { field: 'order' },
      tooltip: [{ field: 'year' }, { field: 'source' }, { field: 'mwh', format: ',.0f' }],
    },
  };
}
