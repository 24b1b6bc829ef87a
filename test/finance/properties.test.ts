/**
 * Loan properties (fast-check): a higher DSCR target never gives a larger loan; a sculpted schedule
 * meets its target DSCR in every repayment year it can (CFADS > 0); principal repaid equals
 * principal drawn.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMORTISATION_PROFILES } from '../../engine/data/schemas/finance.ts';
import type { LoanCase } from '../../engine/finance/loan-schedule.ts';
import { sizeLoan } from '../../engine/finance/loan-sizing.ts';

const money = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A loan case: 2–12 years, capex in the first few, CFADS mostly positive, rates 0–10 %. */
const loanCase = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    years: fc.constant(Array.from({ length: n }, (_, i) => 2026 + i)),
    capexRmb: fc.array(money(0, 1e8), { minLength: n, maxLength: n }).map((xs) => xs.map((x, i) => (i < 3 ? x : 0))),
    cfadsRmb: fc.array(money(-2e7, 5e7), { minLength: n, maxLength: n }),
    rateFraction: fc.array(money(0, 0.1), { minLength: n, maxLength: n }),
    graceYears: fc.integer({ min: 0, max: n - 1 }),
    amortisation: fc.constantFrom(...AMORTISATION_PROFILES),
  }),
) as fc.Arbitrary<LoanCase>;

const ltc = money(0, 1);
const dscr = money(1, 3);

describe('loan sizing properties', () => {
  it('a higher DSCR target never gives a larger loan', () => {
    fc.assert(
      fc.property(loanCase, ltc, dscr, dscr, (c, loanToCostFraction, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const debt = (minDscr: number) => {
          const r = sizeLoan(c, { loanToCostFraction, minDscr });
          return r.status === 'sized' ? r.debtRmb : 0;
        };
        expect(debt(high)).toBeLessThanOrEqual(debt(low) * (1 + 1e-9) + 1e-6);
      }),
    );
  });

  it('a sculpted schedule meets its target DSCR in every repayment year with positive CFADS', () => {
    fc.assert(
      fc.property(loanCase, ltc, dscr, (c, loanToCostFraction, minDscr) => {
        const r = sizeLoan({ ...c, amortisation: 'sculpted' }, { loanToCostFraction, minDscr });
        if (r.status !== 'sized') return;
        for (const row of r.schedule) {
          if (row.phase !== 'repayment' || row.cfadsRmb <= 0 || row.debtServiceRmb <= 1e-9 * r.debtRmb) continue;
          expect(row.dscr!).toBeGreaterThanOrEqual(minDscr * (1 - 1e-6));
        }
      }),
    );
  });

  it('principal repaid equals principal drawn, and the loan ends at a zero balance', () => {
    fc.assert(
      fc.property(loanCase, ltc, dscr, (c, loanToCostFraction, minDscr) => {
        const r = sizeLoan(c, { loanToCostFraction, minDscr });
        if (r.status !== 'sized') return;
        const drawn = r.schedule.reduce((s, x) => s + x.drawdownRmb, 0);
        const repaid = r.schedule.reduce((s, x) => s + x.principalRmb, 0);
        expect(drawn).toBeCloseTo(r.debtRmb, 6);
        expect(Math.abs(repaid - drawn)).toBeLessThanOrEqual(1e-9 * drawn + 1e-6);
        expect(Math.abs(r.schedule.at(-1)!.balanceRmb)).toBeLessThanOrEqual(1e-9 * drawn + 1e-6);
      }),
    );
  });

  it('the debt never exceeds the loan-to-cost cap, and annuity / straight loans meet the DSCR target every repayment year', () => {
    fc.assert(
      fc.property(loanCase, ltc, dscr, (c, loanToCostFraction, minDscr) => {
        const r = sizeLoan(c, { loanToCostFraction, minDscr });
        if (r.status !== 'sized') return;
        expect(r.debtRmb).toBeLessThanOrEqual(r.loanToCostCapRmb * (1 + 1e-12));
        if (c.amortisation === 'sculpted') return;
        for (const row of r.schedule.filter((x) => x.phase === 'repayment')) expect(row.dscr!).toBeGreaterThanOrEqual(minDscr * (1 - 1e-9));
      }),
    );
  });
});
