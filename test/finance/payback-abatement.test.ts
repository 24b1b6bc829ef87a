/** Payback and levelised abatement cost, by hand. */
import { describe, expect, it } from 'vitest';
import { levelisedAbatementCost } from '../../engine/finance/abatement-cost.ts';
import { discountedPayback, simplePayback } from '../../engine/finance/payback.ts';

describe('payback', () => {
  it('−1,000 then 300, 400, 500: simple payback 2.6 periods (−300 left after two, 500 in the third)', () => {
    expect(simplePayback([-1000, 300, 400, 500])).toBeCloseTo(2.6, 12);
  });

  it('the same series never pays back at 10 % (PV of inflows 978.96 < 1,000)', () => {
    expect(discountedPayback([-1000, 300, 400, 500], 0.1)).toBeNull();
  });

  it('−1,000 then 600, 600 at 10 %: PVs 545.45, 495.87 → 1 + 454.55 / 495.87 = 1.917 periods', () => {
    expect(discountedPayback([-1000, 600, 600], 0.1)).toBeCloseTo(1 + (1000 - 600 / 1.1) / (600 / 1.21), 12);
  });

  it('counts from the last time the cumulative turns non-negative', () => {
    // cumulative −100, 0, −50, 50: it stays ≥ 0 only from the last period.
    expect(simplePayback([-100, 100, -50, 100])).toBeCloseTo(2.5, 12);
    expect(simplePayback([10, 20])).toBe(0);
    expect(simplePayback([-10, 5])).toBeNull();
  });
});

describe('levelised abatement cost', () => {
  it('is PV(net cost) / PV(tCO2), both at the same rate', () => {
    // Net cost 1,000 now, −200 a year for 3 years; 100 t a year for 3 years; r = 10 %.
    const pv = (xs: number[]) => xs.reduce((s, x, t) => s + x / 1.1 ** t, 0);
    const cost = [1000, -200, -200, -200];
    const tonnes = [0, 100, 100, 100];
    expect(levelisedAbatementCost(cost, tonnes, 0.1)).toBeCloseTo(pv(cost) / pv(tonnes), 9);
    expect(levelisedAbatementCost(cost, tonnes, 0)).toBeCloseTo(400 / 300, 12);
  });

  it('is null when nothing is abated', () => {
    expect(levelisedAbatementCost([100, 0], [0, 0], 0.05)).toBeNull();
  });
});
