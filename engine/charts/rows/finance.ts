/** Rows from the finance module's loan schedule. */
import type { LoanResult, LoanRow } from '../../finance/types.ts';
import type { LoanScheduleRow } from './types.ts';

export function loanScheduleRows(schedule: readonly LoanRow[]): LoanScheduleRow[] {
  return schedule.map((r) => ({
    year: r.year,
    drawdownRmb: r.drawdownRmb,
    interestRmb: r.interestRmb,
    principalRmb: r.principalRmb,
    balanceRmb: r.balanceRmb,
    dscr: r.dscr,
  }));
}

/** The schedule of a sized loan; none for no debt or no loan. */
export function loanRows(loan: LoanResult | null): LoanScheduleRow[] {
  return loan !== null && loan.status === 'sized' ? loanScheduleRows(loan.schedule) : [];
}
