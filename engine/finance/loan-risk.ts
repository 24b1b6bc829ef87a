/**
 * Loan risk under sampled futures. The loan's contract is fixed at financial close on the base case:
 * its drawdowns, rates and debt service (annuity and straight scale with the debt; a sculpted
 * schedule is sculpted on the base CFADS). Each future brings its own CFADS (the fixed plan's cash
 * flows re-evaluated at that future's prices, after tax); the covenant is tested in every repayment
 * year with debt service. For a debt D:
 *  - minimum DSCR and LLCR of each future, and their probability-weighted P5/P50/P95. LLCR = the
 *    present value of CFADS over the repayment years ÷ that of the debt service, both at the loan's
 *    rates, from the first repayment year (= CFADS PV ÷ the balance owed when nothing is drawn later);
 *  - the probability of a covenant breach (DSCR below the covenant) in each repayment year and in
 *    any year of the loan;
 *  - the largest debt within the loan-to-cost cap whose breach probability stays at or below the
 *    bank's threshold in every year: found by bisection, since the debt service of every year, and
 *    with it each year's breach probability, is non-decreasing in D.
 */
import { loanSchedule, sculptedShortfall, type LoanCase } from './loan-schedule.ts';
import type { BreachYear, LoanRiskMeasures, LoanRow, RiskCap, WeightedQuantiles } from './types.ts';

/** One future's CFADS per loan year, with its probability. */
export interface FutureCfads {
  readonly index: number;
  readonly probability: number;
  readonly cfadsRmb: readonly number[];
}

/** The contractual debt service of `debtRmb` per loan year (sculpted: shaped on the base CFADS). */
export function contractSchedule(c: LoanCase, debtRmb: number): LoanRow[] {
  return loanSchedule(c, debtRmb, c.amortisation === 'sculpted' ? sculptedDscrFor(c, debtRmb) : 1);
}

/** Sculpted: the highest DSCR at which the base CFADS repays `debtRmb` by the final year. */
export function sculptedDscrFor(c: LoanCase, debtRmb: number): number {
  let lo = 1e-6;
  if (sculptedShortfall(c, debtRmb, lo) > 0) return lo;
  let hi = 2;
  while (sculptedShortfall(c, debtRmb, hi) <= 0 && hi < 1e9) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (sculptedShortfall(c, debtRmb, mid) <= 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Probability-weighted quantiles: the smallest value whose cumulative probability reaches q. */
export function weightedQuantiles(values: readonly number[], weights: readonly number[]): WeightedQuantiles | null {
  if (values.length === 0) return null;
  const order = values.map((v, i) => ({ v, w: weights[i]! })).sort((a, b) => a.v - b.v);
  const total = order.reduce((s, x) => s + x.w, 0);
  const at = (q: number) => {
    let cum = 0;
    for (const x of order) {
      cum += x.w;
      if (cum >= q * total * (1 - 1e-12)) return x.v;
    }
    return order.at(-1)!.v;
  };
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95), mean: order.reduce((s, x) => s + x.v * x.w, 0) / total };
}

const breaches = (cfads: number, service: number, covenant: number) => cfads < covenant * service * (1 - 1e-9);

/** Breach probability per repayment year, and over the loan, of the schedule `rows` under `futures`. */
export function breachProbabilities(rows: readonly LoanRow[], futures: readonly FutureCfads[], covenant: number): { byYear: BreachYear[]; anyYear: number } {
  const tested = rows.map((r, t) => ({ r, t })).filter(({ r }) => r.phase === 'repayment' && r.debtServiceRmb > 1e-9);
  const byYear = tested.map(({ r, t }) => ({ year: r.year, probability: futures.reduce((s, f) => (breaches(f.cfadsRmb[t]!, r.debtServiceRmb, covenant) ? s + f.probability : s), 0) }));
  const anyYear = futures.reduce((s, f) => (tested.some(({ r, t }) => breaches(f.cfadsRmb[t]!, r.debtServiceRmb, covenant)) ? s + f.probability : s), 0);
  return { byYear, anyYear };
}

const worstYear = (byYear: readonly BreachYear[]) => byYear.reduce((m, b) => Math.max(m, b.probability), 0);

/** Minimum DSCR, LLCR and breach probabilities of `debtRmb` under the futures. */
export function loanRiskMeasures(c: LoanCase, debtRmb: number, futures: readonly FutureCfads[], covenant: number): LoanRiskMeasures {
  const rows = contractSchedule(c, debtRmb);
  const tested = rows.map((r, t) => ({ r, t })).filter(({ r }) => r.phase === 'repayment' && r.debtServiceRmb > 1e-9);
  const first = rows.findIndex((r) => r.phase === 'repayment');
  const discount: number[] = [];
  let d = 1;
  rows.forEach((r, t) => {
    if (t >= first && first >= 0) d /= 1 + r.rateFraction;
    discount.push(d);
  });
  const pvService = rows.reduce((s, r, t) => (first >= 0 && t >= first ? s + r.debtServiceRmb * discount[t]! : s), 0);
  const minDscr: number[] = [];
  const llcr: number[] = [];
  const weights: number[] = [];
  for (const f of futures) {
    if (tested.length === 0) break;
    minDscr.push(Math.min(...tested.map(({ r, t }) => f.cfadsRmb[t]! / r.debtServiceRmb)));
    llcr.push(rows.reduce((s, _r, t) => (t >= first ? s + f.cfadsRmb[t]! * discount[t]! : s), 0) / pvService);
    weights.push(f.probability);
  }
  const { byYear, anyYear } = breachProbabilities(rows, futures, covenant);
  return { minDscr: weightedQuantiles(minDscr, weights), llcr: pvService > 0 ? weightedQuantiles(llcr, weights) : null, breachByYear: byYear, breachAnyYear: anyYear };
}

/** The worst year's breach probability of `debtRmb`: non-decreasing in the debt. */
export function worstBreachProbability(c: LoanCase, debtRmb: number, futures: readonly FutureCfads[], covenant: number): number {
  return worstYear(breachProbabilities(contractSchedule(c, debtRmb), futures, covenant).byYear);
}

/** The largest debt in [0, `ltcCapRmb`] whose worst-year breach probability is ≤ `threshold` (bisection to `toleranceRmb`). */
export function riskCap(c: LoanCase, ltcCapRmb: number, futures: readonly FutureCfads[], covenant: number, threshold: number, toleranceRmb = 1): RiskCap {
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`riskCap: the breach-probability threshold must be in [0, 1], got ${threshold}`);
  const p = (debt: number) => worstBreachProbability(c, debt, futures, covenant);
  // Probabilities are sums of the futures' weights: compare with room for their rounding.
  const within = (q: number) => q <= threshold + 1e-12;
  const atCap = p(ltcCapRmb);
  if (within(atCap)) return { debtRmb: ltcCapRmb, limitedBy: 'loan_to_cost', worstYearProbability: atCap, toleranceRmb };
  let lo = 0;
  let hi = ltcCapRmb;
  for (let i = 0; i < 200 && hi - lo > toleranceRmb; i++) {
    const mid = (lo + hi) / 2;
    if (within(p(mid))) lo = mid;
    else hi = mid;
  }
  return { debtRmb: lo, limitedBy: 'breach_probability', worstYearProbability: p(lo), toleranceRmb };
}
