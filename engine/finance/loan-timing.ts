/**
 * When the loan runs: from the first year with capex (the first drawdown) for `tenorYears` years
 * (grace included), and the analysis window, which covers the horizon and the whole loan.
 */
import type { PreTaxCashFlowYear } from './types.ts';

export interface LoanTiming {
  readonly firstYear: number;
  readonly finalYear: number;
}

/** null when the plan spends no capex. */
export function loanTiming(flows: readonly PreTaxCashFlowYear[], tenorYears: number): LoanTiming | null {
  const first = flows.find((f) => f.capexRmb > 0.5);
  return first === undefined ? null : { firstYear: first.year, finalYear: first.year + tenorYears - 1 };
}

/** The last analysis year: the horizon end, the loan's final year or the scenario's `analysisEndYear`, whichever is latest. */
export function analysisEndYear(horizonEndYear: number, timing: LoanTiming | null, requested: number | undefined): number {
  return Math.max(horizonEndYear, timing?.finalYear ?? horizonEndYear, requested ?? horizonEndYear);
}
