/**
 * A typed worker pool for any task map: piscina worker threads, each loading a task registry module
 * once (a registry loads its solver there: piscina keeps workers alive between tasks, whereas
 * worker-threads-pool starts a fresh worker per task and would reload the solver every time).
 * Threads start lazily and only when the work pays for them: the first task starts one; the pool
 * adds another (up to `workers`) only when the work left per thread outweighs a thread's measured
 * start-up (the rule and its break-even: ./sizing.ts), so a small run never waits for threads it
 * does not need. Tasks wait in one queue and go to a ready thread (at most two outstanding each).
 * Per-task time limit and cancellation; a task whose worker dies is retried once, then reported as
 * failed, and the run goes on. The pool knows no task kinds: the registry does (`engine/tasks/`).
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { projectUrl } from './runtime.ts';
import { shouldGrow, TaskTimes } from './sizing.ts';
import type { Envelope, Reply, RunContext, RunOptions, TaskKind, TaskMap, TaskOf, TaskOutcome, TaskRunner, ValueOf, ContextOf, WorkerError } from './tasks.ts';
import type { PoolWorkerData } from './worker-host.ts';

export interface PoolOptions {
  /** The registry module: it exports `createHandlers(setup)`, called once in each worker. */
  readonly registry: URL;
  /** Plain data handed to `createHandlers` (e.g. how many warm-up solves). */
  readonly setup?: unknown;
  /** Worker threads at most; default: the machine's cores. */
  readonly workers?: number;
  /** Wall-clock limit per task attempt, ms; default none (a run may set its own). */
  readonly timeoutMs?: number;
  /** Run contexts each worker keeps (least recently used dropped first); default 8. */
  readonly keepContexts?: number;
}

/** Tasks handed to one thread at a time: one running, one waiting in its port, so it never idles between tasks. */
const PER_THREAD = 2;

interface Lane {
  readonly piscina: Piscina;
  ready: boolean;
  outstanding: number;
  /** Tasks answered with a handler time (the first carries the thread's warm-up). */
  timed: number;
}

/**
 * The thread's start module: a registry from the sources (.ts) needs worker-entry.js, which
 * registers tsx; a compiled registry has its compiled worker entry beside it.
 */
const entryFor = (registry: URL): string =>
  (registry.pathname.endsWith('.ts') ? projectUrl('engine/parallel/worker-entry.js') : new URL('./worker-entry.js', registry)).href;

export class Pool<M extends TaskMap> implements TaskRunner<M> {
  /** Threads at most. */
  readonly workers: number;
  private readonly lanes: Lane[] = [];
  private readonly waiters: Array<() => void> = [];
  private closed = false;
  private contexts = 0;
  private readonly id = randomUUID();
  /** Tasks submitted and not finished, and tasks announced by runAll but not yet submitted. */
  private pending = 0;
  private announced = 0;
  private readonly times = new TaskTimes();
  private startupMs: number | undefined;

  constructor(private readonly options: PoolOptions) {
    this.workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  }

  /** Start the first worker thread now (more follow only when the work pays for them); idempotent. */
  start(): this {
    if (this.closed) throw new Error('the worker pool is closed');
    if (this.lanes.length === 0) this.addLane();
    return this;
  }

  /** Threads started so far (ready or starting). */
  get threads(): number {
    return this.lanes.length;
  }

  /**
   * Measured figures of the sizing rule, ms: the task time (warm tasks: sizing.ts `TaskTimes`) and
   * what a new thread costs before it works at that pace (its start-up and its first task's warm-up).
   */
  get measured(): { readonly taskMs: number | undefined; readonly startupMs: number | undefined } {
    return { taskMs: this.times.taskMs(this.startupMs), startupMs: this.startupMs === undefined ? undefined : this.startupMs + this.times.warmupMs() };
  }

  private addLane(): void {
    const workerData: PoolWorkerData = { registry: this.options.registry.href, setup: this.options.setup, keepContexts: this.options.keepContexts ?? 8 };
    const piscina = new Piscina({ filename: entryFor(this.options.registry), minThreads: 1, maxThreads: 1, idleTimeout: 5 * 60_000, workerData });
    const lane: Lane = { piscina, ready: false, outstanding: 0, timed: 0 };
    this.lanes.push(lane);
    const t0 = performance.now();
    const ping: Envelope = { task: { kind: 'ping' }, ping: true };
    const ready = () => {
      if (lane.ready) return;
      lane.ready = true;
      this.wake(PER_THREAD);
      this.grow();
    };
    piscina.run(ping).then(
      () => {
        const ms = performance.now() - t0;
        this.startupMs = Math.max(this.startupMs ?? 0, ms);
        ready();
      },
      // A thread that cannot start still takes tasks: they fail through piscina as worker deaths.
      ready,
    );
  }

