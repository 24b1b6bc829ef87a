/**
 * Distributions for uncertain inputs (their schema is data/schemas/distribution.ts): each with
 * a sampler (inverse-CDF from one uniform, so a draw consumes a fixed number of random numbers) and
 * a quantile function (for sensitivity ranges and analytic checks).
 */
import type { Distribution } from '../data/schemas/distribution.ts';

export type { Distribution };

/** Inverse CDF at p ∈ (0, 1). */
export function quantile(d: Distribution, p: number): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + (d.max - d.min) * p;
    case 'triangular': {
      const range = d.max - d.min;
      if (range === 0) return d.min;
      const f = (d.mode - d.min) / range;
      return p < f ? d.min + Math.sqrt(p * range * (d.mode - d.min)) : d.max - Math.sqrt((1 - p) * range * (d.max - d.mode));
    }
    case 'normal':
      return d.mean + d.sd * standardNormalQuantile(p);
    case 'lognormal':
      return d.median * Math.exp(d.sigma * standardNormalQuantile(p));
    case 'discrete': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      let acc = 0;
      for (let i = 0; i < d.values.length; i++) {
        acc += w[i]! / total;
        if (p < acc) return d.values[i]!;
      }
      return d.values[d.values.length - 1]!;
    }
  }
}

/** One sample from one uniform in [0, 1). */
export function sample(d: Distribution, rng: () => number): number {
  // Keep p inside (0, 1) so normal/lognormal tails stay finite.
  const p = Math.min(Math.max(rng(), 1e-12), 1 - 1e-12);
  return quantile(d, p);
}

/** The distribution's median (P50). */
export const median = (d: Distribution): number => quantile(d, 0.5);

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function standardNormalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  return x;
}

/** Empirical quantile of sorted values (linear interpolation between order statistics, "type 7"). */
export function empiricalQuantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
