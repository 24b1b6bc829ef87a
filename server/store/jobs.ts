/** Jobs as stored: state, progress and outcome of long runs (the runs themselves are in `runs`). */
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
}

interface JobRow {
  id: string;
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
});

const now = () => new Date().toISOString();

export class JobStore {
  private readonly getStmt;
  private readonly insertStmt;
  private readonly progressStmt;
  private readonly stateStmt;
  private readonly startStmt;

  constructor(
    readonly db: Db,
    private readonly runs: RunStore,
  ) {
    this.getStmt = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE id = ?');
    this.insertStmt = db.prepare('INSERT INTO jobs (id, kind, run_id, state, total, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.progressStmt = db.prepare('UPDATE jobs SET done = ?, total = ?, failed = ? WHERE id = ?');
    this.stateStmt = db.prepare('UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?');
    this.startStmt = db.prepare("UPDATE jobs SET state = 'running', started_at = ? WHERE id = ?");
  }

  get(id: string): JobRecord | null {
    const row = this.getStmt.get(id);
    return row === undefined ? null : fromRow(row);
  }

  create(id: string, kind: RunKind, runId: string, total: number): JobRecord {
    this.insertStmt.run(id, kind, runId, 'queued', total, now());
    return this.get(id)!;
  }

  start(id: string): void {
    this.startStmt.run(now(), id);
  }

  progress(id: string, p: { done: number; total: number; failed: number }): void {
    this.progressStmt.run(p.done, p.total, p.failed, id);
  }

  /** A final state other than success. */
  finish(id: string, state: Exclude<JobState, 'queued' | 'running' | 'succeeded'>, error: JobError): void {
    this.stateStmt.run(state, JSON.stringify(error), now(), id);
  }

  /** Store the run and mark the job succeeded, in one transaction: a finished result is never lost. */
  succeed(id: string, run: StoredRun, requestKeys: readonly string[], progress: { done: number; total: number; failed: number }): void {
    this.db.transaction(() => {
      this.runs.insertRun(run);
      this.db.prepare('DELETE FROM charts WHERE run_id = ?').run(run.id);
      for (const key of requestKeys) this.runs.alias(key, run.id);
      this.progressStmt.run(progress.done, progress.total, progress.failed, id);
      this.stateStmt.run('succeeded', null, now(), id);
    })();
  }

  /** At start-up: jobs left queued or running by a previous process will never finish. */
  markInterrupted(): number {
    const error: JobError = { code: 'interrupted', message: 'the server stopped before the job finished; submit it again' };
    return this.db
      .prepare("UPDATE jobs SET state = 'interrupted', error = ?, finished_at = ? WHERE state IN ('queued', 'running')")
      .run(JSON.stringify(error), now()).changes;
  }
}
