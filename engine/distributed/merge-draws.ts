/**
 * Merge a distributed Monte Carlo sweep: draw results kept by index, summarised by `summariseDraws`
 * over the draws in index order, exactly as `runMonteCarlo` does, so the summary is bit-identical.
 * The draws of a failed shard are reported as failed draws, naming the shard.
 */
import type { WorkerError } from '../parallel/tasks.ts';
import type { DrawResult } from '../simulation/draw.ts';
import type { MonteCarloResult } from '../simulation/monte-carlo.ts';
import { summariseDraws } from '../simulation/summarise.ts';
import type { DrawsRunInput } from './run-input.ts';
import type { ShardPart } from './run-shards.ts';

export class DrawsMerge {
  private readonly results: Array<DrawResult | undefined>;
  private readonly failed: Array<{ index: number; error: WorkerError }> = [];
  private readonly failedShards: string[] = [];

  constructor(
    private readonly input: DrawsRunInput,
    private readonly scenarioId: string,
  ) {
    this.results = new Array<DrawResult | undefined>(input.draws);
  }

  fold(part: ShardPart<DrawResult>): void {
    const { start, end } = part.shard;
    if ('failure' in part) {
      const f = part.failure;
      const message = `shard ${f.jobId} failed after ${f.attempts} attempt(s): ${f.message}`;
      this.failedShards.push(`${f.jobId} (draws ${start}–${end - 1}): ${f.message}`);
      for (let index = start; index < end; index++) this.failed.push({ index, error: { code: 'task_error', message, attempts: f.attempts } });
      return;
    }
    part.outcomes.forEach((r, k) => {
      if (r.ok) this.results[start + k] = r.value;
      else this.failed.push({ index: start + k, error: r.error });
    });
  }

  /** The same shape (and, for a complete run, the same values) as `runMonteCarlo`'s result. */
  result(): MonteCarloResult {
    const ordered = this.results.filter((r): r is DrawResult => r !== undefined);
    const n = this.input.draws;
    const partial = this.failedShards.length > 0 ? `; partial result: shard ${this.failedShards.join('; shard ')}` : '';
    return {
      scenarioId: this.scenarioId,
      mode: this.input.mode,
      seed: this.input.seed,
      inputs: this.input.scenario.uncertainty.inputs,
      summary: summariseDraws(ordered),
      draws: ordered,
      failed: this.failed,
      message: this.failed.length > 0 ? `${this.failed.length} of ${n} draws failed${partial}` : 'ok',
    };
  }
}
