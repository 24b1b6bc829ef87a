/**
 * A run's data in Redis (keys in ./keys.ts). Shard results are written with HSETNX inside one Lua
 * script that also records the shard's progress, so a shard done twice (a retry, a stalled job
 * taken over while its first worker was still alive) is stored and counted once.
 */
import { decode, encode } from './codec.ts';
import type { RedisConnection } from './connection.ts';
import { runKeys } from './keys.ts';
import type { RunInput, StoredShard } from './run-input.ts';

const STORE_SHARD = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[4])
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[5]) end
return 1`;

const RAISE_PROGRESS = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
local now = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
if tonumber(ARGV[2]) <= now then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1`;

/** Store (or re-store, after Redis lost it) a run's input; refreshes the run's time to live. */
export async function putInput(redis: RedisConnection, runId: string, input: RunInput, ttlSeconds: number): Promise<void> {
  await redis.set(runKeys(runId).input, encode(input), 'EX', ttlSeconds);
}

export async function hasInput(redis: RedisConnection, runId: string): Promise<boolean> {
  return (await redis.exists(runKeys(runId).input)) === 1;
}

export async function readInput(redis: RedisConnection, runId: string): Promise<RunInput | null> {
  const text = await redis.get(runKeys(runId).input);
  return text === null ? null : decode<RunInput>(text);
}

/** Keep every key of a live run from expiring. */
export async function touchRun(redis: RedisConnection, runId: string, ttlSeconds: number): Promise<void> {
  const k = runKeys(runId);
  await redis.multi().expire(k.input, ttlSeconds).expire(k.results, ttlSeconds).expire(k.progress, ttlSeconds).expire(k.failed, ttlSeconds).exec();
}

/** Store a shard's outcomes unless already stored; true when this call stored them. */
export async function storeShard<V>(redis: RedisConnection, runId: string, shard: number, outcomes: StoredShard<V>, ttlSeconds: number): Promise<boolean> {
  const k = runKeys(runId);
  const failed = outcomes.filter((o) => !o.ok).length;
  const stored = await redis.eval(STORE_SHARD, 3, k.results, k.progress, k.failed, String(shard), encode(outcomes), String(outcomes.length), String(failed), String(ttlSeconds));
  return stored === 1;
}

/** Raise a shard's progress to `done` items (never lowers it; ignored once the shard is stored). */
export async function raiseProgress(redis: RedisConnection, runId: string, shard: number, done: number, ttlSeconds: number): Promise<void> {
  const k = runKeys(runId);
  await redis.eval(RAISE_PROGRESS, 2, k.results, k.progress, String(shard), String(done), String(ttlSeconds));
}

export async function isStored(redis: RedisConnection, runId: string, shard: number): Promise<boolean> {
  return (await redis.hexists(runKeys(runId).results, String(shard))) === 1;
}

/** Shard indices whose results are stored. */
export async function storedShards(redis: RedisConnection, runId: string): Promise<Set<number>> {
  return new Set((await redis.hkeys(runKeys(runId).results)).map(Number));
}

export async function readShard<V>(redis: RedisConnection, runId: string, shard: number): Promise<StoredShard<V> | null> {
  const text = await redis.hget(runKeys(runId).results, String(shard));
  return text === null ? null : decode<StoredShard<V>>(text);
}

/** Items done and items failed over all shards, as workers report them. */
export async function readProgress(redis: RedisConnection, runId: string): Promise<{ done: number; failed: number }> {
  const k = runKeys(runId);
  const [done, failed] = await Promise.all([redis.hvals(k.progress), redis.hvals(k.failed)]);
  const sum = (values: string[]) => values.reduce((s, v) => s + Number(v), 0);
  return { done: sum(done), failed: sum(failed) };
}

/**
 * Open a run: clear a closed mark left by an earlier run with the same id (a front end that passes
 * a deterministic id, e.g. a hash of the input, re-attaches to that run's stored shards).
 */
export async function openRun(redis: RedisConnection, runId: string): Promise<void> {
  await redis.del(runKeys(runId).closed);
}

/** Mark a run as over (merged or cancelled): workers skip its remaining or repeated shards. */
export async function markClosed(redis: RedisConnection, runId: string, ttlSeconds: number): Promise<void> {
  await redis.set(runKeys(runId).closed, '1', 'EX', ttlSeconds);
}

export async function isClosed(redis: RedisConnection, runId: string): Promise<boolean> {
  return (await redis.exists(runKeys(runId).closed)) === 1;
}

/** Delete a run's data (its queue jobs are removed by the coordinator); the closed mark stays. */
export async function deleteRun(redis: RedisConnection, runId: string): Promise<void> {
  const k = runKeys(runId);
  await redis.del(k.input, k.results, k.progress, k.failed);
}
