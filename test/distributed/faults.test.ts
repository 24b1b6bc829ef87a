/**
 * Faults of a distributed run, against a real redis-server and `lingtan worker` processes:
 *   - a worker process killed (SIGKILL) in the middle of a shard: BullMQ's stalled-job check hands
 *     the shard to the other worker; the totals still match the in-process run (no loss, no double
 *     count);
 *   - Redis restarted mid-run without its data: the front end stores the input and queues the lost
 *     shards again; the totals still match;
 *   - a shard that always fails: reported by id with its error; the rest merged as a partial result;
 *   - a shard stored twice counts once; a cancelled run stops with every unfinished shard named.
 * Plus the CLI end to end (`lingtan rollout --redis`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedis, connectRedis } from '../../engine/distributed/connection.ts';
import { runRolloutDistributed } from '../../engine/distributed/rollout.ts';
import { readProgress, storeShard } from '../../engine/distributed/store.ts';
import { startShardWorker } from '../../engine/distributed/worker.ts';
import { populationCsv } from '../../engine/rollout/population.ts';
import { runRollout, type RolloutResult } from '../../engine/rollout/rollout.ts';
import { json, population } from './fixtures.ts';
import { startRedis, type TestRedis } from './redis-server.ts';
import { spawnWorker, type WorkerProcess } from './worker-process.ts';
import { testPools } from '../helpers/pools.ts';
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';

const pool = testPools();

const rows = population(24);
const WORKER_ARGS = ['--workers', '1', '--concurrency', '2', '--lock-ms', '2000'];

let redis: TestRedis;
let reference: RolloutResult;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
  const r = await runRollout(rows, { pool: pool(2), settings: DEFAULT_SOLVER_SETTINGS });
  if (!r.ok) throw new Error(r.error.message);
  reference = r.value;
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill('SIGKILL')));
  await redis?.stop();
}, 30_000);

describe('distributed faults', () => {
  it('a worker killed mid-shard: its shard is taken over, totals match exactly', async () => {
    workers.push(...(await Promise.all([spawnWorker(redis.url, WORKER_ARGS), spawnWorker(redis.url, WORKER_ARGS)])));
    const [victim, survivor] = workers as [WorkerProcess, WorkerProcess];
    const run = runRolloutDistributed(rows, { settings: DEFAULT_SOLVER_SETTINGS, redis: redis.url, shardSize: 3, reconcileMs: 500 });
    // The victim has claimed a shard and is still warming its pool: kill it mid-shard.
    await victim.waitFor(/started/);
    expect(victim.log()).not.toMatch(/stored/);
    await victim.kill('SIGKILL');
    const r = await run;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.run).toMatchObject({ complete: true, failedShards: [] });
    expect(json(r.value.result)).toBe(json(reference));
    expect(survivor.log()).toMatch(/stalled \(its worker stopped\)/);
  }, 90_000);

  it('the CLI runs a rollout on the workers and prints the in-process JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-dist-'));
    const file = join(dir, 'population.csv');
    writeFileSync(file, populationCsv(rows));
    const bin = join(import.meta.dirname, '../../cli/bin.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'rollout', file, '--redis', redis.url, '--shard-size', '6', '--json']);
    expect(json(JSON.parse(stdout))).toBe(json(reference));
    const bad = await promisify(execFile)(process.execPath, [bin, 'rollout', file, '--redis', redis.url, '--workers', '2']).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
  }, 60_000);

  it('Redis restarted mid-run without its data: the run resumes, totals match exactly', async () => {
    // Freeze the workers mid-run (so the run cannot finish first), restart Redis empty, thaw them.
    const events: string[] = [];
    let restarted: Promise<void> | undefined;
    const r = await runRolloutDistributed(rows, {
      settings: DEFAULT_SOLVER_SETTINGS,
      redis: redis.url,
      shardSize: 3,
      pollMs: 50,
      reconcileMs: 500,
      onEvent: (m) => events.push(m),
      onProgress: (p) => {
        if (restarted !== undefined || p.done === 0 || p.done === rows.length) return;
        for (const w of workers) w.signal('SIGSTOP');
        restarted = redis.restart().finally(() => workers.forEach((w) => w.signal('SIGCONT')));
      },
    });
    await restarted;
    if (!r.ok) throw new Error(r.error.message);
    expect(restarted).toBeDefined();
    expect(events.join('\n')).toMatch(/stored it again/);
    expect(r.value.run).toMatchObject({ complete: true, failedShards: [] });
    expect(json(r.value.result)).toBe(json(reference));
  }, 90_000);

  it('a shard that always fails is reported by id, and the run ends with a partial result', async () => {
    await Promise.all(workers.splice(0).map((w) => w.kill('SIGTERM')));
    const worker = await startShardWorker({
      redisUrl: redis.url,
      workers: 1,
      injectFault: (job) => (job.shard === 1 ? 'injected fault: shard 1 always fails' : undefined),
    });
    try {
      const r = await runRolloutDistributed(rows, { settings: DEFAULT_SOLVER_SETTINGS, redis: redis.url, runId: 'always-failing', shardSize: 4, attempts: 2, reconcileMs: 300 });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.run.complete).toBe(false);
      expect(r.value.run.failedShards).toEqual([{ shard: 1, jobId: 'always-failing.1', start: 4, end: 8, attempts: 2, message: 'injected fault: shard 1 always fails' }]);
      expect(r.value.result.failures.map((f) => f.id)).toEqual(rows.slice(4, 8).map((row) => row.id));
      expect(r.value.result.failures[0]?.message).toMatch(/shard always-failing\.1 failed after 2 attempt\(s\): injected fault/);
      expect(r.value.result.sectors[0]?.factories).toBe(rows.length - 4);
    } finally {
      await worker.close();
    }
  }, 90_000);

  it('a shard stored twice is stored and counted once', async () => {
    const connection = connectRedis(redis.url, 'test');
    try {
      const first = [{ ok: true as const, value: 1 }, { ok: false as const, error: { code: 'task_error' as const, message: 'x', attempts: 1 } }];
      expect(await storeShard(connection, 'twice', 0, first, 60)).toBe(true);
      expect(await storeShard(connection, 'twice', 0, [{ ok: true as const, value: 2 }, { ok: true as const, value: 3 }], 60)).toBe(false);
      expect(await readProgress(connection, 'twice')).toEqual({ done: 2, failed: 1 });
    } finally {
      await closeRedis(connection);
    }
  });

  it('a cancelled run ends at once, naming every shard it did not finish', async () => {
    // No worker is running: nothing is consumed.
    const r = await runRolloutDistributed(rows, { settings: DEFAULT_SOLVER_SETTINGS, redis: redis.url, shardSize: 8, signal: AbortSignal.timeout(300) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.run).toMatchObject({ cancelled: true, complete: false });
    expect(r.value.run.failedShards.map((f) => f.shard)).toEqual([0, 1, 2]);
    expect(r.value.result.failures).toHaveLength(rows.length);
  });
});
