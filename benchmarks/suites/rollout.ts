/**
 * Sector rollouts of generated populations (electronics archetype) at growing sizes, with 1 up to
 * the machine's cores solver workers, each run in a fresh process (benchmarks/child/rollout.ts) so
 * its time includes the pool's start-up and its peak memory is its own.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { valueResult, type Benchmark, type BenchResult } from '../types.ts';

interface ChildRun { readonly factories: number; readonly workers: number; readonly seconds: number; readonly failures: number; readonly peakRssMb: number }

const child = new URL('../child/rollout.ts', import.meta.url).pathname;

function runChild(factories: number, workers: number): ChildRun {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, String(factories), String(workers)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildRun;
}

/** Worker counts from 1 to the machine's cores (never more workers than factories). */
export const workerCounts = (factories: number): number[] => Array.from({ length: Math.min(availableParallelism(), factories) }, (_, i) => i + 1);

export function rollout(factories: number, smoke: boolean): Benchmark {
  const id = `rollout_${factories}`;
  const group = 'rollout';
  return {
    id,
    group,
    smoke,
    async run() {
      const out: BenchResult[] = [];
      const rate: Record<number, number> = {};
      for (const workers of workerCounts(factories)) {
        const r = runChild(factories, workers);
        rate[workers] = factories / r.seconds;
        const failed = r.failures > 0 ? `${r.failures} factories failed` : undefined;
        out.push(valueResult(`${id}.workers_${workers}.seconds`, group, 'ms', r.seconds * 1000, failed ?? (factories === 10_000 ? 'target ≤ 30 s on 2 cores' : 'incl. pool start-up')));
        out.push(valueResult(`${id}.workers_${workers}.factories_per_second`, group, 'per_second', rate[workers]!));
        out.push(valueResult(`${id}.workers_${workers}.peak_rss`, group, 'mb', r.peakRssMb, factories === 10_000 ? 'process peak, all threads (target < 1 GB)' : 'process peak, all threads'));
      }
      const most = Math.max(...Object.keys(rate).map(Number));
      if (most > 1) out.push(valueResult(`${id}.speedup`, group, 'ratio', rate[most]! / rate[1]!, `${most} workers over 1 (target ≥ 1.8 at 2)`));
      return out;
    },
  };
}
