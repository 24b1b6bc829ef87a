/**
 * Debt service reserve account (DSRA): `months` / 12 of the largest annual debt service of the
 * schedule, funded by the sponsor at financial close (the start of the first loan year), held
 * untouched through the loan and released at maturity (the end of the final year).
 */
import type { LoanResult } from './types.ts';

type Sized = Extract<LoanResult, { status: 'sized' }>;

export function withDsra(loan: Sized, months: number): Sized {
  const repayments = loan.schedule.filter((r) => r.phase === 'repayment').map((r) => r.debtServiceRmb);
  const fund = months > 0 && repayments.length > 0 ? (months / 12) * Math.max(...repayments) : 0;
  if (fund <= 0) return loan;
  const last = loan.schedule.length - 1;
  const schedule = loan.schedule.map((r, t) => {
    const funding = t === 0 ? -fund : 0;
    const release = t === last ? fund : 0;
    return { ...r, dsraFlowRmb: funding + release, dsraBalanceRmb: t === last ? 0 : fund };
  });
  return { ...loan, schedule, dsraFundingRmb: fund };
}
