/** Execute one task with a loaded solver: the same code in a worker thread and in tests. */
import type { SolverBackend } from '../solvers/types.ts';
import { solveRolloutRow } from '../rollout/solve-row.ts';
import { runDraw } from '../simulation/draw.ts';
import type { RunContext, Task, TaskOutcome, TaskValue } from './tasks.ts';

export function runTask<T extends Task>(task: T, context: RunContext, backend: SolverBackend): TaskOutcome<TaskValue<T>> {
  try {
    switch (task.kind) {
      case 'draw': {
        if (context.scenario === undefined) return failure('a draw task needs a scenario in the run context');
        return { ok: true, value: runDraw(context.scenario, task.spec, backend) as TaskValue<T> };
      }
      case 'rollout_factory': {
        const template = context.templates?.[task.row.sector];
        if (template === undefined) return failure(`no template scenario for sector "${task.row.sector}"`);
        return { ok: true, value: solveRolloutRow(template, task.row, task.options, backend) as TaskValue<T> };
      }
      case 'crash_worker':
        return failure('crash_worker runs only inside a worker thread');
    }
  } catch (error) {
    return failure(`${(error as Error).message}`);
  }
  return failure('unknown task kind');
}

function failure(message: string): { ok: false; error: { code: 'task_error'; message: string; attempts: number } } {
  return { ok: false, error: { code: 'task_error', message, attempts: 1 } };
}
