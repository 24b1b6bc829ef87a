/** Distributions and seeds: quantiles against closed forms, determinism of draw seeds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { empiricalQuantile, quantile, sample, standardNormalQuantile, type Distribution } from '../../engine/simulation/distributions.ts';
import { deriveSeed, drawRng, mulberry32 } from '../../engine/simulation/random.ts';

describe('quantiles', () => {
  it('match closed forms', () => {
    expect(quantile({ kind: 'uniform', min: 2, max: 4 }, 0.25)).toBeCloseTo(2.5, 12);
    // triangular(0, 1, 4): F(1) = 1/4; P(0.25) = 1; P(0.5) = 4 − √(0.5·4·3) = 4 − √6
    expect(quantile({ kind: 'triangular', min: 0, mode: 1, max: 4 }, 0.25)).toBeCloseTo(1, 12);
    expect(quantile({ kind: 'triangular', min: 0, mode: 1, max: 4 }, 0.5)).toBeCloseTo(4 - Math.sqrt(6), 12);
    expect(standardNormalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(standardNormalQuantile(0.05)).toBeCloseTo(-1.644853627, 8);
    expect(standardNormalQuantile(1e-6)).toBeCloseTo(-4.753424309, 6);
    expect(quantile({ kind: 'normal', mean: 10, sd: 2 }, 0.8413447461)).toBeCloseTo(12, 6);
    expect(quantile({ kind: 'lognormal', median: 3, sigma: 0.5 }, 0.5)).toBeCloseTo(3, 12);
    expect(quantile({ kind: 'discrete', values: [1, 2, 3], weights: [1, 1, 2] }, 0.3)).toBe(2);
    expect(quantile({ kind: 'discrete', values: [1, 2, 3], weights: [1, 1, 2] }, 0.6)).toBe(3);
  });

  it('empirical quantile interpolates between order statistics', () => {
    expect(empiricalQuantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(empiricalQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(empiricalQuantile([0, 10], 0.05)).toBeCloseTo(0.5, 12);
  });

  it('samples stay inside bounded supports and are monotone in the uniform', () => {
    const dists: Distribution[] = [
      { kind: 'uniform', min: -1, max: 3 },
      { kind: 'triangular', min: 0, mode: 5, max: 6 },
    ];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (u, v) => {
        for (const d of dists) {
          const a = sample(d, () => u);
          const b = sample(d, () => v);
          if (d.kind !== 'discrete' && 'min' in d) {
            expect(a).toBeGreaterThanOrEqual(d.min);
            expect(a).toBeLessThanOrEqual(d.max);
          }
          if (u < v) expect(a).toBeLessThanOrEqual(b);
        }
      }),
    );
  });
});

describe('seeds', () => {
  it('draw i depends only on (seed, i)', () => {
    expect(drawRng(42, 7)()).toBe(drawRng(42, 7)());
    expect(drawRng(42, 7)()).not.toBe(drawRng(42, 8)());
    expect(deriveSeed(1, 2)).not.toBe(deriveSeed(2, 1));
  });

  it('mulberry32 gives uniforms with the right mean', () => {
    const rng = mulberry32(123);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += rng();
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
