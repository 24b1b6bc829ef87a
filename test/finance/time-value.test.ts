/** NPV and annuity payment on published worked examples. */
import { describe, expect, it } from 'vitest';
import { annuityPayment, npv } from '../../engine/finance/time-value.ts';

describe('annuityPayment', () => {
  it('100,000 at 5 % over 10 years is 12,950.46 a year (standard loan-amortisation example)', () => {
    expect(annuityPayment(100_000, 0.05, 10)).toBeCloseTo(12_950.46, 2);
  });

  it('at a zero rate repays in equal parts', () => {
    expect(annuityPayment(1200, 0, 12)).toBe(100);
  });

  it('rejects a non-integer or zero number of periods', () => {
    expect(() => annuityPayment(100, 0.05, 0)).toThrow(RangeError);
    expect(() => annuityPayment(100, 0.05, 2.5)).toThrow(RangeError);
  });
});

describe('npv', () => {
  it('Microsoft Excel NPV example 1: 10 %, −10,000 in a year then 3,000, 4,200, 6,800 = 1,188.44', () => {
    // Excel's NPV discounts its first value by one period: a leading 0 at t = 0 does the same here.
    expect(npv([0, -10_000, 3_000, 4_200, 6_800], 0.1)).toBeCloseTo(1_188.44, 2);
  });

  it('Microsoft Excel NPV example 2: 8 %, 40,000 invested now, 8,000 … 12,500 back, = 1,922.06', () => {
    // Excel: NPV(8 %, B4:B8) + B2 with B2 = −40,000 at t = 0.
    expect(npv([-40_000, 8_000, 9_200, 10_000, 12_000, 14_500], 0.08)).toBeCloseTo(1_922.06, 2);
  });

  it('at a zero rate is the plain sum', () => {
    expect(npv([-100, 30, 40, 50], 0)).toBe(20);
  });
});
