/** Rows of the plan-vs-actual chart from a tracking result (the JSON of `lingtan track` / `POST /v1/track`). */
import type { TrackingPathRow, VarianceWedgeRow } from './types.ts';

/** What the chart reads of a tracking result; `trackJson` output has this shape. */
export interface TrackChartInput {
  readonly trackedYears: readonly number[];
  readonly original: { readonly emissions: ReadonlyArray<{ readonly year: number; readonly netTco2: number; readonly capTco2: number | null }> };
  readonly replan: { readonly fromYear: number; readonly emissions: ReadonlyArray<{ readonly year: number; readonly netTco2: number }> } | null;
  readonly planVsActual: {
    readonly emissions: ReadonlyArray<{ readonly year: number; readonly actualNetTco2: number; readonly wedgesTco2: Readonly<Record<string, number>> }>;
  } | null;
}

export function trackingPathRows(t: TrackChartInput): TrackingPathRow[] {
  const rows: TrackingPathRow[] = [];
  for (const e of t.original.emissions) {
    rows.push({ year: e.year, series: 'plan', tco2: e.netTco2 });
    if (e.capTco2 !== null) rows.push({ year: e.year, series: 'cap', tco2: e.capTco2 });
  }
  const actual = t.planVsActual?.emissions ?? [];
  for (const a of actual) rows.push({ year: a.year, series: 'actual', tco2: a.actualNetTco2 });
  if (t.replan !== null) {
    // The re-plan starts from the last actual year, so its line joins the actuals.
    const last = actual[actual.length - 1];
    if (last !== undefined) rows.push({ year: last.year, series: 'replan', tco2: last.actualNetTco2 });
    for (const e of t.replan.emissions.filter((x) => x.year >= t.replan!.fromYear)) rows.push({ year: e.year, series: 'replan', tco2: e.netTco2 });
  }
  return rows;
}

export function varianceWedgeRows(t: TrackChartInput): VarianceWedgeRow[] {
  return (t.planVsActual?.emissions ?? []).flatMap((e) => Object.entries(e.wedgesTco2).map(([wedge, tco2]) => ({ year: e.year, wedge, tco2 })));
}
