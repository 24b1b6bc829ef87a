/**
 * The carbon-linked loan KPI per year: the plan's net emissions against a yearly limit — the
 * scenario's `finance.loan.carbonLinked.kpiNetTco2`, else the plan's own cap path. No KPI (null) in
 * a year without a limit. Beyond the horizon the last horizon year's limit and emissions hold.
 */
import type { YearSeries } from '../data/year-series.ts';
import type { CashFlowYear, KpiYear } from './types.ts';


export function carbonKpi(
  flows: readonly CashFlowYear[],
  capTco2: Readonly<Record<number, number | null>>,
  kpiNetTco2: YearSeries | undefined,
  lastHorizonYear: number,
): KpiYear[] {
  return flows.map((f) => {
    const y = Math.min(f.year, lastHorizonYear);
    const limit = kpiNetTco2 !== undefined ? (kpiNetTco2[y] ?? null) : (capTco2[y] ?? null);
    return { year: f.year, kpiNetTco2: limit, netTco2: f.netTco2, met: limit === null ? null : f.netTco2 <= limit + 1e-3 + 1e-6 * Math.abs(limit) };
  });
}
