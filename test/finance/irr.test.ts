/** IRR: published examples, several roots, no root — never NaN. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, type IrrResult } from '../../engine/finance/irr.ts';
import { npv } from '../../engine/finance/time-value.ts';

const rates = (r: IrrResult): readonly number[] => (r.kind === 'none' ? [] : r.kind === 'unique' ? [r.rate] : r.rates);

describe('irr on Microsoft Excel IRR examples', () => {
  it('−70,000 then 12,000 … 26,000 over five years: 8.66 %', () => {
    const r = irr([-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]);
    expect(r.kind).toBe('unique');
    expect(rates(r)[0]).toBeCloseTo(0.0866309, 6);
  });

  it('the same after four years: −2.12 %', () => {
    expect(rates(irr([-70_000, 12_000, 15_000, 18_000, 21_000]))[0]).toBeCloseTo(-0.0212448, 6);
  });

  it('after two years: −44.35 %', () => {
    expect(rates(irr([-70_000, 12_000, 15_000]))[0]).toBeCloseTo(-0.4435069, 6);
  });
});

describe('irr with several or no roots', () => {
  it('−100, 230, −132 (two sign changes) has IRRs of 10 % and 20 %, both reported', () => {
    const r = irr([-100, 230, -132]);
    expect(r.kind).toBe('multiple');
    expect(rates(r)).toHaveLength(2);
    expect(rates(r)[0]).toBeCloseTo(0.1, 9);
    expect(rates(r)[1]).toBeCloseTo(0.2, 9);
  });

  it('finds two roots between grid points (12.3 % and 45.6 %)', () => {
    // −100 (1 + r − 1.123)(1 + r − 1.456) expanded in (1 + r): flows −100, 257.9, −163.5088.
    const r = irr([-100, 257.9, -163.5088]);
    expect(rates(r)).toHaveLength(2);
    expect(rates(r)[0]).toBeCloseTo(0.123, 9);
    expect(rates(r)[1]).toBeCloseTo(0.456, 9);
  });

  it('−100, 50, −100 has no IRR (NPV < 0 at every rate)', () => {
    expect(irr([-100, 50, -100])).toEqual({ kind: 'none' });
  });

  it('a series without a sign change has no IRR', () => {
    expect(irr([100, 50, 20])).toEqual({ kind: 'none' });
    expect(irr([-100, -50])).toEqual({ kind: 'none' });
    expect(irr([0, 0, 0])).toEqual({ kind: 'none' });
  });

  it('never returns NaN; every root it reports zeroes the NPV; a single sign change always has one root in range', () => {
    const flow = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 12 }), (flows) => {
        const r = irr(flows);
        const scale = flows.reduce((s, c) => s + Math.abs(c), 0);
        for (const rate of rates(r)) {
          expect(Number.isFinite(rate)).toBe(true);
          // NPV at the root relative to the flows, in future-value form for negative rates.
          const value = rate >= 0 ? npv(flows, rate) : npv(flows, rate) * (1 + rate) ** (flows.length - 1);
          expect(Math.abs(value)).toBeLessThanOrEqual(1e-6 * scale);
        }
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }), (outlay, inflows) => {
        const total = inflows.reduce((s, x) => s + x, 0);
        fc.pre(total > outlay * 0.02 && total < outlay * 10);
        expect(irr([-outlay, ...inflows]).kind).toBe('unique');
      }),
    );
  });
});
