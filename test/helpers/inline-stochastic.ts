/** The stochastic plan's tasks run in the calling thread (chart fixtures solve in-process, without a pool). */
import type { RunContext, TaskOf, TaskOutcome, TaskRunner } from '../../engine/parallel/tasks.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { runCaseTask, runExtensiveTask, type StochasticContext, type StochasticTasks } from '../../engine/stochastic/tasks.ts';

export function inlineStochasticRunner(backend: SolverBackend): TaskRunner<StochasticTasks> {
  const one = (task: TaskOf<StochasticTasks>, context: unknown): TaskOutcome<never> => {
    const ctx = context as StochasticContext;
    const value = task.kind === 'stochastic_case' ? runCaseTask(task, ctx, backend) : runExtensiveTask(task, ctx, backend);
    return { ok: true, value: value as never };
  };
  return {
    workers: 1,
    context: <C>(value: C): RunContext<C> => ({ id: 'inline', value }),
    run: async (task, options) => one(task as TaskOf<StochasticTasks>, options?.context?.value),
    runAll: async (tasks, onResult, options) => {
      let i = 0;
      for (const task of tasks) onResult(i++, one(task as TaskOf<StochasticTasks>, options?.context?.value));
    },
  };
}
