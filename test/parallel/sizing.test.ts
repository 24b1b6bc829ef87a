/**
 * The pool's sizing rule (engine/parallel/sizing.ts): a thread is added only when the work left per
 * thread is at least GROWTH_MARGIN start-ups; and a pool follows it — one thread for a small run,
 * a second one for a run long enough to pay for it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Pool } from '../../engine/parallel/pool.ts';
import { GROWTH_MARGIN, MIN_WARM_TASKS, shouldGrow, TaskTimes, TRUST_FIRST_TASK, type PoolLoad } from '../../engine/parallel/sizing.ts';
import type { FixtureTasks } from './fixture-registry.ts';

const load = (o: Partial<PoolLoad>): PoolLoad => ({ threads: 1, maxThreads: 2, starting: false, remainingTasks: 0, taskMs: 10, startupMs: 500, ...o });

describe('shouldGrow', () => {
  it('starts the first thread for any work, and none for no work', () => {
    expect(shouldGrow(load({ threads: 0, remainingTasks: 1, taskMs: undefined, startupMs: undefined }))).toBe(true);
    expect(shouldGrow(load({ threads: 0, remainingTasks: 0 }))).toBe(false);
  });

  it('chooses one thread below the break-even and two above it', () => {
    // 10 ms tasks, 500 ms start-up, margin 2: a second thread pays from 2 × 500 / 10 = 100 tasks left.
    expect(GROWTH_MARGIN).toBe(2);
    expect(shouldGrow(load({ remainingTasks: 1 }))).toBe(false);
    expect(shouldGrow(load({ remainingTasks: 99 }))).toBe(false);
    expect(shouldGrow(load({ remainingTasks: 100 }))).toBe(true);
    // With two threads busy the work left per thread halves: a third pays from 200 tasks.
    expect(shouldGrow(load({ threads: 2, maxThreads: 3, remainingTasks: 199 }))).toBe(false);
    expect(shouldGrow(load({ threads: 2, maxThreads: 3, remainingTasks: 200 }))).toBe(true);
  });

  it('never grows past the maximum, while a thread is starting, or before anything is measured', () => {
    expect(shouldGrow(load({ maxThreads: 1, remainingTasks: 1e6 }))).toBe(false);
    expect(shouldGrow(load({ starting: true, remainingTasks: 1e6 }))).toBe(false);
    expect(shouldGrow(load({ taskMs: undefined, remainingTasks: 1e6 }))).toBe(false);
    expect(shouldGrow(load({ startupMs: undefined, remainingTasks: 1e6 }))).toBe(false);
  });
});

describe('TaskTimes: a thread\'s first task carries its warm-up', () => {
  it('plans with the warm tasks and counts the warm-up as part of a new thread\'s cost', () => {
    const t = new TaskTimes();
    t.record(300, true);
    // A 300 ms first task under 2 start-ups of 400 ms is not trusted alone.
    expect(TRUST_FIRST_TASK).toBe(2);
    expect(t.taskMs(400)).toBeUndefined();
    expect(t.warmupMs()).toBe(0);
    for (const ms of [36, 38, 37, 37]) t.record(ms, false);
    // Four later tasks are not yet enough: the warm-up spans a thread's first few.
    expect(MIN_WARM_TASKS).toBe(5);
    expect(t.taskMs(400)).toBeUndefined();
    t.record(37, false);
    expect(t.taskMs(400)).toBe(37);
    expect(t.warmupMs()).toBe(263);
    // The rollout case: 9 factories of 37 ms left do not pay for a thread that costs 400 + 263 ms.
    expect(shouldGrow(load({ remainingTasks: 9, taskMs: t.taskMs(400), startupMs: 400 + t.warmupMs() }))).toBe(false);
    expect(shouldGrow(load({ remainingTasks: 999, taskMs: t.taskMs(400), startupMs: 400 + t.warmupMs() }))).toBe(true);
  });

  it('plans with the latest task while the times still fall', () => {
    const t = new TaskTimes();
    t.record(256, true);
    for (const ms of [209, 193, 126, 58, 45]) t.record(ms, false);
    expect(t.taskMs(600)).toBe(45);
    // 34 draws of 45 ms left on one thread do not pay for a second one costing 600 + 211 ms.
    expect(shouldGrow(load({ remainingTasks: 34, taskMs: t.taskMs(600), startupMs: 600 + t.warmupMs() }))).toBe(false);
  });

  it('trusts a first task long enough that its warm-up cannot matter, so a few long tasks still grow the pool', () => {
    const t = new TaskTimes();
    t.record(10_000, true);
    expect(t.taskMs(400)).toBe(10_000);
    expect(shouldGrow(load({ remainingTasks: 2, taskMs: t.taskMs(400), startupMs: 400 + t.warmupMs() }))).toBe(true);
  });

  it('keeps the slowest first task and the mean of the 16 most recent later ones', () => {
    const t = new TaskTimes();
    t.record(200, true);
    t.record(500, true);
    for (let i = 0; i < 20; i++) t.record(i < 4 ? 1000 : 10 + (i % 2), false);
    // The last 16 are 10 and 11 ms, alternating: their mean, or the latest (11) when lower.
    expect(t.taskMs(1000)).toBe(10.5);
    expect(t.warmupMs()).toBe(489.5);
  });
});

describe('a pool of up to two threads', () => {
  const pools: Array<Pool<FixtureTasks>> = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });
  const fixturePool = () => {
    const pool = new Pool<FixtureTasks>({ registry: new URL('./fixture-registry.ts', import.meta.url), setup: { offset: 0 }, workers: 2 });
    pools.push(pool);
    return pool;
  };

  it('starts no thread until a task comes, and one for a small run', async () => {
    const pool = fixturePool();
    expect(pool.threads).toBe(0);
    const outcomes: unknown[] = [];
    // The thread's first task and MIN_WARM_TASKS more: enough for a task time.
    const sleeps = Array.from({ length: 1 + MIN_WARM_TASKS }, () => ({ kind: 'sleep' as const, ms: 5 }));
    await pool.runAll(sleeps, (_, o) => outcomes.push(o));
    expect(outcomes).toEqual(sleeps.map(() => ({ ok: true, value: 5 })));
    expect(pool.threads).toBe(1);
    expect(pool.measured.startupMs).toBeGreaterThan(0);
    // A 5 ms sleep measured from the main thread: timers may fire up to a millisecond early.
    expect(pool.measured.taskMs).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('adds the second thread for a run whose work per thread outweighs the measured start-up', async () => {
    const pool = fixturePool();
    const taskMs = 40;
    expect(await pool.run({ kind: 'sleep', ms: taskMs })).toEqual({ ok: true, value: taskMs });
    expect(pool.threads).toBe(1);
    // Enough work for the rule whatever this machine's start-up: 3 start-ups' worth of tasks on one thread.
    const n = Math.ceil((3 * pool.measured.startupMs!) / taskMs) + 4;
    let done = 0;
    await pool.runAll(Array.from({ length: n }, () => ({ kind: 'sleep' as const, ms: taskMs })), (_, o) => {
      expect(o.ok).toBe(true);
      done++;
    });
    expect(done).toBe(n);
    expect(pool.threads).toBe(2);
  }, 120_000);
});
