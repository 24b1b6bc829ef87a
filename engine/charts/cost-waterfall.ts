/** Cost waterfall: each cost category steps up (revenues step down) to the total. */
import { COST_CATEGORY_LABELS, labelOf } from './labels.ts';
import type { CostRow } from './rows/types.ts';
import { hasValues, measuredLegend, measuredLimit, noValuesChart } from './sizing.ts';
import { MRMB, colourScale, frame, langOf, sizeOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

const KINDS: Readonly<Record<'increase' | 'decrease' | 'total', Text>> = {
  increase: { en: 'Cost', zh: '成本' },
  decrease: { en: 'Revenue', zh: '收入' },
  total: { en: 'Total', zh: '合计' },
};

/** The steps: each category from the running total before it to the one after it, then the total from 0. */
export function waterfallSteps(rows: readonly CostRow[]): Array<{ category: string; kind: 'increase' | 'decrease' | 'total'; start: number; end: number }> {
  let at = 0;
  const steps = rows.map((r) => {
    const step = { category: r.category, kind: r.costRmb >= 0 ? ('increase' as const) : ('decrease' as const), start: at, end: at + r.costRmb };
    at = step.end;
    return step;
  });
  return [...steps, { category: 'total', kind: 'total' as const, start: 0, end: at }];
}

export function costWaterfallChart(rows: readonly CostRow[], options?: ChartOptions): Spec {
  const lang = langOf(options);
  const steps = waterfallSteps(rows);
  const values = steps.map((s, order) => ({
    step: s.kind === 'total' ? tr(lang, KINDS.total) : labelOf(COST_CATEGORY_LABELS, s.category, lang),
    kind: tr(lang, KINDS[s.kind]),
    order,
    startMrmb: s.start / MRMB,
    endMrmb: s.end / MRMB,
    amountMrmb: (s.end - s.start) / MRMB,
    top: Math.max(s.start, s.end) / MRMB,
  }));
  const colour = colourScale((['increase', 'decrease', 'total'] as const).filter((k) => steps.some((s) => s.kind === k)).map((id) => ({ id, label: tr(lang, KINDS[id]) })));
  const x = { field: 'step', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelAngle: -30, labelLimit: measuredLimit(values.map((v) => v.step), { max: 200 }) } } as const;
  if (!hasValues(steps.map((s) => s.end - s.start))) return noValuesChart(TITLES.cost_waterfall, options);
  return {
    ...frame(TITLES.cost_waterfall, options),
    ...sizeOf(options),
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x,
          y: { field: 'startMrmb', type: 'quantitative', title: tr(lang, UNITS.costMrmb) },
          y2: { field: 'endMrmb' },
          color: { field: 'kind', type: 'nominal', title: null, scale: colour, sort: colour.domain, legend: measuredLegend(colour.domain) },
          tooltip: [{ field: 'step', type: 'nominal' }, { field: 'amountMrmb', type: 'quantitative', format: ',.2f' }],
        },
      },
      {
        mark: { type: 'text', dy: -6, fontSize: 10, color: '#333333' },
        encoding: { x, y: { field: 'top', type: 'quantitative' }, text: { field: 'amountMrmb', type: 'quantitative', format: ',.1f' } },
      },
    ],
  };
}
