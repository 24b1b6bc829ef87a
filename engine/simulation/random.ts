/**
 * Seeded randomness. Draw i of a run uses a seed derived from (seed, i) alone, so results do not
 * depend on which worker computes which draw or in what order.
 */

/** A 32-bit hash of (seed, index) (splitmix32 finaliser over both words). */
export function deriveSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index >>> 0) + 0x6a09e667, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

/** mulberry32: a small, fast PRNG with 2^32 period; returns uniforms in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator for draw `index` of a run seeded with `seed`. */
export const drawRng = (seed: number, index: number): (() => number) => mulberry32(deriveSeed(seed, index));
