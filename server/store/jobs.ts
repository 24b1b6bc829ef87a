/**
 * Jobs as stored: state, progress, history and outcome of long runs (the runs themselves are in
 * `runs`), each belonging to a tenant. A job keeps the request it was made from, so a restarted
 * server can run it again.
 */
import type { Db } from './db.ts';
import type { RunKind, RunStore, StoredRun } from './runs.ts';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const FINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled', 'interrupted'];
export const isFinal = (s: JobState): boolean => FINAL_STATES.includes(s);

export interface JobError {
  readonly code: string;
  readonly message: string;
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}

export const JOB_EVENTS = ['queued', 'started', 'stopped', 'requeued', 'resumed', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;

/** One line of a job's history: when, what, and for a restart what was kept. */
export interface JobHistoryEntry {
  readonly at: string;
  readonly event: (typeof JOB_EVENTS)[number];
  readonly message?: string;
}

export interface JobRecord {
  readonly id: string;
  readonly kind: RunKind;
  readonly runId: string;
  readonly state: JobState;
  readonly progress: { readonly done: number; readonly total: number; readonly failed: number };
  readonly error: JobError | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly history: readonly JobHistoryEntry[];
}

/** A job left queued or running by a previous process, with what is needed to run it again. */
export interface UnfinishedJob {
  readonly job: JobRecord;
  readonly tenant: string;
  /** The request it was made from (null: made before jobs kept their requests). */
  readonly request: unknown;
  readonly restarts: number;
}

interface JobRow {
  id: string;
  tenant: string;
  kind: RunKind;
  run_id: string;
  state: JobState;
  done: number;
  total: number;
  failed: number;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  request: string | null;
  history: string;
  restarts: number;
}

const fromRow = (r: JobRow): JobRecord => ({
  id: r.id,
  kind: r.kind,
  runId: r.run_id,
  state: r.state,
  progress: { done: r.done, total: r.total, failed: r.failed },
  error: r.error === null ? null : (JSON.parse(r.error) as JobError),
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  history: JSON.parse(r.history) as JobHistoryEntry[],
});

const now = () => new Date().toISOString();

export interface NewJob {
  readonly tenant: string;
  readonly id: string;
  readonly kind: RunKind;
  readonly runId: string;
  readonly total: number;
  /** What the job can be made again from after a restart (null: it cannot). */
  readonly request: unknown;
}

export class JobStore {
  private readonly getStmt;
  private readonly getForStmt;
  private readonly insertStmt;
  private readonly progressStmt;
  private readonly stateStmt;
  private readonly startStmt;
  private readonly historyStmt;
  private readonly requeueStmt;

  constructor(
    readonly db: Db,
    private readonly runs: RunStore,
  ) {
    this.getStmt = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE id = ?');
    this.getForStmt = db.prepare<[string, string], JobRow>('SELECT * FROM jobs WHERE id = ? AND tenant = ?');
    this.insertStmt = db.prepare('INSERT INTO jobs (id, tenant, kind, run_id, state, total, created_at, request, history) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.progressStmt = db.prepare('UPDATE jobs SET done = ?, total = ?, failed = ? WHERE id = ?');
    this.stateStmt = db.prepare('UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?');
    this.startStmt = db.prepare("UPDATE jobs SET state = 'running', started_at = coalesce(started_at, ?) WHERE id = ?");
    this.historyStmt = db.prepare("UPDATE jobs SET history = json_insert(history, '$[#]', json(?)) WHERE id = ?");
    this.requeueStmt = db.prepare("UPDATE jobs SET state = 'queued', restarts = restarts + ? WHERE id = ?");
  }

  /** A job of any tenant (the job manager's own reads). */
  get(id: string): JobRecord | null {
    const row = this.getStmt.get(id);
    return row === undefined ? null : fromRow(row);
  }

  /** A job of this tenant; another tenant's job is not found. */
  getFor(tenant: string, id: string): JobRecord | null {
    const row = this.getForStmt.get(id, tenant);
    return row === undefined ? null : fromRow(row);
  }

  create(j: NewJob): JobRecord {
    const history: JobHistoryEntry[] = [{ at: now(), event: 'queued' }];
    this.insertStmt.run(j.id, j.tenant, j.kind, j.runId, 'queued', j.total, history[0]!.at, j.request === null ? null : JSON.stringify(j.request), JSON.stringify(history));
    return this.get(j.id)!;
  }

  start(id: string): void {
    this.db.transaction(() => {
      this.startStmt.run(now(), id);
      this.note(id, { event: 'started' });
    })();
  }

  progress(id: string, p: { done: number; total: number; failed: number }): void {
    this.progressStmt.run(p.done, p.total, p.failed, id);
  }

  /** A final state other than success. */
  finish(id: string, state: Exclude<JobState, 'queued' | 'running' | 'succeeded'>, error: JobError): void {
    this.db.transaction(() => {
      this.stateStmt.run(state, JSON.stringify(error), now(), id);
      this.note(id, { event: state, message: error.message });
    })();
  }

  /** Store the run and mark the job succeeded, in one transaction: a finished result is never lost. */
  succeed(id: string, run: StoredRun, requestKeys: readonly string[], progress: { done: number; total: number; failed: number }): void {
    const tenant = this.tenantOf(id);
    if (tenant === null) return;
    this.db.transaction(() => {
      this.runs.insertRun(tenant, run);
      this.db.prepare('DELETE FROM charts WHERE run_id = ?').run(run.id);
      for (const key of requestKeys) this.runs.alias(tenant, key, run.id);
      this.progressStmt.run(progress.done, progress.total, progress.failed, id);
      this.stateStmt.run('succeeded', null, now(), id);
      this.note(id, { event: 'succeeded' });
    })();
  }

  /** The run a job makes (a restarted server with other settings may make another). */
  setRunId(id: string, runId: string): void {
    this.db.prepare('UPDATE jobs SET run_id = ? WHERE id = ?').run(runId, id);
  }

  /** At shutdown: a job stopped before it finished stays queued, for the next start. */
  park(id: string, message: string): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE jobs SET state = 'queued' WHERE id = ?").run(id);
      this.note(id, { event: 'stopped', message });
    })();
  }

  /** Mark a job succeeded whose run is already in the store. */
  succeedStored(id: string): void {
    this.db.transaction(() => {
      this.stateStmt.run('succeeded', null, now(), id);
      this.note(id, { event: 'succeeded', message: 'its run was already stored' });
    })();
  }

  /** Add a line to a job's history. */
  note(id: string, entry: Omit<JobHistoryEntry, 'at'>): void {
    this.historyStmt.run(JSON.stringify({ at: now(), ...entry }), id);
  }

  /** Jobs a previous process left queued or running, oldest first. */
  unfinished(): UnfinishedJob[] {
    return this.db
      .prepare<[], JobRow>("SELECT * FROM jobs WHERE state IN ('queued', 'running') ORDER BY created_at, id")
      .all()
      .map((r) => ({ job: fromRow(r), tenant: r.tenant, request: r.request === null ? null : (JSON.parse(r.request) as unknown), restarts: r.restarts }));
  }

  /** Put a job of a previous process back in the queue; a running one counts a restart. */
  requeue(id: string, wasRunning: boolean, message: string): void {
    this.db.transaction(() => {
      this.requeueStmt.run(wasRunning ? 1 : 0, id);
      this.note(id, { event: wasRunning ? 'resumed' : 'requeued', message });
    })();
  }

  /** The tenant a job belongs to. */
  tenantOf(id: string): string | null {
    return this.db.prepare<[string], { tenant: string }>('SELECT tenant FROM jobs WHERE id = ?').get(id)?.tenant ?? null;
  }
}
