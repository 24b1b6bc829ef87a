/** Tidy rows for the benchmark charts, from run records (pure). */
import type { BenchmarkHistoryRow, BenchmarkScalingRow } from '../engine/charts/rows/types.ts';
import { figure, type RunRecord } from './types.ts';

/** The headline figures whose history is charted (parallel runs at the machine's cores). */
export const historyFigures = (cores: number): string[] => [
  'pathway_lp_60.end_to_end',
  'pathway_mip_60.end_to_end',
  'anchor_clp_50x60.highs_wasm',
  `rollout_1000.workers_${cores}.seconds`,
  `rollout_10000.workers_${cores}.seconds`,
  `monte_carlo_1000.workers_${cores}.seconds`,
];

export function historyRows(runs: readonly RunRecord[], figures?: readonly string[]): BenchmarkHistoryRow[] {
  const first = new Map<string, number>();
  const out: BenchmarkHistoryRow[] = [];
  for (const run of runs) {
    for (const id of figures ?? historyFigures(run.machine.cores)) {
      const r = run.results.find((x) => x.id === id);
      const v = r ? figure(r) : undefined;
      if (v === undefined || !(v > 0)) continue;
      if (!first.has(id)) first.set(id, v);
      out.push({ timestamp: run.timestamp, commit: run.commit, figure: id, relative: v / first.get(id)! });
    }
  }
  return out;
}

/** Factories per second against population size, one series per worker count. */
export function rolloutScalingRows(run: RunRecord): BenchmarkScalingRow[] {
  const out: BenchmarkScalingRow[] = [];
  for (const r of run.results) {
    const m = /^rollout_(\d+)\.workers_(\d+)\.factories_per_second$/.exec(r.id);
    const v = figure(r);
    if (m && v !== undefined) out.push({ series: `${m[2]} worker${m[2] === '1' ? '' : 's'}`, size: Number(m[1]), value: v });
  }
  return out;
}

/** End-to-end median against the number of measures, LP and MILP. */
export function pathwayScalingRows(run: RunRecord): BenchmarkScalingRow[] {
  const out: BenchmarkScalingRow[] = [];
  for (const r of run.results) {
    const m = /^pathway_(lp|mip)_(\d+)\.end_to_end$/.exec(r.id);
    const v = figure(r);
    if (m && v !== undefined) out.push({ series: m[1] === 'lp' ? 'LP' : 'MILP', size: Number(m[2]), value: v });
  }
  return out;
}
