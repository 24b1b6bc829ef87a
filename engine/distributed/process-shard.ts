/**
 * One shard on a worker process: read the run's input, run the shard's items on the local solver
 * pool (the same tasks a single-process run sends), report progress per item, and store the
 * outcomes once. Throws only for faults of the shard as a whole (no input, no Redis), which BullMQ
 * then retries; a failed item is an outcome like in the single-process pool.
 */
import type { TaskOutcome } from '../parallel/tasks.ts';
import type { EnginePool } from '../tasks/pool.ts';
import type { RedisConnection } from './connection.ts';
import type { ContextCache } from './context-cache.ts';
import type { InputCache } from './input-cache.ts';
import type { ShardJobData } from './run-input.ts';
import { contextKey, runContext, shardTasks } from './shard-tasks.ts';
import { isClosed, isStored, raiseProgress, storeShard } from './store.ts';

export interface ShardDeps {
  readonly redis: RedisConnection;
  readonly inputs: InputCache;
  /** The process's one solver pool, and the run contexts it holds. */
  readonly pool: EnginePool;
  readonly contexts: ContextCache;
  /** Fault injection for tests and drills: an error message makes the shard throw it. */
  readonly injectFault?: (job: ShardJobData) => string | undefined;
}

export interface ShardReport {
  readonly items: number;
  readonly failed: number;
  /** False when another attempt had already stored this shard (this one is not counted). */
  readonly stored: boolean;
  readonly skipped?: 'run closed' | 'already stored';
  readonly seconds: number;
}

export async function processShard(job: ShardJobData, deps: ShardDeps): Promise<ShardReport> {
  const started = performance.now();
  const report = (r: Omit<ShardReport, 'seconds'>): ShardReport => ({ ...r, seconds: (performance.now() - started) / 1000 });
  const fault = deps.injectFault?.(job);
  if (fault !== undefined) throw new Error(fault);
  if (await isClosed(deps.redis, job.runId)) return report({ items: 0, failed: 0, stored: false, skipped: 'run closed' });
  if (await isStored(deps.redis, job.runId, job.shard)) return report({ items: 0, failed: 0, stored: false, skipped: 'already stored' });
  const input = await deps.inputs.get(job.runId);
  if (input === null) throw new Error(`run ${job.runId}: no input in Redis (the run ended or Redis lost it; the front end stores it again)`);
  const context = deps.contexts.get(contextKey(input), () => {
    const value = runContext(input);
    if (!value.ok) throw new Error(`run ${job.runId}: ${value.error.message}`);
    return value.value;
  });
  const outcomes: Array<TaskOutcome<unknown>> = [];
  let done = 0;
  let progress: Promise<void> = Promise.resolve();
  await deps.pool.runAll(
    shardTasks(input, job.start, job.end),
    (i, outcome) => {
      outcomes[i] = outcome;
      const n = ++done;
      progress = progress.then(() => raiseProgress(deps.redis, job.runId, job.shard, n, job.ttlSeconds)).catch(() => undefined);
    },
    { context, timeoutMs: input.taskTimeoutMs },
  );
  await progress;
  const stored = await storeShard(deps.redis, job.runId, job.shard, outcomes, job.ttlSeconds);
  return report({ items: outcomes.length, failed: outcomes.filter((o) => !o.ok).length, stored });
}
