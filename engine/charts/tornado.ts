/** Tornado: for each input, the change of the result from the base at its low and high value. */
import { UNCERTAIN_INPUT_LABELS } from './labels.ts';
import type { TornadoMetric } from './rows/simulation.ts';
import type { TornadoChartRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { MRMB, colourScale, frame, langOf, sizeOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export interface TornadoChartOptions extends ChartOptions {
  /** What the deltas are: total cost in RMB (default) or the carbon shadow price in RMB/tCO2. */
  readonly metric?: TornadoMetric;
}

const SIDES: Readonly<Record<'low' | 'high', Text>> = {
  low: { en: 'Input at low value', zh: '参数取低值' },
  high: { en: 'Input at high value', zh: '参数取高值' },
};

export function tornadoChart(rows: readonly TornadoChartRow[], options?: TornadoChartOptions): Spec {
  const lang = langOf(options);
  const cost = (options?.metric ?? 'cost') === 'cost';
  const k = cost ? 1 / MRMB : 1;
  const label = (r: TornadoChartRow) => (lang === 'zh' ? (UNCERTAIN_INPUT_LABELS[r.input]?.zh ?? r.label) : r.label);
  const order = rows.map(label);
  const values = rows.flatMap((r) =>
    (['low', 'high'] as const).flatMap((side) => {
      const delta = side === 'low' ? r.lowDelta : r.highDelta;
      return delta === null ? [] : [{ input: label(r), side: tr(lang, SIDES[side]), inputValue: side === 'low' ? r.lowValue : r.highValue, delta: delta * k }];
    }),
  );
  const colour = colourScale((['low', 'high'] as const).map((id) => ({ id, label: tr(lang, SIDES[id]) })));
  const fmt = cost ? ',.2f' : ',.1f';
  if (!hasValues(values.map((v) => v.delta))) return noValuesChart(TITLES.tornado, options);
  return {
    ...frame(TITLES.tornado, options),
    ...sizeOf(options),
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'input', type: 'nominal', sort: order, title: null, axis: { labelLimit: measuredLimit(order) } },
          x: { field: 'delta', type: 'quantitative', title: tr(lang, cost ? UNITS.deltaCostMrmb : UNITS.deltaShadowPrice) },
          color: { field: 'side', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
          tooltip: [{ field: 'input', type: 'nominal' }, { field: 'side', type: 'nominal' }, { field: 'inputValue', type: 'quantitative', format: ',.3~f' }, { field: 'delta', type: 'quantitative', format: fmt }],
        },
      },
      { mark: { type: 'rule', color: '#333333' }, encoding: { x: { datum: 0 } } },
    ],
  };
}
