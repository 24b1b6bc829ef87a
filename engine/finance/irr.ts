/**
 * Internal rate of return by a robust bracketing root search: the NPV is evaluated on a grid of
 * rates from −99 % to +1,000 %, every sign change is refined by bisection, and every root found is
 * returned. A series can have no IRR, one, or several (one per sign change of its cash flows at
 * most, by Descartes' rule of signs): each case is reported as such, never as NaN.
 *
 * Limits: two roots closer together than the grid step (0.25 pp below +100 %) or a root where the
 * NPV touches zero without changing sign between grid points can be missed.
 */

export type IrrResult =
  | { readonly kind: 'unique'; readonly rate: number }
  | { readonly kind: 'multiple'; readonly rates: readonly number[] }
  | { readonly kind: 'none' };

const MIN_RATE = -0.99;
const MAX_RATE = 10;
const ROOT_TOLERANCE = 1e-12;

/** Rates to scan: 0.25 pp steps from −99 % to +100 %, then 2 % geometric steps of (1 + r) to +1,000 %. */
function rateGrid(): number[] {
  const grid: number[] = [];
  for (let i = 0; MIN_RATE + i * 0.0025 < 1; i++) grid.push(Math.round((MIN_RATE + i * 0.0025) * 1e10) / 1e10);
  for (let g = 2; g - 1 < MAX_RATE; g *= 1.02) grid.push(g - 1);
  grid.push(MAX_RATE);
  return grid;
}
const GRID = rateGrid();

/**
 * A value with the sign of NPV(rate) that does not overflow: the present value for rate ≥ 0, the
 * future value at the last period for rate < 0 (the two differ by the positive factor (1 + r)^n).
 */
function signedValue(cashFlows: readonly number[], rate: number): number {
  const n = cashFlows.length - 1;
  let sum = 0;
  for (let t = 0; t <= n; t++) {
    const exponent = rate >= 0 ? -t : n - t;
    sum += cashFlows[t]! * (1 + rate) ** exponent;
  }
  return sum;
}

function signChanges(cashFlows: readonly number[]): number {
  const signs = cashFlows.filter((c) => c !== 0).map(Math.sign);
  return signs.slice(1).filter((s, i) => s !== signs[i]).length;
}

function bisect(cashFlows: readonly number[], lo: number, hi: number): number {
  let fLo = signedValue(cashFlows, lo);
  for (let i = 0; i < 200 && hi - lo > ROOT_TOLERANCE; i++) {
    const mid = (lo + hi) / 2;
    const fMid = signedValue(cashFlows, mid);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLo)) {
      lo = mid;
      fLo = fMid;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** All IRRs of `cashFlows` (index 0 undiscounted) between −99 % and +1,000 %. */
export function irr(cashFlows: readonly number[]): IrrResult {
  if (cashFlows.some((c) => !Number.isFinite(c))) throw new RangeError('irr: cash flows must be finite');
  if (signChanges(cashFlows) === 0) return { kind: 'none' };
  const scale = cashFlows.reduce((s, c) => s + Math.abs(c), 0);
  const isZero = (v: number) => Math.abs(v) <= 1e-13 * scale;
  const roots: number[] = [];
  let prevRate = GRID[0]!;
  let prevValue = signedValue(cashFlows, prevRate);
  if (isZero(prevValue)) roots.push(prevRate);
  for (const rate of GRID.slice(1)) {
    const value = signedValue(cashFlows, rate);
    if (isZero(value)) roots.push(rate);
    else if (!isZero(prevValue) && Math.sign(value) !== Math.sign(prevValue)) roots.push(bisect(cashFlows, prevRate, rate));
    prevRate = rate;
    prevValue = value;
  }
  const distinct = roots.filter((r, i) => i === 0 || r - roots[i - 1]! > 1e-7);
  if (distinct.length === 0) return { kind: 'none' };
  if (distinct.length === 1) return { kind: 'unique', rate: distinct[0]! };
  return { kind: 'multiple', rates: distinct };
}
