/** A task registry for the pool's own tests: no solver, tasks that answer, fail, hang or end their thread. */
import type { TaskHandlers } from '../../engine/parallel/tasks.ts';

export type FixtureTasks = {
  readonly add: { readonly task: { readonly x: number }; readonly value: { readonly sum: number }; readonly context: { readonly base: number } };
  readonly fail: { readonly task: { readonly why: string }; readonly value: never };
  readonly sleep: { readonly task: { readonly ms: number }; readonly value: number };
  /** Ends the worker thread abruptly: the pool must recover. */
  readonly crash: { readonly task: object; readonly value: never };
};

export function createHandlers(setup: { readonly offset: number }): TaskHandlers<FixtureTasks> {
  return {
    add: (task, context) => ({ sum: context.base + task.x + setup.offset }),
    fail: (task) => {
      throw new Error(task.why);
    },
    sleep: (task) => {
      const end = Date.now() + task.ms;
      while (Date.now() < end);
      return task.ms;
    },
    crash: () => process.exit(70),
  };
}
