/**
 * Loan sizing: debt = min(loan-to-cost cap, the largest debt whose DSCR meets the target in every
 * repayment year under the chosen amortisation). Annuity and straight schedules scale linearly with
 * the debt, so the DSCR cap is min over repayment years of CFADS / (target × debt service per RMB
 * of debt). A sculpted schedule pays max(0, CFADS) / target; its cap is the largest debt it repays
 * by the final year (bisection); when the LTC cap binds, the repayments are sculpted to the higher
 * DSCR that repays the smaller debt exactly over the tenor.
 */
import type { LoanTermsInput } from '../data/schemas/finance.ts';
import { loanSchedule, sculptedShortfall, type LoanCase } from './loan-schedule.ts';
import type { LoanResult, LoanRow } from './types.ts';

export type LoanSizingTerms = Pick<LoanTermsInput, 'loanToCostFraction' | 'minDscr'>;

const M = (x: number) => `${(x / 1e6).toFixed(2)} M RMB`;

/** Size the loan for `c` (its years run from the first drawdown to the final repayment). */
export function sizeLoan(c: LoanCase, terms: LoanSizingTerms): LoanResult {
  const capex = c.capexRmb.reduce((s, x) => s + x, 0);
  const ltcCap = terms.loanToCostFraction * capex;
  const noDebt = (reason: string, dscrCap = 0): LoanResult => ({ status: 'no_debt', reason, loanToCostCapRmb: ltcCap, dscrCapRmb: dscrCap, equityRmb: capex, warnings: [] });
  if (!(capex >= 1)) return noDebt('the plan has no capex within the loan period to finance');
  if (!(ltcCap >= 1)) return noDebt(`the loan-to-cost cap (${M(ltcCap)}) leaves no debt`);
  const dscrCap = c.amortisation === 'sculpted' ? sculptedCap(c, terms.minDscr) : linearCap(c, terms.minDscr);
  if (typeof dscrCap === 'string') return noDebt(dscrCap);
  // Below 1 RMB of debt there is nothing to lend.
  if (!(dscrCap >= 1)) return noDebt(tooLittleCash(c, terms.minDscr), Math.max(0, dscrCap));
  const debt = Math.min(ltcCap, dscrCap);
  const sizedBy = ltcCap <= dscrCap ? 'loan_to_cost' : 'dscr';
  const sculptedDscr = c.amortisation !== 'sculpted' ? null : sizedBy === 'dscr' ? terms.minDscr : sculptTo(c, debt, terms.minDscr);
  const schedule = loanSchedule(c, debt, sculptedDscr ?? 1);
  const covered = schedule.filter((r) => r.phase === 'repayment' && r.dscr !== null).map((r) => r.dscr!);
  return {
    status: 'sized',
    debtRmb: debt,
    sizedBy,
    amortisation: c.amortisation,
    firstYear: c.years[0]!,
    finalYear: c.years.at(-1)!,
    loanToCostCapRmb: ltcCap,
    dscrCapRmb: dscrCap,
    equityRmb: capex - debt,
    schedule,
    minDscr: covered.length > 0 ? Math.min(...covered) : null,
    averageDscr: covered.length > 0 ? covered.reduce((s, x) => s + x, 0) / covered.length : null,
    sculptedDscr,
    dsraFundingRmb: 0,
    warnings: scheduleWarnings(schedule, terms.minDscr),
  };
}

function tooLittleCash(c: LoanCase, target: number): string {
  const period = `${c.years[c.graceYears]}–${c.years.at(-1)}`;
  const dry = c.years.filter((y, t) => t >= c.graceYears && c.cfadsRmb[t]! <= 0);
  const why = dry.length > 0 ? `CFADS is ≤ 0 in ${dry.join(', ')}, so the debt drawn cannot be repaid from the cash savings` : 'CFADS is too small against the debt service';
  return `no debt meets DSCR ≥ ${target} in every repayment year (${period}): ${why}`;
}

/** Annuity / straight: DSCR cap from the schedule of one RMB of debt; a reason when no debt can meet it. */
function linearCap(c: LoanCase, target: number): number | string {
  const unit = loanSchedule(c, 1);
  let cap = Number.POSITIVE_INFINITY;
  for (const row of unit.filter((r) => r.phase === 'repayment' && r.debtServiceRmb > 0)) {
    if (row.cfadsRmb <= 0) {
      return `cash flow available for debt service is ≤ 0 in ${row.year} (${M(row.cfadsRmb)}), a repayment year: no ${c.amortisation} debt service can meet DSCR ≥ ${target}`;
    }
    cap = Math.min(cap, row.cfadsRmb / (target * row.debtServiceRmb));
  }
  return Number.isFinite(cap) ? cap : 0;
}

/** Sculpted: the largest debt repaid by the final year at the target DSCR. */
function sculptedCap(c: LoanCase, target: number): number | string {
  const repayable = c.cfadsRmb.slice(c.graceYears).reduce((s, x) => s + Math.max(0, x), 0) / target;
  if (!(repayable > 0)) return `cash flow available for debt service is never positive in the repayment years ${c.years[c.graceYears]}–${c.years.at(-1)}: nothing to sculpt`;
  return largestWith((debt) => sculptedShortfall(c, debt, target) <= 0, 0, repayable * 1.01 + 1);
}

/** The DSCR (≥ target) whose sculpted repayments repay `debt` exactly by the final year. */
function sculptTo(c: LoanCase, debt: number, target: number): number {
  let hi = target * 2;
  while (sculptedShortfall(c, debt, hi) <= 0 && hi < 1e9) hi *= 2;
  return largestWith((dscr) => sculptedShortfall(c, debt, dscr) <= 0, target, hi);
}

/** sup{x in [lo, hi] : ok(x)} for a predicate true up to a point and false after it (ok(lo) assumed). */
function largestWith(ok: (x: number) => boolean, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

function scheduleWarnings(schedule: readonly LoanRow[], target: number): string[] {
  const warnings: string[] = [];
  for (const r of schedule) {
    if (r.phase === 'repayment' && r.dscr !== null && r.dscr < target * (1 - 1e-9)) {
      warnings.push(`covenant: DSCR ${r.dscr.toFixed(2)} in ${r.year} is below the ${target} minimum`);
    }
    if (r.phase === 'grace' && r.interestRmb > 0 && r.cfadsRmb < r.interestRmb) {
      warnings.push(`grace year ${r.year}: CFADS (${M(r.cfadsRmb)}) does not cover interest (${M(r.interestRmb)}); the sponsor must fund the gap`);
    }
    if (r.principalRmb < -1e-6) {
      warnings.push(`${r.year}: CFADS does not cover interest; ${M(-r.principalRmb)} of interest is capitalised`);
    }
  }
  return warnings;
}
