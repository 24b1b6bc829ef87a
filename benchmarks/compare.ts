/**
 * Compare the latest benchmark run with the previous run of the same suite: which figures got
 * slower or faster beyond noise. Noise: the larger of 10 % and the spread (p90/p10, at most 50 %)
 * seen in either run.
 *   npm run bench:compare [-- --suite full|smoke]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BenchResult, RunRecord } from './types.ts';

export interface Change { id: string; before: number; after: number; ratio: number; noise: number; verdict: 'slower' | 'faster' | 'same' }

/**
 * Spread of a timing: p90/p10 − 1 (one outlier among 31 runs does not widen it), capped at 50 %;
 * older records without percentiles use max/min − 1 with the same cap.
 */
function spread(t: NonNullable<BenchResult['timing']>): number {
  const [lo, hi] = t.p10Ms !== undefined && t.p90Ms !== undefined ? [t.p10Ms, t.p90Ms] : [t.minMs, t.maxMs];
  return lo > 0 ? Math.min(0.5, hi / lo - 1) : 0;
}

/** Value where larger is worse (times, memory, HiGHS over native) — rates and speedups inverted; null when neither. */
function cost(r: BenchResult): { value: number; spread: number } | null {
  if (r.timing) return { value: r.timing.medianMs, spread: spread(r.timing) };
  if (r.value === undefined) return null;
  if (r.unit === 'per_second') return { value: 1 / r.value, spread: 0 };
  if (r.unit === 'ratio' && r.id.endsWith('speedup')) return { value: 1 / r.value, spread: 0 };
  // javascript-lp-solver over HiGHS rises when HiGHS gets faster: neither better nor worse.
  if (r.unit === 'ratio' && r.id.endsWith('jslp_over_highs')) return null;
  return { value: r.value, spread: 0 };
}

export function compareRuns(before: RunRecord, after: RunRecord): Change[] {
  const prior = new Map(before.results.map((r) => [r.id, r]));
  const out: Change[] = [];
  for (const r of after.results) {
    const p = prior.get(r.id);
    const a = cost(r);
    const b = p ? cost(p) : null;
    if (!a || !b || b.value === 0) continue;
    const ratio = a.value / b.value;
    const noise = Math.max(0.1, a.spread, b.spread);
    out.push({ id: r.id, before: b.value, after: a.value, ratio, noise, verdict: ratio > 1 + noise ? 'slower' : ratio < 1 / (1 + noise) ? 'faster' : 'same' });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { suite: { type: 'string', default: 'full' } } });
  const lines = readFileSync(new URL('./history/results.jsonl', import.meta.url), 'utf8').trim().split('\n');
  const runs = lines.map((l) => JSON.parse(l) as RunRecord).filter((r) => r.suite === values.suite);
  if (runs.length < 2) {
    process.stdout.write(`fewer than two ${values.suite} runs in the history: nothing to compare\n`);
  } else {
    const [before, after] = [runs[runs.length - 2]!, runs[runs.length - 1]!];
    process.stdout.write(`${before.commit} (${before.timestamp}) → ${after.commit} (${after.timestamp})\n`);
    for (const c of compareRuns(before, after)) {
      if (c.verdict !== 'same') process.stdout.write(`${c.verdict.padEnd(7)} ${c.id.padEnd(48)} ×${c.ratio.toFixed(2)} (noise ±${(c.noise * 100).toFixed(0)} %)\n`);
    }
    process.stdout.write('other figures within noise\n');
  }
}
