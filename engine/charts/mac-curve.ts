/**
 * Marginal abatement cost curve: one bar per measure, cheapest first; the bar's width is its
 * abatement (x from the cumulative abatement before it to that plus its own, as x/x2) and its
 * height its cost per tonne.
 */
import { MEASURE_CATEGORY_LABELS, labelOf } from './labels.ts';
import type { MacRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { colourScale, distinct, frame, langOf, rank, sizeOf, tr, type ChartOptions, type Layer, type Spec, type Text } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

export interface MacChartOptions extends ChartOptions {
  /** A price to draw across the curve, e.g. the plan's carbon shadow price (RMB/tCO2). */
  readonly referencePriceRmbPerTco2?: number | null;
  /** Its label (default "Carbon shadow price"). */
  readonly referenceLabel?: string;
}

const SHADOW_PRICE: Text = { en: 'Carbon shadow price', zh: '影子碳价' };

/** The bars in drawing order with their x extent: x1 − x0 is the measure's abatement. */
export function macBars(rows: readonly MacRow[]): Array<MacRow & { readonly x0: number; readonly x1: number }> {
  const sorted = rows.filter((r) => r.abatementTco2PerYear > 0).sort((a, b) => a.costRmbPerTco2 - b.costRmbPerTco2);
  let at = 0;
  return sorted.map((r) => {
    const bar = { ...r, x0: at, x1: at + r.abatementTco2PerYear };
    at = bar.x1;
    return bar;
  });
}

export function macCurveChart(rows: readonly MacRow[], options?: MacChartOptions): Spec {
  const lang = langOf(options);
  const bars = macBars(rows);
  const known = Object.keys(MEASURE_CATEGORY_LABELS);
  const categories = distinct(bars.map((b) => b.category)).sort((a, b) => rank(known, a) - rank(known, b));
  const colour = colourScale(categories.map((id) => ({ id, label: labelOf(MEASURE_CATEGORY_LABELS, id, lang) })));
  const values = bars.map((b) => ({
    measure: lang === 'zh' ? b.nameZh : b.nameEn,
    category: labelOf(MEASURE_CATEGORY_LABELS, b.category, lang),
    costRmbPerTco2: b.costRmbPerTco2,
    abatementTco2PerYear: b.abatementTco2PerYear,
    x0: b.x0,
    x1: b.x1,
  }));
  const price = options?.referencePriceRmbPerTco2;
  const reference: Layer[] =
    price === undefined || price === null || !Number.isFinite(price)
      ? []
      : [
          {
            data: { values: [{ price, label: options?.referenceLabel ?? `${tr(lang, SHADOW_PRICE)}: ${price.toFixed(0)}` }] },
            layer: [
              { mark: { type: 'rule', color: '#e15759', strokeDash: [6, 4] }, encoding: { y: { field: 'price', type: 'quantitative' } } },
              {
                mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: '#e15759', x: 'width' },
                encoding: { y: { field: 'price', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
              },
            ],
          },
        ];
  if (bars.length === 0) return noValuesChart(TITLES.mac_curve, options);
  return {
    ...frame(TITLES.mac_curve, options),
    ...sizeOf(options),
    layer: [
      {
        data: { values },
        mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'x0', type: 'quantitative', title: tr(lang, UNITS.cumulativeAbatement) },
          x2: { field: 'x1' },
          y: { field: 'costRmbPerTco2', type: 'quantitative', title: tr(lang, UNITS.macCost) },
          y2: { datum: 0 },
          color: { field: 'category', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
          tooltip: [
            { field: 'measure', type: 'nominal' },
            { field: 'category', type: 'nominal' },
            { field: 'costRmbPerTco2', type: 'quantitative', format: ',.0f' },
            { field: 'abatementTco2PerYear', type: 'quantitative', format: ',.1f' },
          ],
        },
      },
      ...reference,
    ],
  };
}
