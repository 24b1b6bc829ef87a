/**
 * Plan comparison: one small bar chart per metric (cost, emissions, capex, shadow price, offsets),
 * runs side by side on the same axis in every panel; a metric with no non-zero value says so
 * instead of drawing an empty axis.
 */
import type { PlanComparisonRow } from './rows/types.ts';
import { hasValues, measuredLimit, noValuesChart, noValuesMark } from './sizing.ts';
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
  if (rows.length === 0) return noValuesChart(TITLES.plan_comparison, options);
  const runs = rows.map((r) => r.run);
  const values = rows.map((r) => Object.fromEntries([['run', r.run], ...METRICS.map((m) => [m.field, m.pick(r)])]));
  const colour = { domain: runs, range: runs.map((_, i) => PALETTE[i % PALETTE.length]!) };
  const width = options?.width ?? 200;
  const height = options?.height ?? 180;
  // Rotated −30°: the label area is the labels' measured width (up to 200 px), the same in every panel.
  const labelLimit = measuredLimit(runs, { max: 200 });
  return {
    ...frame(TITLES.plan_comparison, options),
    data: { values },
    columns: options?.columns ?? 3,
    concat: METRICS.map((m) => {
      const title = { text: tr(lang, m.title), fontSize: 12, fontWeight: 'normal' as const };
      if (!hasValues(rows.map(m.pick))) return { title, width, height, ...noValuesMark(lang, width, height) };
      return {
        title,
        width,
        height,
        mark: { type: 'bar' as const },
        encoding: {
          x: { field: 'run', type: 'nominal' as const, sort: runs, scale: { domain: runs }, title: tr(lang, UNITS.run), axis: { labelAngle: -30, labelLimit } },
          y: { field: m.field, type: 'quantitative' as const, title: null },
          color: { field: 'run', type: 'nominal' as const, scale: colour, legend: null },
          tooltip: [{ field: 'run', type: 'nominal' as const }, { field: m.field, type: 'quantitative' as const, format: m.format }],
        },
      };
    }),
  };
}
