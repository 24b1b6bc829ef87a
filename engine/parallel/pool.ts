/**
 * The worker pool: piscina worker threads, each with a loaded and warmed HiGHS solver (piscina keeps
 * workers alive between tasks; worker-threads-pool starts a fresh worker per task, which would reload
 * the solver every time). Per-task time limit and cancellation; a task whose worker dies is retried
 * once, then reported as failed, and the run goes on.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RunContext, Task, TaskOutcome, TaskValue, WorkerError } from './tasks.ts';
import type { WorkerData } from './worker.ts';

export interface PoolOptions {
  /** Worker threads; default: the machine's cores. */
  readonly workers?: number;
  readonly context: RunContext;
  /** Wall-clock limit per task attempt; default none. */
  readonly taskTimeoutMs?: number;
  /** Warm-up solves per worker at start; default 30. */
  readonly warmUpSolves?: number;
}

const ENTRY = new URL('./worker-entry.js', import.meta.url).href;

export class SolverPool {
  private readonly piscina: Piscina;
  private readonly timeoutMs: number | undefined;
  readonly workers: number;

  constructor(options: PoolOptions) {
    this.workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
    this.timeoutMs = options.taskTimeoutMs;
    const workerData: WorkerData = { context: options.context, warmUpSolves: options.warmUpSolves ?? 30 };
    this.piscina = new Piscina({
      filename: ENTRY,
      minThreads: this.workers,
      maxThreads: this.workers,
      idleTimeout: 60_000,
      workerData,
    });
  }

  /** Run one task: retried once if its worker dies; never rejects. */
  async run<T extends Task>(task: T, signal?: AbortSignal): Promise<TaskOutcome<TaskValue<T>>> {
    let last: WorkerError = { code: 'worker_died', message: 'not started', attempts: 0 };
    for (let attempt = 1; attempt <= 2; attempt++) {
      if (signal?.aborted) return { ok: false, error: { code: 'cancelled', message: 'cancelled', attempts: attempt - 1 } };
      const signals = [signal, this.timeoutMs === undefined ? undefined : AbortSignal.timeout(this.timeoutMs)].filter((s): s is AbortSignal => s !== undefined);
      const combined = signals.length === 0 ? undefined : AbortSignal.any(signals);
      try {
        const outcome = (await this.piscina.run(task, combined ? { signal: combined } : {})) as TaskOutcome<TaskValue<T>>;
        return outcome.ok ? outcome : { ok: false, error: { ...outcome.error, attempts: attempt } };
      } catch (error) {
        if (signal?.aborted) return { ok: false, error: { code: 'cancelled', message: 'cancelled', attempts: attempt } };
        const timedOut = combined?.aborted === true;
        last = {
          code: timedOut ? 'timeout' : 'worker_died',
          message: timedOut ? `task exceeded ${this.timeoutMs} ms` : `worker stopped: ${(error as Error).message}`,
          attempts: attempt,
        };
        if (timedOut) return { ok: false, error: last };
      }
    }
    return { ok: false, error: last };
  }

  /**
   * Run tasks from an iterable with at most `inFlight` outstanding (memory does not grow with the
   * number of tasks), calling `onResult(index, outcome)` as each finishes (in completion order).
   */
  async runAll<T extends Task>(
    tasks: Iterable<T>,
    onResult: (index: number, outcome: TaskOutcome<TaskValue<T>>) => void,
    options: { signal?: AbortSignal; inFlight?: number } = {},
  ): Promise<void> {
    const iterator = tasks[Symbol.iterator]();
    let next = 0;
    const lane = async (): Promise<void> => {
      for (;;) {
        const item = iterator.next();
        if (item.done === true) return;
        const index = next++;
        onResult(index, await this.run(item.value, options.signal));
      }
    };
    const lanes = Math.max(1, options.inFlight ?? this.workers * 2);
    await Promise.all(Array.from({ length: lanes }, lane));
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
