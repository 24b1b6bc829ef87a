/**
 * A distributed run from the front end's side: store the input once, queue one job per shard, wait
 * for all shards (progress, repairs, failures: ./wait.ts), then hand each shard's stored outcomes to
 * `fold` in shard order — hence in item order, as a single-process run folds them — and clean up.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { closeRedis, connectRedis } from './connection.ts';
import { enqueueShards, removeShardJobs } from './enqueue.ts';
import { isRunId, QUEUE_NAME, QUEUE_PREFIX, shardJobId } from './keys.ts';
import type { DistributedOptions, ShardFailure, ShardRunReport } from './options.ts';
import { itemCount, type RunInput, type ShardJobData, type StoredShard } from './run-input.ts';
import { defaultShardSize, planShards, type ShardRange } from './shards.ts';
import { deleteRun, markClosed, openRun, putInput, readShard } from './store.ts';
import { throttleRepeats } from './throttle.ts';
import { waitForShards } from './wait.ts';

/** What `fold` receives for each shard, in order: its stored outcomes, or why it has none. */
export type ShardPart<V> = { readonly shard: ShardRange; readonly outcomes: StoredShard<V> } | { readonly shard: ShardRange; readonly failure: ShardFailure };

export async function runShards<V>(input: RunInput, o: DistributedOptions, fold: (part: ShardPart<V>) => void): Promise<ShardRunReport> {
  const runId = o.runId ?? randomUUID();
  if (!isRunId(runId)) throw new Error(`invalid run id "${runId}": use letters, digits, '_' and '-'`);
  const total = itemCount(input);
  const shardSize = Math.max(1, Math.floor(o.shardSize ?? defaultShardSize(total)));
  const shards = planShards(total, shardSize);
  const enqueue = { attempts: o.attempts ?? 3, ttlSeconds: o.ttlSeconds ?? 86_400 };
  const redis = typeof o.redis === 'string' ? connectRedis(o.redis, `lingtan-run-${runId}`, o.onEvent) : o.redis;
  try {
    // Fail here on a wrong password or URL (and wait here while Redis is unreachable), before BullMQ
    // starts on the connection.
    await redis.ping();
  } catch (error) {
    if (typeof o.redis === 'string') await closeRedis(redis);
    throw error;
  }
  const queue = new Queue<ShardJobData>(QUEUE_NAME, { connection: redis, prefix: QUEUE_PREFIX });
  const queueError = throttleRepeats(o.onEvent ?? (() => undefined));
  queue.on('error', (error: Error) => queueError(`queue: ${error.message}`));
  try {
    await openRun(redis, runId);
    await putInput(redis, runId, input, enqueue.ttlSeconds);
    await enqueueShards(queue, runId, input.kind, shards, enqueue);
    const waited = await waitForShards({
      redis,
      queue,
      runId,
      input,
      total,
      shards,
      enqueue,
      pollMs: o.pollMs ?? 250,
      reconcileMs: o.reconcileMs ?? 2000,
      onEvent: o.onEvent ?? (() => undefined),
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    if (waited.cancelled) await markClosed(redis, runId, enqueue.ttlSeconds);
    const failures: ShardFailure[] = [];
    for (const shard of shards) {
      const outcomes = await readShard<V>(redis, runId, shard.index);
      if (outcomes !== null) fold({ shard, outcomes });
      else {
        const jobId = shardJobId(runId, shard.index);
        const failure = waited.failures.get(shard.index) ?? { shard: shard.index, jobId, start: shard.start, end: shard.end, message: 'cancelled before it finished', attempts: 0 };
        failures.push(failure);
        fold({ shard, failure });
      }
    }
    if (o.keep !== true) {
      await removeShardJobs(queue, runId, shards);
      await deleteRun(redis, runId);
      await markClosed(redis, runId, 3600);
    }
    return { runId, shards: shards.length, shardSize, complete: failures.length === 0, cancelled: waited.cancelled, failedShards: failures };
  } finally {
    await queue.close();
    if (typeof o.redis === 'string') await closeRedis(redis);
  }
}
