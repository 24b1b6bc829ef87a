/** Plan comparison: one small bar chart per metric (cost, emissions, capex, shadow price, offsets), runs side by side. */
import type { PlanComparisonRow } from './rows/types.ts';
import { MRMB, PALETTE, frame, langOf, tr, type ChartOptions, type Spec, type Text } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

const METRICS: ReadonlyArray<{ readonly field: string; readonly title: Text; readonly pick: (r: PlanComparisonRow) => number | null; readonly format: string }> = [
  { field: 'costMrmb', title: UNITS.totalCostMrmb, pick: (r) => (r.costRmb === null ? null : r.costRmb / MRMB), format: ',.2f' },
  { field: 'netTco2', title: UNITS.targetNetTco2, pick: (r) => r.netTco2, format: ',.1f' },
  { field: 'capexMrmb', title: UNITS.totalCapexMrmb, pick: (r) => r.capexRmb / MRMB, format: ',.2f' },
  { field: 'shadowPrice', title: UNITS.shadowPrice, pick: (r) => r.shadowPriceRmbPerTco2, format: ',.0f' },
  { field: 'offsetsTco2', title: UNITS.offsetsTco2, pick: (r) => r.offsetsTco2, format: ',.1f' },
];

/** `width` and `height` are each panel's (defaults 200 × 180); `columns` panels per row (default 3). */
export function planComparisonChart(rows: readonly PlanComparisonRow[], options?: ChartOptions & { readonly columns?: number }): Spec {
  const lang = langOf(options);
  const runs = rows.map((r) => r.run);
  const values = rows.map((r) => Object.fromEntries([['run', r.run], ...METRICS.map((m) => [m.field, m.pick(r)])]));
  const colour = { domain: runs, range: runs.map((_, i) => PALETTE[i % PALETTE.length]!) };
  const width = options?.width ?? 200;
  const height = options?.height ?? 180;
  return {
    ...frame(TITLES.plan_comparison, options),
    data: { values },
    columns: options?.columns ?? 3,
    concat: METRICS.map((m) => ({
      title: { text: tr(lang, m.title), fontSize: 12, fontWeight: 'normal' as const },
      width,
      height,
      transform: [{ filter: `isValid(datum['${m.field}'])` }],
      mark: { type: 'bar' as const },
      encoding: {
        x: { field: 'run', type: 'nominal' as const, sort: runs, title: tr(lang, UNITS.run), axis: { labelAngle: -30, labelLimit: 120 } },
        y: { field: m.field, type: 'quantitative' as const, title: null },
        color: { field: 'run', type: 'nominal' as const, scale: colour, legend: null },
        tooltip: [{ field: 'run', type: 'nominal' as const }, { field: m.field, type: 'quantitative' as const, format: m.format }],
      },
    })),
  };
}