  private grow(): void {
    if (this.closed) return;
    const { taskMs, startupMs } = this.measured;
    const load = { threads: this.lanes.length, maxThreads: this.workers, starting: this.lanes.some((l) => !l.ready), remainingTasks: this.pending + this.announced, taskMs, startupMs };
    if (shouldGrow(load)) this.addLane();
  }

  private wake(n: number): void {
    for (let i = 0; i < n && this.waiters.length > 0; i++) this.waiters.shift()!();
  }

  /** A ready thread with room, waiting for one if need be (rejects when `signal` aborts or the pool closes). */
  private async acquire(signal: AbortSignal | undefined): Promise<Lane> {
    for (;;) {
      if (this.closed) throw new Error('the worker pool is closed');
      signal?.throwIfAborted();
      let best: Lane | undefined;
      for (const l of this.lanes) if (l.ready && l.outstanding < PER_THREAD && (best === undefined || l.outstanding < best.outstanding)) best = l;
      if (best !== undefined) {
        best.outstanding++;
        return best;
      }
      this.grow();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const i = this.waiters.indexOf(wakeUp);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(signal!.reason);
        };
        const wakeUp = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        this.waiters.push(wakeUp);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }

  private release(lane: Lane, ms: number | undefined): void {
    lane.outstanding--;
    if (ms !== undefined) this.times.record(ms, lane.timed++ === 0);
    this.wake(1);
  }

  /** Register a run context: tasks run with it get `value` in their handler; each worker receives it once. */
  context<C>(value: C): RunContext<C> {
    return { id: `${this.id}:${++this.contexts}`, value };
  }

  /** Run one task: retried once if its worker dies; never rejects (except on a closed pool). */
  async run<K extends TaskKind<M>>(task: TaskOf<M, K>, o: RunOptions<ContextOf<M, K>> = {}): Promise<TaskOutcome<ValueOf<M, K>>> {
    if (this.closed) throw new Error('the worker pool is closed');
    this.pending++;
    try {
      return await this.attempts(task, o);
    } finally {
      this.pending--;
    }
  }

  private async attempts<K extends TaskKind<M>>(task: TaskOf<M, K>, o: RunOptions<ContextOf<M, K>>): Promise<TaskOutcome<ValueOf<M, K>>> {
    this.start();
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
      let lane: Lane | undefined;
      let ms: number | undefined;
      try {
        lane = await this.acquire(combined);
        const reply = (await lane.piscina.run(envelope, combined ? { signal: combined } : {})) as Reply;
        if ('needsContext' in reply) {
          // This worker does not hold the run context yet: send it along (not a new attempt).
          sendContext = true;
          continue;
        }
        const { ms: handlerMs, ...outcome } = reply;
        ms = handlerMs;
        return outcome.ok ? (outcome as TaskOutcome<ValueOf<M, K>>) : { ok: false, error: { ...outcome.error, attempts: attempt } };
      } catch (error) {
        if (this.closed) throw error;
        if (o.signal?.aborted) return cancelled(attempt);
        const timedOut = combined?.aborted === true;
        last = {
          code: timedOut ? 'timeout' : 'worker_died',
          message: timedOut ? `task exceeded ${timeoutMs} ms` : `worker stopped: ${(error as Error).message}`,
          attempts: attempt,
        };
        if (timedOut) return { ok: false, error: last };
        attempt++;
      } finally {
        if (lane !== undefined) this.release(lane, ms);
      }
    }
    return { ok: false, error: last };
  }

  async runAll<K extends TaskKind<M>>(
    tasks: Iterable<TaskOf<M, K>>,
    onResult: (index: number, outcome: TaskOutcome<ValueOf<M, K>>) => void,
    o: RunOptions<ContextOf<M, K>> & { readonly inFlight?: number; readonly total?: number } = {},
  ): Promise<void> {
    const iterator = tasks[Symbol.iterator]();
    // How much work is coming, for the sizing rule: an array tells, a generator's run says.
    let announced = Array.isArray(tasks) ? tasks.length : (o.total ?? 0);
    this.announced += announced;
    let next = 0;
    const lane = async (): Promise<void> => {
      for (;;) {
        const item = iterator.next();
        if (item.done === true) return;
        const index = next++;
        if (announced > 0) {
          announced--;
          this.announced--;
        }
        onResult(index, await this.run(item.value, o));
      }
    };
    const lanes = Math.max(1, o.inFlight ?? this.workers * PER_THREAD);
    try {
      await Promise.all(Array.from({ length: lanes }, lane));
    } finally {
      this.announced -= announced;
    }
  }

  /** Tasks waiting for a thread. */
  get queued(): number {
    return this.waiters.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0);
    // Waiting tasks see the pool closed.
    this.wake(this.waiters.length);
    await Promise.all(lanes.map((l) => l.piscina.destroy()));
  }
}
