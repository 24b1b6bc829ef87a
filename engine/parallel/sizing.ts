/**
 * When a pool adds a worker thread. A thread costs a start-up S (spawn, load the registry and the
 * solver) before its first task; with k threads busy and W of work left, adding one finishes at
 * S + (W − kS)/(k + 1) instead of W/k, which is sooner exactly when W/k > S. The pool grows only when
 * the work left per thread is at least GROWTH_MARGIN × S, so a new thread finishes the run at least
 * a quarter sooner at k = 1 (W = 2S: 1.5 S instead of 2 S) and its start-up — which competes for
 * the cores with the threads at work — never makes a run slower. S and the task time are measured in
 * the pool itself (every thread answers a ping when it is ready; every reply carries its handler
 * time), so the rule holds on any machine and for any task kind.
 *
 * A thread's first task also carries its warm-up (V8 compiling the engine's hot paths, the solver's
 * first models): on the rollout benchmark a cold first factory took ≈ 300 ms against 37 ms warm.
 * Taken as the task time it made a 10-factory rollout start a second thread that cost more than it
 * saved (2.2 s on 2 workers against 1.7 s on 1). So `TaskTimes` keeps each thread's first task
 * apart: the task time is the mean of the recent later tasks (once MIN_WARM_TASKS of them are in;
 * the latest when it is lower), and the warm-up (first − warm) is part of what a new thread costs. A first task long enough that
 * its warm-up cannot matter (at least TRUST_FIRST_TASK start-ups) is trusted alone, so a run of a
 * few long tasks still grows at once.
 */

/** Work left per thread, in thread start-ups, from which the pool adds a thread. */
export const GROWTH_MARGIN = 2;

/** A thread's first task, in start-ups, from which it stands for the task time on its own. */
export const TRUST_FIRST_TASK = 2;

/** Later tasks the task time is the mean of (the most recent). */
const WINDOW = 16;

/**
 * Later tasks measured before they stand for the task time: V8's warm-up spans a thread's first
 * few tasks, not its first alone (annual automotive draws at 4d4d801: 256, 209, 193, 126, 58 ms,
 * then ≈ 45 ms), so the estimate also never exceeds the latest task while the times still fall.
 */
export const MIN_WARM_TASKS = 5;

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

/** The measured task time and warm-up of a pool's threads (see the header). */
export class TaskTimes {
  private readonly recent: number[] = [];
  private firstMs: number | undefined;

  /** One task's handler time; `firstOfThread` when it was its thread's first. */
  record(ms: number, firstOfThread: boolean): void {
    if (firstOfThread) {
      this.firstMs = Math.max(this.firstMs ?? 0, ms);
      return;
    }
    this.recent.push(ms);
    if (this.recent.length > WINDOW) this.recent.shift();
  }

  /** The task time to plan with, ms; undefined until it is known well enough. */
  taskMs(startupMs: number | undefined): number | undefined {
    if (this.recent.length >= MIN_WARM_TASKS) return this.warm();
    if (this.firstMs === undefined || startupMs === undefined) return undefined;
    return this.firstMs >= TRUST_FIRST_TASK * startupMs ? this.firstMs : undefined;
  }

  /** What a thread's first task takes beyond a warm one, ms (0 until both are measured). */
  warmupMs(): number {
    return this.firstMs === undefined || this.recent.length < MIN_WARM_TASKS ? 0 : Math.max(0, this.firstMs - this.warm());
  }

  /** The mean of the recent later tasks, or the latest when it is lower (the times still falling). */
  private warm(): number {
    const mean = this.recent.reduce((a, b) => a + b, 0) / this.recent.length;
    return Math.min(mean, this.recent[this.recent.length - 1]!);
  }
}
