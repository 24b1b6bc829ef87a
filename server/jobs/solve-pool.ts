/**
 * The server's solve pool: piscina worker threads that load scenarios and optimise them (each with a
 * warm HiGHS), started on first use. A task whose worker dies comes back as a failed outcome; `run`
 * rejects only with a 503 when too many tasks are already waiting.
 */
import { Piscina } from 'piscina';
import { ApiError } from '../errors.ts';
import type { OptimiseOutcome, PrepareOutcome, SolveOutcome, SolveTask, TrackOutcome } from './solve-tasks.ts';

const ENTRY = new URL('./solve-worker-entry.js', import.meta.url).href;

export class SolvePool {
  private piscina: Piscina | null = null;
  private closed = false;

  constructor(
    private readonly workers: number,
    /** Tasks that may wait for a worker; beyond it `run` throws a 503 (the caller's request is refused, not queued). */
    private readonly maxQueue = 256,
  ) {}

  private pool(): Piscina {
    if (this.closed) throw new Error('the solve pool is closed');
    this.piscina ??= new Piscina({ filename: ENTRY, minThreads: this.workers, maxThreads: this.workers, idleTimeout: 5 * 60_000 });
    return this.piscina;
  }

  async run<T extends SolveTask>(task: T, signal?: AbortSignal): Promise<SolveOutcome<T>> {
    if (!this.closed && this.queued >= this.maxQueue) {
      throw new ApiError(503, 'busy', `${this.queued} loads and solves are waiting for a worker; try again shortly`, [], {}, {}, { 'Retry-After': '2' });
    }
    try {
      return (await this.pool().run(task, signal ? { signal } : {})) as SolveOutcome<T>;
    } catch (error) {
      const why = `the solver worker stopped: ${error instanceof Error ? error.message : String(error)}`;
      const failed: PrepareOutcome | OptimiseOutcome | TrackOutcome =
        task.kind === 'prepare' ? { ok: false, error: { code: 'solver_error', message: why } } : { ok: false, message: why };
      return failed as SolveOutcome<T>;
    }
  }

  /** Tasks waiting for a worker. */
  get queued(): number {
    return this.piscina?.queueSize ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    const p = this.piscina;
    this.piscina = null;
    if (p !== null) await p.destroy();
  }
}
