/**
 * The generic pool: typed tasks and run contexts, a worker that dies is survived (the task retried
 * once, reported, the run goes on), time limits, cancellation, handler errors as outcomes; and the
 * engine's registry answers a draw exactly as the draw computed in this thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Pool } from '../../engine/parallel/pool.ts';
import type { TaskOf } from '../../engine/parallel/tasks.ts';
import { runDraw } from '../../engine/simulation/draw.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { startPool } from '../../engine/tasks/pool.ts';
import { efficiency, tinyScenario } from '../helpers/tiny.ts';
import type { FixtureTasks } from './fixture-registry.ts';

const pools: Array<{ close(): Promise<void> }> = [];
const fixturePool = (workers: number, keepContexts = 8) => {
  const pool = new Pool<FixtureTasks>({ registry: new URL('./fixture-registry.ts', import.meta.url), setup: { offset: 1000 }, workers, keepContexts });
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('Pool', () => {
  it('runs typed tasks with their run context; each worker gets a context when it first needs it, and again after evicting it', async () => {
    const pool = fixturePool(2, 1);
    const a = pool.context({ base: 10 });
    const b = pool.context({ base: 20 });
    const sums: number[] = [];
    // Alternating contexts with one kept per worker: every task finds the other context evicted.
    for (let i = 0; i < 6; i++) {
      const r = await pool.run({ kind: 'add', x: i }, { context: i % 2 === 0 ? a : b });
      expect(r.ok).toBe(true);
      if (r.ok) sums.push(r.value.sum);
    }
    expect(sums).toEqual([1010, 1021, 1012, 1023, 1014, 1025]);
    await pool.runAll(
      Array.from({ length: 20 }, (_, x) => ({ kind: 'add' as const, x })),
      (index, o) => {
        expect(o.ok && o.value.sum).toBe(1010 + index);
      },
      { context: a },
    );
  }, 60_000);

  it('retries a crashed task once, reports it, and completes the rest', async () => {
    const pool = fixturePool(2);
    const context = pool.context({ base: 0 });
    const tasks: Array<TaskOf<FixtureTasks, 'add' | 'crash'>> = [0, 1, 2, 3].map((x) => ({ kind: 'add', x }));
    tasks.splice(2, 0, { kind: 'crash' });
    const outcomes: Array<{ index: number; ok: boolean; code?: string; attempts?: number }> = [];
    await pool.runAll(tasks, (index, o) => outcomes.push(o.ok ? { index, ok: true } : { index, ok: false, code: o.error.code, attempts: o.error.attempts }), { context });
    outcomes.sort((x, y) => x.index - y.index);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true, true]);
    expect(outcomes[2]).toMatchObject({ code: 'worker_died', attempts: 2 });
  }, 60_000);

  it('stops a task at its time limit, cancels on a signal, and reports a handler error as an outcome', async () => {
    const pool = fixturePool(1);
    const slow = await pool.run({ kind: 'sleep', ms: 5_000 }, { timeoutMs: 50 });
    expect(!slow.ok && slow.error.code).toBe('timeout');
    const cancelled = await pool.run({ kind: 'sleep', ms: 5_000 }, { signal: AbortSignal.timeout(50) });
    expect(!cancelled.ok && cancelled.error.code).toBe('cancelled');
    const failed = await pool.run({ kind: 'fail', why: 'no such input' });
    expect(failed).toEqual({ ok: false, error: { code: 'task_error', message: 'no such input', attempts: 1 } });
    expect(await pool.run({ kind: 'sleep', ms: 1 })).toEqual({ ok: true, value: 1 });
  }, 60_000);
});

describe("the engine's registry", () => {
  it('answers a draw exactly as this thread computes it', async () => {
    const scenario = tinyScenario({ measures: [efficiency('measure_a', 0.2, 2000)], netTargetTco2: 450 });
    const pool = startPool({ workers: 1, warmUpSolves: 1 });
    pools.push(pool);
    const spec = { index: 3, seed: 1, mode: 'reoptimise' as const, settings: scenario.solver, values: { electricity_price: 1.1 } };
    const r = await pool.run({ kind: 'draw', spec }, { context: pool.context(scenario) });
    expect(r).toEqual({ ok: true, value: runDraw(scenario, spec, await loadBackend('highs')) });
    // cost = 900 MWh × 500 × 1.1 + 500 units × 200 (see test/simulation/monte-carlo.test.ts)
    expect(r.ok && r.value.totalCostRmb).toBeCloseTo(900 * 550 + 100_000, 2);
  }, 60_000);
});
