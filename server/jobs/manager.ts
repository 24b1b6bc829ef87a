/**
 * Background jobs: long work (Monte Carlo, sensitivity, rollouts, large optimisations) returns 202
 * with a job id and runs here, at most `concurrency` at a time, behind a bounded queue.
 *
 * Lifecycle: queued → running → succeeded | failed | cancelled | interrupted.
 * - The run a job produces is stored in the same transaction that marks the job succeeded, so a
 *   finished result is never lost and a succeeded job always has its run.
 * - Cancelling aborts the job's AbortSignal (the engine's pools stop their tasks).
 * - Shutdown stops accepting, lets running jobs finish within a grace period, then aborts them;
 *   they, and jobs still queued, stay `queued` in the store. A process that dies without shutting
 *   down leaves jobs `queued`/`running`. Either way the next start runs them again from their
 *   stored request (../operations/resume.ts), under the same job id.
 * - Each job belongs to a tenant: a tenant reads and cancels only its own jobs, may hold at most
 *   `tenantQueueSize` of the queue, and the next job to start is from the tenant with the fewest
 *   running, so one tenant cannot fill the queue for everyone.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Progress } from '../../engine/parallel/progress.ts';
import { ApiError } from '../errors.ts';
import { isFinal, type JobError, type JobRecord, type JobState, type JobStore } from '../store/jobs.ts';
import type { RunKind, StoredRun } from '../store/runs.ts';
import { startEstimates } from './retry-after.ts';

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
  /** The request the job was made from, kept so a restarted server can make it again (null: it cannot). */
  readonly request: unknown;
  readonly run: (ctx: JobContext) => Promise<JobOutcome>;
}

export type JobEvent = { readonly type: 'progress'; readonly job: JobRecord } | { readonly type: 'state'; readonly job: JobRecord };

type AbortReason = 'cancelled' | 'shutdown';

interface Running {
  readonly tenant: string;
  readonly kind: RunKind;
  readonly controller: AbortController;
  readonly startedAt: number;
  settled: Promise<void>;
  progress: Progress;
}

interface Queued {
  readonly id: string;
  readonly tenant: string;
  readonly spec: JobSpec;
}

export interface JobManagerOptions {
  readonly queueSize: number;
  /** Queued jobs one tenant may have. */
  readonly tenantQueueSize: number;
  readonly concurrency: number;
  readonly log: FastifyBaseLogger;
}

const SHUTDOWN_WHILE_RUNNING = 'the server shut down while the job ran; it runs again from the start when the server starts again';
const EVENT_INTERVAL_MS = 100;
const DB_PROGRESS_INTERVAL_MS = 500;

export class JobManager {
  private readonly queue: Queued[] = [];
  private readonly running = new Map<string, Running>();
  private readonly listeners = new Map<string, Set<(e: JobEvent) => void>>();
  /** Queued or running job per run id (identical submissions share a job). */
  private readonly byRun = new Map<string, string>();
  private accepting = true;
  private closed = false;
  /** Seconds per unit of work (draw, factory, case) by kind, from finished jobs (for Retry-After). */
  private readonly secondsPerUnit = new Map<RunKind, number>();

  constructor(
    private readonly store: JobStore,
    private readonly options: JobManagerOptions,
  ) {}

  /** The manager as one tenant sees it. */
  forTenant(tenant: string): TenantJobs {
    return {
      get: (id) => this.get(id, tenant),
      submit: (spec) => this.submit(tenant, spec),
      cancel: (id) => (this.store.getFor(tenant, id) === null ? Promise.resolve(null) : this.cancel(id)),
      subscribe: (id, listener) => (this.store.getFor(tenant, id) === null ? () => undefined : this.subscribe(id, listener)),
    };
  }

