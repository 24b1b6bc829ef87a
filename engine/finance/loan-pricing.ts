/**
 * Green-loan pricing: LPR (1-year, or 5-year-plus for tenors over 5 years) + spread − green discount,
 * stepped down in each year the plan meets its carbon KPI and up in each year it misses it; and the
 * bank's side: the share of principal the PBoC carbon-emission-reduction facility (CERF) refinances
 * at its relending rate, the bank's blended funding cost and its margin. Reference rates carry
 * their sources (engine/data/reference/finance-rates.ts).
 */
import type { LoanTermsInput } from '../data/schemas/finance.ts';
import { cerfRelendingRate, LPR_1Y, LPR_5Y } from '../data/reference/finance-rates.ts';
import type { CerfFunding, KpiYear, LoanPricing } from './types.ts';



const BP = 1e-4;

export function priceLoan(terms: LoanTermsInput, kpi: readonly KpiYear[], firstYear: number): LoanPricing {
  const lprBasis = terms.lprBasis === 'auto' ? (terms.tenorYears > 5 ? '5y' : '1y') : terms.lprBasis;
  const lpr = lprBasis === '5y' ? LPR_5Y : LPR_1Y;
  const base = lpr.value + (terms.spreadBps - terms.greenDiscountBps) * BP;
  const { stepDownBps, stepUpBps } = terms.carbonLinked;
  const stepped = (met: boolean | null) => Math.max(0, base + (met === null ? 0 : met ? -stepDownBps : stepUpBps) * BP);
  return {
    lprBasis,
    lprFraction: lpr.value,
    lprSource: `${lpr.source} (${lpr.year}; ${lpr.note ?? ''})`,
    spreadBps: terms.spreadBps,
    greenDiscountBps: terms.greenDiscountBps,
    baseRateFraction: base,
    stepDownBps,
    stepUpBps,
    rateByYear: kpi.map((k) => ({ year: k.year, rateFraction: stepped(k.met), kpiMet: k.met })),
    rateIfKpiMissedFraction: stepped(false),
    cerf: terms.cerf.eligible ? cerfFunding(terms, firstYear) : null,
  };
}

function cerfFunding(terms: LoanTermsInput, firstYear: number): CerfFunding {
  const { coverageFraction, bankFundingRateFraction } = terms.cerf;
  // The rate in force in mid first-drawdown year (the relending is rolled over; assumed unchanged after).
  const reference = cerfRelendingRate(`${firstYear}-07-01`);
  const relending = terms.cerf.relendingRateFraction ?? reference.value;
  return {
    coverageFraction,
    relendingRateFraction: relending,
    relendingRateSource: terms.cerf.relendingRateFraction !== undefined ? 'scenario finance.loan.cerf.relendingRateFraction' : `${reference.source} (from ${reference.year})`,
    bankOwnFundingRateFraction: bankFundingRateFraction,
    blendedFundingRateFraction: coverageFraction * relending + (1 - coverageFraction) * bankFundingRateFraction,
  };
}
