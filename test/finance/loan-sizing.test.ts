/** Loan schedules and sizing on hand-checked cases. */
import { describe, expect, it } from 'vitest';
import { loanSchedule, type LoanCase } from '../../engine/finance/loan-schedule.ts';
import { sizeLoan } from '../../engine/finance/loan-sizing.ts';
import { annuityPayment } from '../../engine/finance/time-value.ts';

const years = (n: number) => Array.from({ length: n }, (_, i) => 2026 + i);
const flat = (n: number, x: number) => Array.from({ length: n }, () => x);

/** One drawdown of the whole capex in the first year; `n` years in all. */
function oneDraw(n: number, cfads: number[] | number, extra: Partial<LoanCase> = {}): LoanCase {
  return {
    years: years(n),
    capexRmb: [1_000_000, ...flat(n - 1, 0)],
    cfadsRmb: typeof cfads === 'number' ? flat(n, cfads) : cfads,
    rateFraction: flat(n, 0.05),
    graceYears: 0,
    amortisation: 'annuity',
    ...extra,
  };
}

describe('loan schedules', () => {
  it('annuity: 100,000 at 5 % over 10 years pays 12,950.46 a year and ends at zero', () => {
    const rows = loanSchedule({ ...oneDraw(10, 50_000), capexRmb: [100_000, ...flat(9, 0)] }, 100_000);
    for (const r of rows) expect(r.debtServiceRmb).toBeCloseTo(12_950.46, 2);
    expect(rows[0]!.interestRmb).toBeCloseTo(5_000, 9);
    expect(rows.at(-1)!.balanceRmb).toBeCloseTo(0, 6);
  });

  it('straight: equal principal, interest on the declining balance', () => {
    const rows = loanSchedule(oneDraw(4, 500_000, { amortisation: 'straight' }), 400_000);
    expect(rows.map((r) => r.principalRmb)).toEqual([100_000, 100_000, 100_000, 100_000]);
    expect(rows.map((r) => r.interestRmb)).toEqual([20_000, 15_000, 10_000, 5_000]);
  });

  it('grace years pay interest only, then the annuity runs over the remaining years', () => {
    const rows = loanSchedule(oneDraw(5, 500_000, { graceYears: 2 }), 600_000);
    expect(rows.slice(0, 2).map((r) => [r.phase, r.principalRmb, r.debtServiceRmb])).toEqual([['grace', 0, 30_000], ['grace', 0, 30_000]]);
    for (const r of rows.slice(2)) expect(r.debtServiceRmb).toBeCloseTo(annuityPayment(600_000, 0.05, 3), 6);
  });

  it('draws pro rata to capex', () => {
    const rows = loanSchedule({ ...oneDraw(4, 1e6, { graceYears: 2 }), capexRmb: [300, 100, 0, 0] }, 800);
    expect(rows.map((r) => r.drawdownRmb)).toEqual([600, 200, 0, 0]);
  });
});

