/**
 * The front end's wait for a run's shards. Every `pollMs` it reads progress and which shards are
 * stored; every `reconcileMs` it repairs what a fault can break:
 *   - the input is gone (Redis restarted without its data): store it again;
 *   - a shard has no result and no job (lost with Redis, or completed without a result): queue it
 *     again under the same id;
 *   - a shard's job failed for good (attempts used up, or stalled too often): record it by id.
 * It ends when every shard is stored or failed, or when the signal aborts.
 */
import type { Queue } from 'bullmq';
import type { RedisConnection } from './connection.ts';
import { enqueueShards, type EnqueueOptions } from './enqueue.ts';
import { shardJobId } from './keys.ts';
import type { ShardFailure } from './options.ts';
import type { RunInput, ShardJobData } from './run-input.ts';
import type { ShardRange } from './shards.ts';
import { hasInput, putInput, readProgress, storedShards, touchRun } from './store.ts';
import type { ProgressListener } from '../parallel/progress.ts';

export interface WaitContext {
  readonly redis: RedisConnection;
  readonly queue: Queue<ShardJobData>;
  readonly runId: string;
  readonly input: RunInput;
  readonly total: number;
  readonly shards: readonly ShardRange[];
  readonly enqueue: EnqueueOptions;
  readonly pollMs: number;
  readonly reconcileMs: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
  readonly onEvent: (message: string) => void;
}

export interface WaitOutcome {
  readonly failures: ReadonlyMap<number, ShardFailure>;
  readonly cancelled: boolean;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Check the shards not yet settled; returns the shards newly failed. */
async function reconcile(c: WaitContext, settled: (s: number) => boolean, failures: Map<number, ShardFailure>): Promise<void> {
  if (await hasInput(c.redis, c.runId)) await touchRun(c.redis, c.runId, c.enqueue.ttlSeconds);
  else {
    await putInput(c.redis, c.runId, c.input, c.enqueue.ttlSeconds);
    c.onEvent(`run ${c.runId}: Redis had lost the run's input (restarted without its data?): stored it again`);
  }
  const pending = c.shards.filter((s) => !settled(s.index));
  const states = await Promise.all(pending.map((s) => c.queue.getJobState(shardJobId(c.runId, s.index))));
  const stored = await storedShards(c.redis, c.runId);
  const lost: ShardRange[] = [];
  for (const [i, s] of pending.entries()) {
    if (stored.has(s.index)) continue;
    const state = states[i];
    const jobId = shardJobId(c.runId, s.index);
    if (state === 'failed') {
      const job = await c.queue.getJob(jobId);
      const failure = { shard: s.index, jobId, start: s.start, end: s.end, message: job?.failedReason ?? 'failed', attempts: job?.attemptsMade ?? c.enqueue.attempts };
      failures.set(s.index, failure);
      c.onEvent(`shard ${jobId} [${s.start}, ${s.end}) failed after ${failure.attempts} attempt(s): ${failure.message}`);
    } else if (state === 'unknown' || state === 'completed') {
      if (state === 'completed') await c.queue.remove(jobId).catch(() => 0);
      lost.push(s);
    }
  }
  if (lost.length > 0) {
    await enqueueShards(c.queue, c.runId, c.input.kind, lost, c.enqueue);
    c.onEvent(`run ${c.runId}: ${lost.length} shard(s) had neither a result nor a job (lost with Redis?): queued again`);
  }
}

export async function waitForShards(c: WaitContext): Promise<WaitOutcome> {
  const failures = new Map<number, ShardFailure>();
  let stored = new Set<number>();
  const settled = (s: number) => stored.has(s) || failures.has(s);
  let lastReconcile = performance.now();
  let lastDone = -1;
  let warnedIdle = false;
  for (;;) {
    if (c.signal?.aborted) return { failures, cancelled: true };
    stored = await storedShards(c.redis, c.runId);
    const progress = await readProgress(c.redis, c.runId);
    const lostItems = [...failures.values()].reduce((n, f) => n + (f.end - f.start), 0);
    const done = Math.min(c.total, progress.done + lostItems);
    if (done !== lastDone) c.onProgress?.({ done, total: c.total, failed: progress.failed + lostItems });
    lastDone = done;
    if (c.shards.every((s) => settled(s.index))) return { failures, cancelled: false };
    if (performance.now() - lastReconcile >= c.reconcileMs) {
      await reconcile(c, settled, failures);
      lastReconcile = performance.now();
      if (done === 0 && !warnedIdle && (await c.queue.getWorkersCount().catch(() => -1)) === 0) {
        warnedIdle = true;
        c.onEvent('no worker is consuming the queue yet: start `lingtan worker --redis URL` on one or more machines');
      }
      continue;
    }
    await sleep(c.pollMs, c.signal);
  }
}
