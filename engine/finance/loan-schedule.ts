/**
 * A loan schedule, year by year, for a given debt. Conventions (annual, stated): each year's
 * drawdown is made at its start and bears that year's interest; debt service is paid at the year's
 * end. The debt is drawn pro rata to the capex it funds. Grace years pay interest only. In a
 * repayment year with n repayment years left (this one included):
 *  - annuity: the level instalment that repays the balance over n years at this year's rate
 *    (re-amortised after any later drawdown or rate change);
 *  - straight: principal = balance / n;
 *  - sculpted: debt service = max(0, CFADS) / sculpted DSCR, at most what is owed; unpaid interest is
 *    capitalised. The final year repays whatever is left.
 */
import type { AmortisationProfile } from '../data/schemas/finance.ts';
import { annuityPayment } from './time-value.ts';
import type { LoanRow } from './types.ts';

/** Everything a schedule depends on besides the debt, aligned by loan year (first drawdown to final repayment). */
export interface LoanCase {
  readonly years: readonly number[];
  /** Capex the loan funds in each loan year (the drawdown profile), RMB. */
  readonly capexRmb: readonly number[];
  /** Cash flow available for debt service, RMB. */
  readonly cfadsRmb: readonly number[];
  readonly rateFraction: readonly number[];
  readonly graceYears: number;
  readonly amortisation: AmortisationProfile;
}

/** The schedule of `debtRmb`; `sculptedDscr` is the DSCR a sculpted schedule is shaped to. */
export function loanSchedule(c: LoanCase, debtRmb: number, sculptedDscr = 1): LoanRow[] {
  const totalCapex = c.capexRmb.reduce((s, x) => s + x, 0);
  const rows: LoanRow[] = [];
  let balance = 0;
  c.years.forEach((year, t) => {
    const rate = c.rateFraction[t]!;
    const cfads = c.cfadsRmb[t]!;
    const drawdown = totalCapex > 0 ? (debtRmb * c.capexRmb[t]!) / totalCapex : 0;
    const owed = balance + drawdown;
    const interest = owed * rate;
    const principal = t < c.graceYears ? 0 : principalOf(c, t, owed, rate, cfads, sculptedDscr);
    balance = owed - principal;
    const debtService = interest + principal;
    rows.push({
      year,
      phase: t < c.graceYears ? 'grace' : 'repayment',
      rateFraction: rate,
      drawdownRmb: drawdown,
      interestRmb: interest,
      principalRmb: principal,
      debtServiceRmb: debtService,
      balanceRmb: balance,
      cfadsRmb: cfads,
      dscr: debtService > 1e-9 ? cfads / debtService : null,
      dsraFlowRmb: 0,
      dsraBalanceRmb: 0,
    });
  });
  return rows;
}

function principalOf(c: LoanCase, t: number, owed: number, rate: number, cfads: number, sculptedDscr: number): number {
  const remaining = c.years.length - t;
  if (remaining === 1) return owed;
  switch (c.amortisation) {
    case 'annuity':
      return annuityPayment(owed, rate, remaining) - owed * rate;
    case 'straight':
      return owed / remaining;
    case 'sculpted':
      return Math.min(Math.max(0, cfads) / sculptedDscr, owed * (1 + rate)) - owed * rate;
  }
}

/**
 * Sculpted only: what the final year would still owe beyond max(0, CFADS) / DSCR — zero or less when
 * the debt is repaid at that DSCR. Non-decreasing in the debt and in the DSCR.
 */
export function sculptedShortfall(c: LoanCase, debtRmb: number, sculptedDscr: number): number {
  const rows = loanSchedule(c, debtRmb, sculptedDscr);
  const last = rows[rows.length - 1];
  if (last === undefined) return 0;
  return last.debtServiceRmb - Math.max(0, last.cfadsRmb) / sculptedDscr;
}
