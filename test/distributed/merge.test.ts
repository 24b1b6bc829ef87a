/**
 * A distributed run (real redis-server, `lingtan worker` child processes) gives exactly the result
 * of the in-process pool for the same input and seed — a rollout and a Monte Carlo sweep, with one
 * and with two worker processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarloDistributed } from '../../engine/distributed/monte-carlo.ts';
import { runRolloutDistributed } from '../../engine/distributed/rollout.ts';
import { runRollout, type RolloutResult } from '../../engine/rollout/rollout.ts';
import { runMonteCarlo, type MonteCarloResult } from '../../engine/simulation/monte-carlo.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { json, population, uncertainScenario } from './fixtures.ts';
import { startRedis, type TestRedis } from './redis-server.ts';
import { spawnWorker, type WorkerProcess } from './worker-process.ts';
import { testPools } from '../helpers/pools.ts';
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';

const pool = testPools();

const rows = population(24);
const scenario = uncertainScenario();
const DRAWS = 10;
const SEED = 99;

let redis: TestRedis;
let backend: SolverBackend;
let rolloutRef: RolloutResult;
let sweepRef: MonteCarloResult;

beforeAll(async () => {
  redis = await startRedis();
  backend = await loadBackend('highs');
  const r = await runRollout(rows, { pool: pool(2), settings: DEFAULT_SOLVER_SETTINGS });
  if (!r.ok) throw new Error(r.error.message);
  rolloutRef = r.value;
  sweepRef = await runMonteCarlo(scenario, backend, { mode: 'reoptimise', draws: DRAWS, seed: SEED, pool: pool(2), settings: scenario.solver });
  expect(rolloutRef.failures).toEqual([]);
  expect(sweepRef.failed).toEqual([]);
}, 120_000);

afterAll(async () => {
  await redis?.stop();
});

describe.each([
  { processes: 1, threads: 2 },
  { processes: 2, threads: 1 },
])('with $processes worker process(es) of $threads thread(s)', ({ processes, threads }) => {
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    workers = await Promise.all(Array.from({ length: processes }, () => spawnWorker(redis.url, ['--workers', String(threads), '--concurrency', '2'])));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGTERM')));
  }, 30_000);

  it('a rollout merges into exactly the in-process totals', async () => {
    const seen: number[] = [];
    const r = await runRolloutDistributed(rows, { settings: DEFAULT_SOLVER_SETTINGS, redis: redis.url, shardSize: 4, onProgress: (p) => seen.push(p.done) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.run).toMatchObject({ shards: 6, complete: true, failedShards: [] });
    expect(json(r.value.result)).toBe(json(rolloutRef));
    expect(seen.at(-1)).toBe(rows.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    if (processes === 2) for (const w of workers) expect(w.log()).toMatch(/stored/);
  }, 90_000);

  it('a Monte Carlo sweep merges into exactly the in-process result for the same seed', async () => {
    const r = await runMonteCarloDistributed(scenario, backend, { mode: 'reoptimise', draws: DRAWS, seed: SEED, settings: scenario.solver, redis: redis.url, shardSize: 3 });
    expect(r.run).toMatchObject({ shards: 4, complete: true });
    expect(json(r.result)).toBe(json(sweepRef));
  }, 90_000);
});
