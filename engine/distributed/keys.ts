/**
 * Names in Redis. One BullMQ queue serves every run (BullMQ keys `lingtan:shards:*`); each run's own
 * data lives under `lingtan:run:<runId>:*`:
 *   input     the run's input, stored once (population + template options, or scenario + seed)
 *   results   hash: shard index → encoded outcomes of its items (written with HSETNX: first wins)
 *   progress  hash: shard index → items done so far (only ever raised)
 *   failed    hash: shard index → items that failed inside a stored shard
 *   closed    flag: the run is over (merged or cancelled): workers skip its shards
 */

/** BullMQ key prefix and queue name (BullMQ forbids ':' in queue names and custom job ids). */
export const QUEUE_PREFIX = 'lingtan';
export const QUEUE_NAME = 'shards';

const RUN_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A run id is letters, digits, '_' and '-' (it becomes part of Redis keys and job ids). */
export function isRunId(id: string): boolean {
  return RUN_ID.test(id);
}

export interface RunKeys {
  readonly input: string;
  readonly results: string;
  readonly progress: string;
  readonly failed: string;
  readonly closed: string;
}

export function runKeys(runId: string): RunKeys {
  const base = `${QUEUE_PREFIX}:run:${runId}`;
  return { input: `${base}:input`, results: `${base}:results`, progress: `${base}:progress`, failed: `${base}:failed`, closed: `${base}:closed` };
}

/** The BullMQ job id of a shard: the same id for every enqueue, so a shard is queued at most once. */
export function shardJobId(runId: string, shard: number): string {
  return `${runId}.${shard}`;
}
