/** Timing of one benchmark: repeated runs after warm-up, reported as median, min and max. */

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** 10th and 90th percentiles (absent in records written before they were kept). */
  readonly p10Ms?: number;
  readonly p90Ms?: number;
  readonly runs: number;
}

export async function time(fn: () => unknown, o: { warmup?: number; runs?: number; maxSeconds?: number } = {}): Promise<Timing> {
  for (let i = 0; i < (o.warmup ?? 1); i++) await fn();
  const samples: number[] = [];
  const deadline = performance.now() + 1000 * (o.maxSeconds ?? 30);
  const runs = o.runs ?? 5;
  while (samples.length < runs && (samples.length === 0 || performance.now() < deadline)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.round(q * (samples.length - 1)))]!;
  return { medianMs: median(samples), minMs: samples[0]!, maxMs: samples[samples.length - 1]!, p10Ms: at(0.1), p90Ms: at(0.9), runs: samples.length };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
