/** The shapes of the benchmark suite: a benchmark produces result rows; a run record holds them. */
import type { Timing } from './measure.ts';

export interface BenchResult {
  readonly id: string;
  readonly group: string;
  /** 'ms' timings carry median/min/max; single measurements, rates and ratios carry `value`. */
  readonly unit: 'ms' | 'per_second' | 'ratio' | 'mb';
  readonly timing?: Timing;
  readonly value?: number;
  readonly note?: string;
}

export interface Benchmark {
  readonly id: string;
  readonly group: string;
  /** Part of the seconds-long subset CI runs (`npm run bench:smoke`). */
  readonly smoke: boolean;
  run(mode: RunMode): Promise<BenchResult[]>;
}

/** How the suite runs: `quick` for the smoke subset (fewer repetitions, smaller inputs). */
export interface RunMode {
  readonly quick: boolean;
}

/** One line of benchmarks/history/results.jsonl. */
export interface RunRecord {
  readonly timestamp: string;
  readonly suite: 'full' | 'smoke' | 'partial';
  readonly commit: string;
  readonly node: string;
  readonly machine: { readonly cpu: string; readonly cores: number; readonly memoryGb: number };
  readonly peakRssMb: number;
  readonly results: readonly BenchResult[];
}

export const msResult = (id: string, group: string, timing: Timing, note?: string): BenchResult => ({ id, group, unit: 'ms', timing, ...(note ? { note } : {}) });

export const valueResult = (id: string, group: string, unit: BenchResult['unit'], value: number, note?: string): BenchResult => ({ id, group, unit, value, ...(note ? { note } : {}) });

/** The figure a result stands for: a timing's median or the value. */
export const figure = (r: BenchResult): number | undefined => r.timing?.medianMs ?? r.value;
