/**
 * Background jobs: long work (Monte Carlo, sensitivity, rollouts, large optimisations) returns 202
 * with a job id and runs here, at most `concurrency` at a time, behind a bounded queue.
 *
 * Lifecycle: queued → running → succeeded | failed | cancelled | interrupted.
 * - The run a job produces is stored in the same transaction that marks the job succeeded, so a
 *   finished result is never lost and a succeeded job always has its run.
 * - Cancelling aborts the job's AbortSignal (the engine's pools stop their tasks).
 * - Shutdown stops accepting, lets running jobs finish within a grace period, then aborts them;
 *   they, and jobs still queued, end `interrupted`. A process that dies without shutting down
 *   leaves jobs `queued`/`running`: the next start marks them `interrupted`.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Progress } from '../../engine/parallel/progress.ts';
import { ApiError } from '../errors.ts';
import { isFinal, type JobError, type JobRecord, type JobState, type JobStore } from '../store/jobs.ts';
import type { RunKind, StoredRun } from '../store/runs.ts';

export type JobOutcome = { readonly ok: true; readonly run: StoredRun; readonly requestKeys: readonly string[] } | { readonly ok: false; readonly error: JobError };

export interface JobContext {
  readonly signal: AbortSignal;
  readonly progress: (p: Progress) => void;
}

export interface JobSpec {
  readonly kind: RunKind;
  /** The run this job will produce (its id is known before it starts). */
  readonly runId: string;
  /** Units of work, for progress (draws, cases, factories). */
  readonly total: number;
  readonly run: (ctx: JobContext) => Promise<JobOutcome>;
}

export type JobEvent = { readonly type: 'progress'; readonly job: JobRecord } | { readonly type: 'state'; readonly job: JobRecord };

type AbortReason = 'cancelled' | 'shutdown';

interface Running {
  readonly controller: AbortController;
  settled: Promise<void>;
  progress: Progress;
}

const EVENT_INTERVAL_MS = 100;
const DB_PROGRESS_INTERVAL_MS = 500;

export class JobManager {
  private readonly queue: Array<{ id: string; spec: JobSpec }> = [];
  private readonly running = new Map<string, Running>();
  private readonly listeners = new Map<string, Set<(e: JobEvent) => void>>();
  /** Queued or running job per run id (identical submissions share a job). */
  private readonly byRun = new Map<string, string>();
  private accepting = true;
  private closed = false;
  private readonly durations: number[] = [];

  constructor(
    private readonly store: JobStore,
    private readonly options: { readonly queueSize: number; readonly concurrency: number; readonly log: FastifyBaseLogger },
  ) {}

  get(id: string): JobRecord | null {
    const job = this.store.get(id);
    if (job === null) return null;
    const live = this.running.get(id);
    // Progress is written to the store at most every 500 ms; the live value is fresher.
    return live === undefined ? job : { ...job, progress: { ...live.progress } };
  }

  /** The queued or running job that will produce `runId`, if any. */
  activeFor(runId: string): JobRecord | null {
    const id = this.byRun.get(runId);
    return id === undefined ? null : this.get(id);
  }

  /** Queue a job; throws 503 when the queue is full or the server is stopping. */
  submit(spec: JobSpec): JobRecord {
    const existing = this.activeFor(spec.runId);
    if (existing !== null) return existing;
    if (!this.accepting) throw new ApiError(503, 'shutting_down', 'the server is shutting down; submit the job again later', [], {}, {}, { 'Retry-After': '30' });
    if (this.running.size >= this.options.concurrency && this.queue.length >= this.options.queueSize) {
      const retry = String(this.retryAfterSeconds());
      throw new ApiError(503, 'queue_full', `the job queue is full (${this.options.queueSize} waiting); try again in ${retry} s`, [], {}, {}, { 'Retry-After': retry });
    }
    const id = randomUUID();
    const job = this.store.create(id, spec.kind, spec.runId, spec.total);
    this.byRun.set(spec.runId, id);
    this.queue.push({ id, spec });
    this.pump();
    return this.get(id) ?? job;
  }

  /** Cancel a queued or running job; resolves with its state once it has stopped (≤ `waitMs`). */
  async cancel(id: string, waitMs = 10_000): Promise<JobRecord | null> {
    const job = this.store.get(id);
    if (job === null) return null;
    if (isFinal(job.state)) return job;
    const queued = this.queue.findIndex((q) => q.id === id);
    if (queued >= 0) {
      const [entry] = this.queue.splice(queued, 1);
      this.byRun.delete(entry!.spec.runId);
      this.finish(id, 'cancelled', { code: 'cancelled', message: 'cancelled before it started' });
      return this.store.get(id);
    }
    const live = this.running.get(id);
    if (live !== undefined) {
      live.controller.abort('cancelled' satisfies AbortReason);
      await Promise.race([live.settled, delay(waitMs)]);
    }
    return this.get(id);
  }

