/** Putting a run's shards on the queue: one job per shard, with a fixed id (re-adding is a no-op). */
import type { Queue } from 'bullmq';
import { shardJobId } from './keys.ts';
import type { RunInput, ShardJobData } from './run-input.ts';
import type { ShardRange } from './shards.ts';

export interface EnqueueOptions {
  readonly attempts: number;
  readonly ttlSeconds: number;
}

function job(runId: string, kind: RunInput['kind'], s: ShardRange, o: EnqueueOptions) {
  const data: ShardJobData = { runId, shard: s.index, start: s.start, end: s.end, ttlSeconds: o.ttlSeconds };
  return {
    name: kind,
    data,
    opts: {
      jobId: shardJobId(runId, s.index),
      attempts: o.attempts,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      removeOnFail: { age: o.ttlSeconds },
    },
  };
}

export async function enqueueShards(queue: Queue<ShardJobData>, runId: string, kind: RunInput['kind'], shards: readonly ShardRange[], o: EnqueueOptions): Promise<void> {
  for (let i = 0; i < shards.length; i += 500) await queue.addBulk(shards.slice(i, i + 500).map((s) => job(runId, kind, s, o)));
}

/** Remove a run's jobs that are still waiting, delayed or failed (a job a worker holds is left to finish). */
export async function removeShardJobs(queue: Queue<ShardJobData>, runId: string, shards: readonly ShardRange[]): Promise<void> {
  for (const s of shards) await queue.remove(shardJobId(runId, s.index)).catch(() => 0);
}
