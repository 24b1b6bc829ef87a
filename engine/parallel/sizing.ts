/**
 * When a pool adds a worker thread. A thread costs a start-up S (spawn, load the registry and the
 * solver) before its first task; with k threads busy and W of work left, adding one finishes at
 * S + (W − kS)/(k + 1) instead of W/k, which is sooner exactly when W/k > S. The pool grows only when
 * the work left per thread is at least GROWTH_MARGIN × S, so a new thread finishes the run at least
 * a quarter sooner at k = 1 (W = 2S: 1.5 S instead of 2 S) and its start-up — which competes for
 * the cores with the threads at work — never makes a run slower. S and the task time are measured in
 * the pool itself (every thread answers a ping when it is ready; every reply carries its handler
 * time), so the rule holds on any machine and for any task kind.
 */

/** Work left per thread, in thread start-ups, from which the pool adds a thread. */
export const GROWTH_MARGIN = 2;

export interface PoolLoad {
  /** Threads started (ready or starting). */
  readonly threads: number;
  readonly maxThreads: number;
  /** A thread is still starting (its start-up not yet measured): the pool adds one at a time. */
  readonly starting: boolean;
  /** Tasks not finished: running, waiting, and announced by a run but not yet submitted. */
  readonly remainingTasks: number;
  /** Mean handler time of the tasks so far, ms (undefined before the first reply). */
  readonly taskMs: number | undefined;
  /** Measured thread start-up, ms (the slowest so far). */
  readonly startupMs: number | undefined;
}

/** Whether to start another thread now. */
export function shouldGrow(load: PoolLoad): boolean {
  if (load.threads >= load.maxThreads || load.starting) return false;
  if (load.threads === 0) return load.remainingTasks > 0;
  if (load.taskMs === undefined || load.startupMs === undefined) return false;
  return (load.remainingTasks * load.taskMs) / load.threads >= GROWTH_MARGIN * load.startupMs;
}
