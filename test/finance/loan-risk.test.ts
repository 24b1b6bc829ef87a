/**
 * Loan risk under sampled futures: breach probability is monotone in the debt (fast-check), the
 * risk-sized debt meets the threshold and one tolerance more breaks it, degenerate futures collapse
 * to the deterministic loan, and an electricity-price band on the tiny plan gives the breach
 * probability and risk cap computed by hand. Also the DSRA's funding and release.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AMORTISATION_PROFILES } from '../../engine/data/schemas/finance.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { financeFactory } from '../../engine/finance/finance-factory.ts';
import type { LoanCase } from '../../engine/finance/loan-schedule.ts';
import { riskCap, worstBreachProbability, type FutureCfads } from '../../engine/finance/loan-risk.ts';
import { annuityPayment } from '../../engine/finance/time-value.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { sampleFutures } from '../../engine/simulation/futures.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { tinyFinanceScenario } from './tiny-finance.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const money = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A loan case (2–10 years, capex early, CFADS mostly positive) and 1–12 futures whose CFADS varies around it. */
const riskCase = fc.integer({ min: 2, max: 10 }).chain((n) =>
  fc.record({
    loan: fc.record({
      years: fc.constant(Array.from({ length: n }, (_, i) => 2026 + i)),
      capexRmb: fc.array(money(0, 1e8), { minLength: n, maxLength: n }).map((xs) => xs.map((x, i) => (i === 0 ? x + 1e6 : i < 3 ? x : 0))),
      cfadsRmb: fc.array(money(-1e6, 3e7), { minLength: n, maxLength: n }),
      rateFraction: fc.array(money(0, 0.08), { minLength: n, maxLength: n }),
      graceYears: fc.integer({ min: 0, max: n - 1 }),
      amortisation: fc.constantFrom(...AMORTISATION_PROFILES),
    }) as fc.Arbitrary<LoanCase>,
    factors: fc.array(fc.array(money(0.5, 1.5), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 12 }),
  }),
);

const futuresOf = (c: LoanCase, factors: readonly (readonly number[])[]): FutureCfads[] =>
  factors.map((f, index) => ({ index, probability: 1 / factors.length, cfadsRmb: c.cfadsRmb.map((x, t) => x * f[t]!) }));