  /** A job (of `tenant` when given: another tenant's job is not found). */
  get(id: string, tenant?: string): JobRecord | null {
    const job = tenant === undefined ? this.store.get(id) : this.store.getFor(tenant, id);
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

  /** Queue a job of `tenant`; throws 503 when the queue (or the tenant's share of it) is full or the server is stopping. */
  submit(tenant: string, spec: JobSpec): JobRecord {
    const existing = this.activeFor(spec.runId);
    if (existing !== null) return existing;
    if (!this.accepting) throw new ApiError(503, 'shutting_down', 'the server is shutting down; submit the job again later', [], {}, {}, { 'Retry-After': '30' });
    const mine = this.queue.filter((q) => q.tenant === tenant).length;
    if (this.running.size >= this.options.concurrency && mine >= this.options.tenantQueueSize) {
      const retry = String(this.retryAfterSeconds(tenant));
      throw new ApiError(503, 'tenant_queue_full', `this tenant already has ${mine} jobs waiting (at most ${this.options.tenantQueueSize}); try again in ${retry} s`, [], {}, {}, { 'Retry-After': retry });
    }
    if (this.running.size >= this.options.concurrency && this.queue.length >= this.options.queueSize) {
      const retry = String(this.retryAfterSeconds());
      throw new ApiError(503, 'queue_full', `the job queue is full (${this.options.queueSize} waiting); try again in ${retry} s`, [], {}, {}, { 'Retry-After': retry });
    }
    const id = randomUUID();
    const job = this.store.create({ tenant, id, kind: spec.kind, runId: spec.runId, total: spec.total, request: spec.request });
    this.byRun.set(spec.runId, id);
    this.queue.push({ id, tenant, spec });
    this.pump();
    return this.get(id) ?? job;
  }

  /**
   * Queue a job already in the store (one a previous process left unfinished) with its work made
   * again; its id and history are kept.
   */
  adopt(id: string, tenant: string, spec: JobSpec): JobRecord | null {
    const other = this.activeFor(spec.runId);
    if (other !== null && other.id !== id) return other;
    // Under this server's settings (a solver time limit) the work may make another run id.
    if (this.store.get(id)?.runId !== spec.runId) this.store.setRunId(id, spec.runId);
    this.byRun.set(spec.runId, id);
    this.queue.push({ id, tenant, spec });
    this.pump();
    return this.get(id);
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

  /**
   * Seconds until a resubmission could be queued: until the first queued job starts (a place in
   * the queue frees), or with `tenant`, until that tenant's first queued job starts. Estimated
   * from the work left: running jobs from their own pace so far, queued ones from the seconds per
   * unit of work of recent jobs of their kind.
   */
  retryAfterSeconds(tenant?: string): number {
    const now = performance.now();
    const running = [...this.running.values()].map((r) => {
      const elapsed = (now - r.startedAt) / 1000;
      const left = Math.max(0, r.progress.total - r.progress.done);
      return r.progress.done > 0 ? (elapsed / r.progress.done) * left : this.unitSeconds(r.kind) * left;
    });
    const queued = this.queue.map((q) => this.unitSeconds(q.spec.kind) * q.spec.total);
    const starts = startEstimates(running, queued, this.options.concurrency);
    const index = tenant === undefined ? 0 : Math.max(0, this.queue.findIndex((q) => q.tenant === tenant));
    return Math.min(3600, Math.max(1, Math.ceil(starts[index] ?? 1)));
  }

  private unitSeconds(kind: RunKind): number {
    return this.secondsPerUnit.get(kind) ?? DEFAULT_SECONDS_PER_UNIT[kind];
  }

  get stats(): { queued: number; running: number; accepting: boolean } {
    return { queued: this.queue.length, running: this.running.size, accepting: this.accepting };
  }

  /**
   * Stop accepting jobs; running jobs get `graceMs` to finish, then are aborted. Jobs aborted or
   * still queued are left queued in the store, their history saying so: the next start runs them.
   */
  async shutdown(graceMs: number): Promise<void> {
    this.accepting = false;
    for (const { id, spec } of this.queue.splice(0)) {
      this.byRun.delete(spec.runId);
      this.park(id, 'the server shut down before the job started; it runs when the server starts again');
    }
    const all = () => Promise.all([...this.running.values()].map((r) => r.settled));
    if (this.running.size > 0) await Promise.race([all(), delay(graceMs)]);
    for (const r of this.running.values()) r.controller.abort('shutdown' satisfies AbortReason);
    if (this.running.size > 0) await Promise.race([all(), delay(5_000)]);
    // Anything still running did not stop in time: leave it for the next start now.
    for (const id of this.running.keys()) this.park(id, SHUTDOWN_WHILE_RUNNING);
    this.closed = true;
  }

  /** Leave a job queued in the store for the next start (at shutdown). */
  private park(id: string, message: string): void {
    if (this.closed) return;
    const job = this.store.get(id);
    if (job === null || isFinal(job.state)) return;
    this.safely(() => this.store.park(id, message));
    this.emit(id, 'state');
  }

  private pump(): void {
    while (this.accepting && this.running.size < this.options.concurrency && this.queue.length > 0) {
      const { id, tenant, spec } = this.queue.splice(this.nextIndex(), 1)[0]!;
      this.start(id, tenant, spec);
    }
  }

  /** The oldest queued job of the tenant with the fewest running jobs. */
  private nextIndex(): number {
    const runningOf = (t: string) => [...this.running.values()].filter((r) => r.tenant === t).length;
    let best = 0;
    let fewest = Infinity;
    this.queue.forEach((q, i) => {
      const n = runningOf(q.tenant);
      if (n < fewest) [best, fewest] = [i, n];
    });
    return best;
  }

  private start(id: string, tenant: string, spec: JobSpec): void {
    const controller = new AbortController();
    const t0 = performance.now();
    let lastEvent = 0;
    let lastWrite = 0;
    const entry: Running = { tenant, kind: spec.kind, controller, startedAt: t0, settled: Promise.resolve(), progress: { done: 0, total: spec.total, failed: 0 } };
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
      else if (reason === 'shutdown') this.park(id, SHUTDOWN_WHILE_RUNNING);
      else if (outcome.ok) {
        const p = { ...entry.progress, done: Math.max(entry.progress.done, entry.progress.total) };
        entry.progress = p;
        if (!this.closed) this.safely(() => this.store.succeed(id, outcome.run, outcome.requestKeys, p));
        this.emit(id, 'state');
      } else this.finish(id, 'failed', outcome.error);
      if (outcome.ok && spec.total > 0) {
        // An exponential average of the pace, so a few odd jobs do not swing Retry-After.
        const pace = (performance.now() - t0) / 1000 / spec.total;
        const before = this.secondsPerUnit.get(spec.kind);
        this.secondsPerUnit.set(spec.kind, before === undefined ? pace : 0.7 * before + 0.3 * pace);
      }
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

/** What a tenant does with jobs (the routes and operations see only this). */
export interface TenantJobs {
  get(id: string): JobRecord | null;
  submit(spec: JobSpec): JobRecord;
  cancel(id: string): Promise<JobRecord | null>;
  subscribe(id: string, listener: (e: JobEvent) => void): () => void;
}

/**
 * ASSUMPTION (until this server has finished a job of the kind): seconds per unit of work on one
 * worker, from the benchmark suite on the 2-core machine, rounded up.
 */
const DEFAULT_SECONDS_PER_UNIT: Readonly<Record<RunKind, number>> = { optimise: 10, finance: 10, compare: 5, simulate: 0.5, sensitivity: 0.5, rollout: 0.3, track: 10 };

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    t.unref();
  });
