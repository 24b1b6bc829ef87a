/**
 * Merge a distributed rollout: fold every factory result into one RolloutAccumulator in population
 * order (shard by shard, row by row), exactly as `runRollout` folds them, so the totals are
 * bit-identical. The rows of a failed shard are reported as failed factories, naming the shard.
 */
import { RolloutAccumulator } from '../rollout/aggregate.ts';
import type { PopulationRow } from '../rollout/population.ts';
import type { RolloutResult } from '../rollout/rollout.ts';
import type { RolloutFactoryResult } from '../rollout/solve-row.ts';
import type { ShardPart } from './run-shards.ts';

export class RolloutMerge {
  private readonly acc = new RolloutAccumulator();

  constructor(
    private readonly rows: readonly PopulationRow[],
    private readonly carbonPriceRmbPerTco2: number | undefined,
  ) {}

  fold(part: ShardPart<RolloutFactoryResult>): void {
    const { start, end } = part.shard;
    if ('failure' in part) {
      const f = part.failure;
      for (let i = start; i < end; i++) this.acc.fail(this.rows[i]!.id, `shard ${f.jobId} failed after ${f.attempts} attempt(s): ${f.message}`);
      return;
    }
    part.outcomes.forEach((r, k) => {
      if (r.ok) this.acc.add(r.value);
      else this.acc.fail(this.rows[start + k]!.id, `${r.error.code}: ${r.error.message}`);
    });
  }

  /** The same shape (and, for a complete run, the same values) as `runRollout`'s result. */
  result(): RolloutResult {
    return { factories: this.rows.length, sectors: this.acc.result(), failures: this.acc.failures, carbonPriceRmbPerTco2: this.carbonPriceRmbPerTco2 ?? null };
  }
}
