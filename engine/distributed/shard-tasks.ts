/**
 * The pool tasks of a shard, and the pool context they need: exactly the tasks a single-process
 * `runRollout` / `runMonteCarlo` would send for the same items.
 */
import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '../errors.ts';
import type { Scenario } from '../data/schemas/scenario.ts';
import type { TaskOf } from '../parallel/tasks.ts';
import { rolloutTemplates } from '../rollout/rollout.ts';
import type { RolloutTemplates } from '../rollout/solve-row.ts';
import type { EngineTasks } from '../tasks/pool.ts';
import { encode } from './codec.ts';
import type { RunInput } from './run-input.ts';

export function shardTasks(input: RunInput, start: number, end: number): Array<TaskOf<EngineTasks, 'draw' | 'rollout_factory'>> {
  const tasks: Array<TaskOf<EngineTasks, 'draw' | 'rollout_factory'>> = [];
  for (let i = start; i < end; i++) {
    if (input.kind === 'rollout') {
      const row = input.rows[i];
      if (row !== undefined) tasks.push({ kind: 'rollout_factory', row, options: input.rolloutOptions });
    } else {
      tasks.push({ kind: 'draw', spec: { index: i, seed: input.seed, mode: input.mode, settings: input.settings, ...(input.decisions ? { decisions: input.decisions } : {}) } });
    }
  }
  return tasks;
}

/**
 * A key for the pool context: runs with the same key share a run context in a worker process
 * (rollouts of the same sectors and template options; sweeps of the same scenario).
 */
export function contextKey(input: RunInput): string {
  const base =
    input.kind === 'rollout'
      ? encode({ kind: 'rollout', sectors: [...new Set(input.rows.map((r) => r.sector))].sort(), templateOptions: input.templateOptions })
      : encode({ kind: 'draws', scenario: input.scenario });
  return createHash('sha256').update(base).digest('hex');
}

/** The pool context of a run: the sector templates of a rollout, the scenario of a sweep. */
export function runContext(input: RunInput): Result<Scenario | RolloutTemplates> {
  if (input.kind === 'draws') return ok(input.scenario);
  const templates = rolloutTemplates(input.rows, input.templateOptions);
  return templates.ok ? ok(templates.value) : fail(templates.error);
}