describe('breach probability', () => {
  it('is non-decreasing in the debt, for every amortisation profile (fast-check)', () => {
    fc.assert(
      fc.property(riskCase, money(0, 3e8), money(0, 3e8), money(1, 2), ({ loan, factors }, a, b, covenant) => {
        const futures = futuresOf(loan, factors);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(worstBreachProbability(loan, lo, futures, covenant)).toBeLessThanOrEqual(worstBreachProbability(loan, hi, futures, covenant) + 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('the risk cap meets the threshold, and one tolerance more breaks it (fast-check)', () => {
    fc.assert(
      fc.property(riskCase, money(0, 1), money(1, 2), ({ loan, factors }, threshold, covenant) => {
        const futures = futuresOf(loan, factors);
        const ltc = loan.capexRmb.reduce((s, x) => s + x, 0);
        const cap = riskCap(loan, ltc, futures, covenant, threshold);
        expect(worstBreachProbability(loan, cap.debtRmb, futures, covenant)).toBeLessThanOrEqual(threshold + 1e-12);
        if (cap.limitedBy === 'breach_probability') {
          expect(worstBreachProbability(loan, cap.debtRmb + cap.toleranceRmb, futures, covenant)).toBeGreaterThan(threshold + 1e-12);
        } else {
          expect(cap.debtRmb).toBe(ltc);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a threshold outside [0, 1]', () => {
    const loan: LoanCase = { years: [2026, 2027], capexRmb: [100, 0], cfadsRmb: [50, 50], rateFraction: [0, 0], graceYears: 0, amortisation: 'annuity' };
    expect(() => riskCap(loan, 100, [{ index: 0, probability: 1, cfadsRmb: [50, 50] }], 1.2, 1.5)).toThrow(/\[0, 1\]/);
  });
});

/** 4-year annuity at 3 %, DSCR 1.25, LTC 100 %: sized by DSCR on the tiny plan. */
const plainLoan = { tenorYears: 4, graceYears: 0, amortisation: 'annuity', loanToCostFraction: 1, minDscr: 1.25, greenDiscountBps: 0, carbonLinked: { stepDownBps: 0, stepUpBps: 0 }, cerf: { eligible: false } };

const finance = (s: Scenario) => financeFactory(s, s.factories[0]!, optimiseFactory(s, s.factories[0]!, backend));

describe('loan risk on the tiny plan', () => {
  it('with no uncertainty (one future) the distribution collapses to the deterministic DSCR and the cap to the DSCR-sized debt', () => {
    const f = finance(tinyFinanceScenario({ finance: { tax: {}, loan: plainLoan } }));
    const loan = f.loan!;
    if (loan.status !== 'sized') throw new Error(loan.reason);
    const risk = f.loanRisk!;
    expect(risk.source).toBe('none');
    expect(risk.futures).toBe(1);
    for (const q of [risk.minDscr!.p5, risk.minDscr!.p50, risk.minDscr!.p95, risk.minDscr!.mean]) expect(q).toBeCloseTo(loan.minDscr!, 9);
    // A level annuity against level CFADS: LLCR = DSCR = 1.25.
    expect(risk.llcr!.p50).toBeCloseTo(1.25, 9);
    expect(risk.breachAnyYear).toBe(0);
    expect(risk.breachByYear.every((b) => b.probability === 0)).toBe(true);
    expect(risk.riskCap.limitedBy).toBe('breach_probability');
    expect(Math.abs(risk.riskCap.debtRmb - loan.dscrCapRmb)).toBeLessThanOrEqual(risk.riskCap.toleranceRmb + 1e-6);
  });

  it('electricity price × U(0.8, 1.2): breach iff the draw is below 1; the 10 % cap sits at the 21st lowest of 200 draws', () => {
    // Post-tax CFADS(k) = 250,000 k − 25 % × (250,000 k − 100,000) = 187,500 k + 25,000; the debt is sized at k = 1,
    // where DSCR = 1.25 in every year, so a future breaches every year exactly when k < 1.
    // The cap allows 10 % of 200 = 20 breaching futures: debt = CFADS(k₂₁) / (1.25 × annuity per RMB), k₂₁ the 21st lowest.
    const uncertainty = { seed: 7, draws: 200, inputs: [{ input: 'electricity_price', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } }] };
    const s = tinyFinanceScenario({ finance: { tax: {}, loan: plainLoan, maxBreachProbability: 0.1 }, uncertainty });
    const risk = finance(s).loanRisk!;
    const ks = sampleFutures(s).map((f) => f.inputs.electricity_price!);
    const below = ks.filter((k) => k < 1).length / ks.length;
    expect(risk.source).toBe('uncertainty');
    expect(risk.futures).toBe(200);
    for (const b of risk.breachByYear) expect(b.probability).toBeCloseTo(below, 12);
    expect(risk.breachAnyYear).toBeCloseTo(below, 12);
    const sorted = [...ks].sort((a, b) => a - b);
    const cfads = (k: number) => 187_500 * k + 25_000;
    expect(risk.minDscr!.p50).toBeCloseTo(1.25 * cfads(sorted[99]!) / cfads(1), 9);
    const expected = cfads(sorted[20]!) / (1.25 * annuityPayment(1, 0.03, 4));
    expect(Math.abs(risk.riskCap.debtRmb - expected)).toBeLessThanOrEqual(risk.riskCap.toleranceRmb + 1e-6);
    expect(risk.riskCap.worstYearProbability).toBeCloseTo(20 / 200, 12);
    expect(risk.warnings.join(' ')).toMatch(/maxBreachProbability/);
  });

  it('a covenant below the sizing DSCR (1.1 against 1.25) is breached only when CFADS falls by more than 12 %', () => {
    // Breach iff CFADS(k) < 1.1 / 1.25 × CFADS(1) = 0.88 × 212,500 = 187,000, i.e. 187,500 k + 25,000 < 187,000: k < 0.864.
    const uncertainty = { seed: 7, draws: 200, inputs: [{ input: 'electricity_price', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } }] };
    const s = tinyFinanceScenario({ finance: { tax: {}, loan: { ...plainLoan, covenantDscr: 1.1 } }, uncertainty });
    const risk = finance(s).loanRisk!;
    const ks = sampleFutures(s).map((f) => f.inputs.electricity_price!);
    expect(risk.covenantDscr).toBe(1.1);
    expect(risk.breachAnyYear).toBeCloseTo(ks.filter((k) => k < 0.864).length / ks.length, 12);
  });

  it('given futures replace the sampled ones; bad probabilities are refused', () => {
    const s = tinyFinanceScenario({ finance: { tax: {}, loan: plainLoan } });
    const plan = optimiseFactory(s, s.factories[0]!, backend);
    const given = [
      { index: 0, probability: 0.25, inputs: { electricity_price: 0.9 } },
      { index: 1, probability: 0.75, inputs: { electricity_price: 1.1 } },
    ];
    const risk = financeFactory(s, s.factories[0]!, plan, { futures: given, source: 'given' }).loanRisk!;
    expect(risk.breachAnyYear).toBeCloseTo(0.25, 12);
    expect(() => financeFactory(s, s.factories[0]!, plan, { futures: [{ index: 0, probability: 0.5, inputs: {} }], source: 'given' })).toThrow(/sum to 0.5/);
    expect(() => financeFactory(s, s.factories[0]!, plan, { futures: [], source: 'given' })).toThrow(/no futures/);
  });

  it('maxBreachProbability outside [0, 1] is refused by the loader with its field path', () => {
    expect(() => tinyFinanceScenario({ finance: { maxBreachProbability: 1.5 } })).toThrow(/maxBreachProbability/);
  });
});

describe('debt service reserve account', () => {
  it('6 months of the largest debt service: funded at close, held, released at maturity; the flows close to zero', () => {
    const f = finance(tinyFinanceScenario({ finance: { tax: {}, loan: { ...plainLoan, dsraMonths: 6 } } }));
    const loan = f.loan!;
    if (loan.status !== 'sized') throw new Error(loan.reason);
    const service = Math.max(...loan.schedule.map((r) => r.debtServiceRmb));
    expect(loan.dsraFundingRmb).toBeCloseTo(0.5 * service, 6);
    expect(loan.schedule.map((r) => r.dsraFlowRmb)).toEqual([-loan.dsraFundingRmb, 0, 0, loan.dsraFundingRmb]);
    expect(loan.schedule.map((r) => r.dsraBalanceRmb)).toEqual([loan.dsraFundingRmb, loan.dsraFundingRmb, loan.dsraFundingRmb, 0]);
    expect(loan.schedule.reduce((s, r) => s + r.dsraFlowRmb, 0)).toBe(0);
    // The DSRA does not change the debt or its DSCRs.
    const without = finance(tinyFinanceScenario({ finance: { tax: {}, loan: plainLoan } })).loan!;
    expect(without.status === 'sized' && without.debtRmb).toBeCloseTo(loan.debtRmb, 6);
  });

  it('refuses negative months', () => {
    expect(() => tinyFinanceScenario({ finance: { loan: { ...plainLoan, dsraMonths: -1 } } })).toThrow(/dsraMonths/);
  });
});
