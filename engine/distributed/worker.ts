/**
 * A shard worker process: consumes shard jobs from the one BullMQ queue (any run, any kind) and
 * runs each on the process's solver pool. A worker that dies stops renewing its job locks; after
 * `lockDurationMs` another worker's stalled-job check puts the shard back in the queue (at most
 * `maxStalledCount` times, then the shard fails). `lingtan worker` is a thin layer over this.
 */
import { Worker } from 'bullmq';
import { closeRedis, connectRedis } from './connection.ts';
import { InputCache } from './input-cache.ts';
import { QUEUE_NAME, QUEUE_PREFIX } from './keys.ts';
import { startPool } from '../tasks/pool.ts';
import { ContextCache } from './context-cache.ts';
import { processShard, type ShardReport } from './process-shard.ts';
import type { ShardJobData } from './run-input.ts';
import { throttleRepeats } from './throttle.ts';

export interface ShardWorkerOptions {
  readonly redisUrl: string;
  /** Solver threads; default: the machine's cores. */
  readonly workers?: number;
  /** Shards processed at once by this process (they share its pool); default 2. */
  readonly concurrency?: number;
  /** How long a shard stays claimed by a silent worker; default 30,000 ms. Stalled checks run every half of it. */
  readonly lockDurationMs?: number;
  /** Times a shard may be taken over from a dead worker before it fails; default 2. */
  readonly maxStalledCount?: number;
  /** Warm-up solves per pool thread (default: the engine pool's). */
  readonly warmUpSolves?: number;
  readonly log?: (line: string) => void;
  /** Fault injection for tests and drills (see ShardDeps). */
  readonly injectFault?: (job: ShardJobData) => string | undefined;
}

export interface ShardWorkerHandle {
  /** Stop taking shards, finish the ones in hand, close pools and connections. */
  close(): Promise<void>;
}

export async function startShardWorker(o: ShardWorkerOptions): Promise<ShardWorkerHandle> {
  const log = o.log ?? (() => undefined);
  const redis = connectRedis(o.redisUrl, 'lingtan-worker-store', log);
  try {
    await redis.ping(); // a wrong password or URL fails here (an unreachable Redis is waited for)
  } catch (error) {
    await closeRedis(redis);
    throw error;
  }
  const queueConnection = connectRedis(o.redisUrl, 'lingtan-worker-queue');
  const pool = startPool({ workers: o.workers, warmUpSolves: o.warmUpSolves });
  const deps = { redis, inputs: new InputCache(redis), pool, contexts: new ContextCache(pool), ...(o.injectFault ? { injectFault: o.injectFault } : {}) };
  const lockDuration = o.lockDurationMs ?? 30_000;
  const worker = new Worker<ShardJobData, ShardReport>(QUEUE_NAME, async (job) => processShard(job.data, deps), {
    connection: queueConnection,
    prefix: QUEUE_PREFIX,
    concurrency: o.concurrency ?? 2,
    lockDuration,
    stalledInterval: Math.max(250, Math.floor(lockDuration / 2)),
    maxStalledCount: o.maxStalledCount ?? 2,
    autorun: false,
  });
  worker.on('active', (job) => log(`shard ${job.id} [${job.data.start}, ${job.data.end}): started (attempt ${job.attemptsStarted})`));
  worker.on('completed', (job, r) => {
    const what = r.skipped ?? (r.stored ? 'stored' : 'already stored by another attempt, not counted');
    log(`shard ${job.id} [${job.data.start}, ${job.data.end}): ${r.items} items, ${r.failed} failed, ${r.seconds.toFixed(2)} s, ${what}`);
  });
  worker.on('failed', (job, error) => log(`shard ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`));
  worker.on('stalled', (jobId) => log(`shard ${jobId} stalled (its worker stopped): back in the queue`));
  const queueError = throttleRepeats(log);
  worker.on('error', (error) => queueError(`queue error: ${error.message}`));
  worker.run().catch((error: unknown) => log(`worker stopped: ${(error as Error).message}`));
  await worker.waitUntilReady();
  return {
    async close() {
      // With Redis unreachable a graceful close would wait for it: then stop at once (the shards in
      // hand are taken over by other workers once their locks expire).
      const reachable = redis.status === 'ready' && queueConnection.status === 'ready';
      if (reachable) await worker.close();
      else {
        log('Redis unreachable: stopping without finishing the shards in hand');
        await Promise.race([worker.close(true), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
        await Promise.race([worker.disconnect(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      }
      await pool.close();
      await Promise.all([closeRedis(redis), closeRedis(queueConnection)]);
    },
  };
}