  subscribe(id: string, listener: (e: JobEvent) => void): () => void {
    let set = this.listeners.get(id);
    if (set === undefined) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  /** Seconds a client should wait before resubmitting to a full queue (from recent job durations). */
  retryAfterSeconds(): number {
    const recent = this.durations.slice(-20);
    const mean = recent.length === 0 ? 5 : recent.reduce((a, b) => a + b, 0) / recent.length;
    return Math.min(300, Math.max(1, Math.ceil(mean / this.options.concurrency)));
  }

  get stats(): { queued: number; running: number; accepting: boolean } {
    return { queued: this.queue.length, running: this.running.size, accepting: this.accepting };
  }

  /**
   * Stop accepting jobs; queued jobs end interrupted; running jobs get `graceMs` to finish, then
   * are aborted and end interrupted.
   */
  async shutdown(graceMs: number): Promise<void> {
    this.accepting = false;
    for (const { id, spec } of this.queue.splice(0)) {
      this.byRun.delete(spec.runId);
      this.finish(id, 'interrupted', { code: 'interrupted', message: 'the server shut down before the job started; submit it again' });
    }
    const all = () => Promise.all([...this.running.values()].map((r) => r.settled));
    if (this.running.size > 0) await Promise.race([all(), delay(graceMs)]);
    for (const r of this.running.values()) r.controller.abort('shutdown' satisfies AbortReason);
    if (this.running.size > 0) await Promise.race([all(), delay(5_000)]);
    // Anything still running did not stop in time: record it as interrupted now.
    for (const id of this.running.keys()) {
      this.finish(id, 'interrupted', { code: 'interrupted', message: 'the server shut down before the job finished; submit it again' });
    }
    this.closed = true;
  }

  private pump(): void {
    while (this.accepting && this.running.size < this.options.concurrency && this.queue.length > 0) {
      const { id, spec } = this.queue.shift()!;
      this.start(id, spec);
    }
  }

  private start(id: string, spec: JobSpec): void {
    const controller = new AbortController();
    const t0 = performance.now();
    let lastEvent = 0;
    let lastWrite = 0;
    const entry: Running = { controller, settled: Promise.resolve(), progress: { done: 0, total: spec.total, failed: 0 } };
    this.running.set(id, entry);
    this.store.start(id);
    this.emit(id, 'state');
    const progress = (p: Progress) => {
      if (controller.signal.aborted) return;
      entry.progress = { done: p.done, total: p.total, failed: p.failed };
      const now = performance.now();
      if (now - lastWrite >= DB_PROGRESS_INTERVAL_MS || p.done >= p.total) {
        lastWrite = now;
        this.safely(() => this.store.progress(id, entry.progress));
      }
      if (now - lastEvent >= EVENT_INTERVAL_MS || p.done >= p.total) {
        lastEvent = now;
        this.emit(id, 'progress');
      }
    };
    // Only an abort that reaches the job while it runs stops it; a result already returned is kept.
    let returned = false;
    let reason: AbortReason | null = null;
    controller.signal.addEventListener('abort', () => {
      if (!returned) reason = controller.signal.reason as AbortReason;
    });
    entry.settled = (async () => {
      let outcome: JobOutcome;
      try {
        outcome = await spec.run({ signal: controller.signal, progress });
      } catch (error) {
        this.options.log.error({ err: error, job: id }, 'job threw');
        outcome = { ok: false, error: { code: 'job_failed', message: `the job failed: ${error instanceof Error ? error.message : String(error)}` } };
      }
      returned = true;
      if (!this.closed) this.safely(() => this.store.progress(id, entry.progress));
      if (reason === 'cancelled') this.finish(id, 'cancelled', { code: 'cancelled', message: 'cancelled while running' });
      else if (reason === 'shutdown') this.finish(id, 'interrupted', { code: 'interrupted', message: 'the server shut down before the job finished; submit it again' });
      else if (outcome.ok) {
        const p = { ...entry.progress, done: Math.max(entry.progress.done, entry.progress.total) };
        entry.progress = p;
        if (!this.closed) this.safely(() => this.store.succeed(id, outcome.run, outcome.requestKeys, p));
        this.emit(id, 'state');
      } else this.finish(id, 'failed', outcome.error);
      this.durations.push((performance.now() - t0) / 1000);
      if (this.durations.length > 100) this.durations.shift();
    })().finally(() => {
      this.running.delete(id);
      this.byRun.delete(spec.runId);
      this.pump();
    });
  }

  private finish(id: string, state: Exclude<JobState, 'queued' | 'running' | 'succeeded'>, error: JobError): void {
    if (this.closed) return;
    const job = this.store.get(id);
    if (job === null || isFinal(job.state)) return;
    this.safely(() => this.store.finish(id, state, error));
    this.emit(id, 'state');
  }

  private emit(id: string, type: JobEvent['type']): void {
    const set = this.listeners.get(id);
    if (set === undefined || set.size === 0) return;
    const job = this.get(id);
    if (job === null) return;
    for (const listener of [...set]) {
      try {
        listener({ type, job });
      } catch (error) {
        this.options.log.warn({ err: error, job: id }, 'job event listener failed');
      }
    }
  }

  private safely(f: () => void): void {
    try {
      f();
    } catch (error) {
      this.options.log.error({ err: error }, 'job store write failed');
    }
  }
}

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    t.unref();
  });
