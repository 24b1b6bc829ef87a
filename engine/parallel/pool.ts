/**
 * A typed worker pool for any task map: piscina worker threads, started on first use (or by
 * `start()`), each loading a task registry module once (a registry loads and warms its solver
 * there: piscina keeps workers alive between tasks, whereas worker-threads-pool starts a fresh
 * worker per task and would reload the solver every time). Per-task time limit and cancellation; a
 * task whose worker dies is retried once, then reported as failed, and the run goes on. The pool
 * knows no task kinds: the registry does (`engine/tasks/` for the engine's).
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Envelope, Reply, RunContext, RunOptions, TaskKind, TaskMap, TaskOf, TaskOutcome, TaskRunner, ValueOf, ContextOf, WorkerError } from './tasks.ts';
import type { PoolWorkerData } from './worker-host.ts';
import { entryUrl } from './runtime.ts';

export interface PoolOptions {
  /** The registry module: it exports `createHandlers(setup)`, called once in each worker. */
  readonly registry: URL;
  /** Plain data handed to `createHandlers` (e.g. how many warm-up solves). */
  readonly setup?: unknown;
  /** Worker threads; default: the machine's cores. */
  readonly workers?: number;
  /** Wall-clock limit per task attempt, ms; default none (a run may set its own). */
  readonly timeoutMs?: number;
  /** Run contexts each worker keeps (least recently used dropped first); default 8. */
  readonly keepContexts?: number;
}

/** The worker's start module: worker-entry.js (registers tsx) from the sources, the bundled entry when compiled. */
const ENTRY = entryUrl('worker-entry', 'engine/parallel/worker-entry.js').href;

export class Pool<M extends TaskMap> implements TaskRunner<M> {
  readonly workers: number;
  private piscina: Piscina | null = null;
  private closed = false;
  private contexts = 0;
  private readonly id = randomUUID();

  constructor(private readonly options: PoolOptions) {
    this.workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  }

  /** Start the worker threads now (each loads its registry and warms its solver); idempotent. */
  start(): this {
    this.threads();
    return this;
  }

  private threads(): Piscina {
    if (this.closed) throw new Error('the worker pool is closed');
    if (this.piscina === null) {
      const workerData: PoolWorkerData = { registry: this.options.registry.href, setup: this.options.setup, keepContexts: this.options.keepContexts ?? 8 };
      this.piscina = new Piscina({ filename: ENTRY, minThreads: this.workers, maxThreads: this.workers, idleTimeout: 5 * 60_000, workerData });
    }
    return this.piscina;
  }

  /** Register a run context: tasks run with it get `value` in their handler; each worker receives it once. */
  context<C>(value: C): RunContext<C> {
    return { id: `${this.id}:${++this.contexts}`, value };
  }

  /** Run one task: retried once if its worker dies; never rejects (except on a closed pool). */
  async run<K extends TaskKind<M>>(task: TaskOf<M, K>, o: RunOptions<ContextOf<M, K>> = {}): Promise<TaskOutcome<ValueOf<M, K>>> {
    const piscina = this.threads();
    const timeoutMs = o.timeoutMs ?? this.options.timeoutMs;
    const cancelled = (attempts: number): TaskOutcome<never> => ({ ok: false, error: { code: 'cancelled', message: 'cancelled', attempts } });
    let last: WorkerError = { code: 'worker_died', message: 'not started', attempts: 0 };
    let sendContext = false;
    for (let attempt = 1; attempt <= 2; ) {
      if (o.signal?.aborted) return cancelled(attempt - 1);
      const signals = [o.signal, timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)].filter((s): s is AbortSignal => s !== undefined);
      const combined = signals.length === 0 ? undefined : AbortSignal.any(signals);
      const envelope: Envelope = {
        task,
        ...(o.context !== undefined ? { contextId: o.context.id, ...(sendContext ? { context: { value: o.context.value } } : {}) } : {}),
      };
      try {
        const reply = (await piscina.run(envelope, combined ? { signal: combined } : {})) as Reply;
        if ('needsContext' in reply) {
          // This worker does not hold the run context yet: send it along (not a new attempt).
          sendContext = true;
          continue;
        }
        return reply.ok ? (reply as TaskOutcome<ValueOf<M, K>>) : { ok: false, error: { ...reply.error, attempts: attempt } };
      } catch (error) {
        if (o.signal?.aborted) return cancelled(attempt);
        const timedOut = combined?.aborted === true;
        last = {
          code: timedOut ? 'timeout' : 'worker_died',
          message: timedOut ? `task exceeded ${timeoutMs} ms` : `worker stopped: ${(error as Error).message}`,
          attempts: attempt,
        };
        if (timedOut) return { ok: false, error: last };
        attempt++;
      }
    }
    return { ok: false, error: last };
  }

  async runAll<K extends TaskKind<M>>(
    tasks: Iterable<TaskOf<M, K>>,
    onResult: (index: number, outcome: TaskOutcome<ValueOf<M, K>>) => void,
    o: RunOptions<ContextOf<M, K>> & { readonly inFlight?: number } = {},
  ): Promise<void> {
    const iterator = tasks[Symbol.iterator]();
    let next = 0;
    const lane = async (): Promise<void> => {
      for (;;) {
        const item = iterator.next();
        if (item.done === true) return;
        const index = next++;
        onResult(index, await this.run(item.value, o));
      }
    };
    const lanes = Math.max(1, o.inFlight ?? this.workers * 2);
    await Promise.all(Array.from({ length: lanes }, lane));
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
