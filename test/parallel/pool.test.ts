/** The pool survives a worker that dies: the task is retried once, reported, and the run goes on. */
import { describe, expect, it } from 'vitest';
import { SolverPool } from '../../engine/parallel/pool.ts';
import type { Task } from '../../engine/parallel/tasks.ts';
import { efficiency, tinyScenario } from '../helpers/tiny.ts';

describe('SolverPool', () => {
  it('retries a crashed task once, reports it, and completes the rest', async () => {
    const scenario = tinyScenario({ measures: [efficiency('measure_a', 0.2, 2000)], netTargetTco2: 450 });
    const pool = new SolverPool({ workers: 2, context: { scenario }, warmUpSolves: 1 });
    const tasks: Task[] = [0, 1, 2, 3].map((index) => ({ kind: 'draw', spec: { index, seed: 1, mode: 'reoptimise', values: {} } }));
    tasks.splice(2, 0, { kind: 'crash_worker' });
    const outcomes: Array<{ index: number; ok: boolean; code?: string; attempts?: number; cost?: number | null }> = [];
    try {
      await pool.runAll(tasks, (index, o) => {
        outcomes.push(o.ok ? { index, ok: true, cost: (o.value as { totalCostRmb: number | null }).totalCostRmb } : { index, ok: false, code: o.error.code, attempts: o.error.attempts });
      });
    } finally {
      await pool.close();
    }
    outcomes.sort((a, b) => a.index - b.index);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true, true]);
    expect(outcomes[2]).toMatchObject({ code: 'worker_died', attempts: 2 });
    for (const o of outcomes.filter((x) => x.ok)) expect(o.cost).toBeCloseTo(550_000, 3);
  }, 60_000);

  it('stops a task at its time limit', async () => {
    const scenario = tinyScenario({ measures: [], netTargetTco2: 600 });
    const pool = new SolverPool({ workers: 1, context: { scenario }, taskTimeoutMs: 1, warmUpSolves: 0 });
    try {
      const r = await pool.run({ kind: 'draw', spec: { index: 0, seed: 1, mode: 'reoptimise', values: {} } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('timeout');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