describe('sizeLoan', () => {
  it('annuity sized by DSCR: CFADS / (target × annuity per RMB)', () => {
    const loan = sizeLoan(oneDraw(4, 250_000), { loanToCostFraction: 1, minDscr: 1.25 });
    expect(loan.status).toBe('sized');
    if (loan.status !== 'sized') return;
    expect(loan.sizedBy).toBe('dscr');
    expect(loan.debtRmb).toBeCloseTo(250_000 / (1.25 * annuityPayment(1, 0.05, 4)), 4);
    for (const r of loan.schedule) expect(r.dscr).toBeCloseTo(1.25, 9);
    expect(loan.minDscr).toBeCloseTo(1.25, 9);
    expect(loan.equityRmb).toBeCloseTo(1_000_000 - loan.debtRmb, 6);
  });

  it('the loan-to-cost cap binds when the cash is ample', () => {
    const loan = sizeLoan(oneDraw(4, 1_000_000), { loanToCostFraction: 0.7, minDscr: 1.3 });
    expect(loan.status === 'sized' && loan.sizedBy).toBe('loan_to_cost');
    expect(loan.status === 'sized' && loan.debtRmb).toBeCloseTo(700_000, 6);
    expect(loan.status === 'sized' && loan.minDscr! > 1.3).toBe(true);
  });

  it('sculpted sized by DSCR: debt service = CFADS / target every year; debt = PV of those at the loan rate', () => {
    const cfads = [130_000, 260_000, 390_000];
    const loan = sizeLoan(oneDraw(3, cfads, { amortisation: 'sculpted' }), { loanToCostFraction: 1, minDscr: 1.3 });
    if (loan.status !== 'sized') throw new Error(loan.reason);
    expect(loan.debtRmb).toBeCloseTo(100_000 / 1.05 + 200_000 / 1.05 ** 2 + 300_000 / 1.05 ** 3, 3);
    expect(loan.schedule.map((r) => r.debtServiceRmb)).toEqual(cfads.map((c) => expect.closeTo(c / 1.3, 3)));
  });

  it('sculpted with the LTC cap binding sculpts to a higher DSCR that repays exactly over the tenor', () => {
    const loan = sizeLoan(oneDraw(5, 400_000, { amortisation: 'sculpted' }), { loanToCostFraction: 0.5, minDscr: 1.3 });
    if (loan.status !== 'sized') throw new Error(loan.reason);
    expect(loan.debtRmb).toBeCloseTo(500_000, 6);
    expect(loan.sculptedDscr!).toBeGreaterThan(1.3);
    // Level CFADS sculpted to one DSCR is an annuity: DSCR = 400,000 / annuity(500,000, 5 %, 5).
    expect(loan.sculptedDscr!).toBeCloseTo(400_000 / annuityPayment(500_000, 0.05, 5), 6);
    expect(loan.schedule.at(-1)!.balanceRmb).toBeCloseTo(0, 6);
  });

  it('no debt, with the reason, when CFADS is ≤ 0 in a repayment year (annuity) or never positive (sculpted)', () => {
    const annuity = sizeLoan(oneDraw(4, [100_000, -5_000, 100_000, 100_000]), { loanToCostFraction: 0.7, minDscr: 1.3 });
    expect(annuity.status).toBe('no_debt');
    expect(annuity.status === 'no_debt' && annuity.reason).toMatch(/≤ 0 in 2027/);
    const sculpted = sizeLoan(oneDraw(3, -1, { amortisation: 'sculpted' }), { loanToCostFraction: 0.7, minDscr: 1.3 });
    expect(sculpted.status === 'no_debt' && sculpted.reason).toMatch(/never positive/);
    expect(sculpted.equityRmb).toBe(1_000_000);
  });

  it('no debt when there is no capex', () => {
    const loan = sizeLoan({ ...oneDraw(3, 100), capexRmb: [0, 0, 0] }, { loanToCostFraction: 0.7, minDscr: 1.3 });
    expect(loan.status === 'no_debt' && loan.reason).toMatch(/no capex/);
  });

  it('warns when grace-year CFADS does not cover interest', () => {
    const loan = sizeLoan(oneDraw(4, [1_000, 500_000, 500_000, 500_000], { graceYears: 1 }), { loanToCostFraction: 0.7, minDscr: 1.3 });
    expect(loan.warnings.some((w) => /grace year 2026/.test(w))).toBe(true);
  });

  it('sculpted capitalises interest in a repayment year without cash, and warns', () => {
    const loan = sizeLoan(oneDraw(4, [300_000, -10_000, 300_000, 300_000], { amortisation: 'sculpted' }), { loanToCostFraction: 1, minDscr: 1.3 });
    if (loan.status !== 'sized') throw new Error(loan.reason);
    const dry = loan.schedule[1]!;
    expect(dry.debtServiceRmb).toBe(0);
    expect(dry.principalRmb).toBeLessThan(0);
    expect(loan.warnings.some((w) => /2027: CFADS does not cover interest/.test(w))).toBe(true);
  });
});
