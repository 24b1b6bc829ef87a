/** Emissions pathway: Scope 1 and 2 stacked up, offsets below zero, net emissions and the cap path as lines. */
import { EMISSION_SERIES } from './labels.ts';
import type { EmissionsPathwayRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { colourScale, frame, langOf, sizeOf, tr, type ChartOptions, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export function emissionsPathwayChart(rows: readonly EmissionsPathwayRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const label = (id: keyof typeof EMISSION_SERIES) => tr(lang, EMISSION_SERIES[id]);
  const bars = rows.flatMap((r) => [
    { year: r.year, series: label('scope1'), order: 0, tco2: r.scope1Tco2 },
    { year: r.year, series: label('scope2'), order: 1, tco2: r.scope2Tco2 },
    { year: r.year, series: label('offsets'), order: 2, tco2: -r.offsetsTco2 },
  ]);
  const net = rows.map((r) => ({ year: r.year, series: label('net'), tco2: r.netTco2 }));
  const cap = rows.flatMap((r) => (r.capTco2 === null ? [] : [{ year: r.year, series: label('cap'), tco2: r.capTco2 }]));
  const colour = colourScale((['scope1', 'scope2', 'offsets', 'net', 'cap'] as const).map((id) => ({ id, label: label(id) })));
  const x = { field: 'year', type: 'ordinal', title: tr(lang, UNITS.year), axis: { labelAngle: 0 } } as const;
  const y = { field: 'tco2', type: 'quantitative', title: tr(lang, UNITS.emissionsTco2) } as const;
  const color = { field: 'series', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) } as const;
  if (!hasValues([...bars, ...net, ...cap].map((v) => v.tco2))) return noValuesChart(TITLES.emissions_pathway, options);
  return {
    ...frame(TITLES.emissions_pathway, options),
    ...sizeOf(options),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', opacity: 0.85 },
        encoding: { x, y: { ...y, stack: 'zero' }, color, order: { field: 'order' }, tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }] },
      },
      {
        data: { values: net },
        mark: { type: 'line', point: true },
        encoding: { x, y, color, tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }] },
      },
      {
        data: { values: cap },
        mark: { type: 'line', strokeDash: [6, 4], point: { shape: 'diamond', size: 50 } },
        encoding: { x, y, color, tooltip: [{ field: 'year' }, { field: 'series' }, { field: 'tco2', format: ',.1f' }] },
      },
    ],
  };
}
