/**
 * Segmentation of a representative day into fewer time slices of whole hours (the "segmentation"
 * of time-series aggregation: tsam, Pineda & Morales 2018, used by PyPSA-Eur): consecutive hours
 * are merged where the profiles change least, never across a change of the energy price, so every
 * price stays exact and every energy total (load, generation) is kept by averaging. Dynamic
 * programming finds the split into k contiguous segments with the least within-segment squared
 * deviation of the hours' feature vectors (each profile scaled to its daily mean).
 */

export interface Segment {
  /** First clock hour. */
  readonly start: number;
  readonly hours: number;
}

/**
 * Split 24 hours into `count` segments (more when the price changes more often than that). `features`
 * holds one vector per hour; `price` one number per hour (segments never mix two prices).
 */
export function segmentDay(features: readonly (readonly number[])[], price: readonly number[], count: number): Segment[] {
  const n = features.length;
  const runs = 1 + price.slice(1).filter((p, h) => Math.abs(p - price[h]!) > 1e-9 * Math.max(1, Math.abs(p))).length;
  const k = Math.min(n, Math.max(count, runs));
  if (k >= n) return Array.from({ length: n }, (_, h) => ({ start: h, hours: 1 }));
  const costs = Array.from({ length: n }, (_, from) => Array.from({ length: n + 1 }, (_, to) => (to > from ? segmentCost(features, price, from, to) : Infinity)));
  const cost = (from: number, to: number): number => costs[from]![to]!;
  // best[j][i]: least cost of the first i hours in j segments; cut[j][i]: where the last one starts.
  const best = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j; i <= n - (k - j); i++) {
      for (let s = j - 1; s < i; s++) {
        const c = best[j - 1]![s]! + cost(s, i);
        if (c < best[j]![i]!) {
          best[j]![i] = c;
          cut[j]![i] = s;
        }
      }
    }
  }
  const out: Segment[] = [];
  for (let j = k, i = n; j > 0; j--) {
    const s = cut[j]![i]!;
    out.unshift({ start: s, hours: i - s });
    i = s;
  }
  return out;
}

function segmentCost(features: readonly (readonly number[])[], price: readonly number[], from: number, to: number): number {
  for (let h = from + 1; h < to; h++) if (Math.abs(price[h]! - price[from]!) > 1e-9 * Math.max(1, Math.abs(price[from]!))) return Infinity;
  const dims = features[from]!.length;
  let sum = 0;
  for (let f = 0; f < dims; f++) {
    let mean = 0;
    for (let h = from; h < to; h++) mean += features[h]![f]!;
    mean /= to - from;
    for (let h = from; h < to; h++) sum += (features[h]![f]! - mean) ** 2;
  }
  return sum;
}

/** Mean of an hourly series over each segment. */
export const segmentMeans = (hourly: readonly number[], segments: readonly Segment[]): number[] =>
  segments.map((s) => hourly.slice(s.start, s.start + s.hours).reduce((a, b) => a + b, 0) / s.hours);

/** Largest value of an hourly series in each segment. */
export const segmentMaxima = (hourly: readonly number[], segments: readonly Segment[]): number[] =>
  segments.map((s) => Math.max(...hourly.slice(s.start, s.start + s.hours)));
