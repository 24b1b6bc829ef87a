/** Runs: finished results keyed by the hash of their normalised input, with their rendered charts. */
import type { ShardFailure } from '../../engine/distributed/options.ts';
import type { Db } from './db.ts';

export const RUN_KINDS = ['optimise', 'finance', 'compare', 'simulate', 'sensitivity', 'rollout', 'track'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** What is known about a run beyond its result. */
export interface RunMeta {
  /** A solver limit stopped a solve with a plan in hand: the result is the best found, not proven optimal. */
  readonly solverLimitReached: boolean;
  /** Wall-clock seconds the run took when it was computed. */
  readonly seconds: number;
  /** For a run whose engine outcome is a failure to plan (infeasible, unbounded, …): the API error. */
  readonly error?: { readonly code: string; readonly message: string; readonly diagnosis?: unknown };
  /**
   * A run on Redis workers some of whose shards failed for good (status `partial`): each shard's id,
   * range and last error. Their items are listed as failed in the result.
   */
  readonly failedShards?: readonly ShardFailure[];
}

/** A run as stored: JSON columns kept as text (served without re-encoding). */
export interface StoredRun {
  readonly id: string;
  readonly kind: RunKind;
  readonly status: string;
  readonly createdAt: string;
  readonly requestJson: string;
  readonly resultJson: string;
  /** The engine's full result (charts read it); null when the result is it. */
  readonly sourceJson: string | null;
  readonly meta: RunMeta;
}

interface RunRow {
  id: string;
  kind: RunKind;
  status: string;
  created_at: string;
  request: string;
  result: string;
  source: string | null;
  meta: string;
}

const fromRow = (r: RunRow): StoredRun => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  createdAt: r.created_at,
  requestJson: r.request,
  resultJson: r.result,
  sourceJson: r.source,
  meta: JSON.parse(r.meta) as RunMeta,
});

export class RunStore {
  private readonly getStmt;
  private readonly byRequestStmt;
  private readonly insertStmt;
  private readonly aliasStmt;
  private readonly getChartStmt;
  private readonly putChartStmt;
  private readonly countStmt;
  private readonly prefixStmt;

  constructor(readonly db: Db) {
    this.getStmt = db.prepare<[string], RunRow>('SELECT * FROM runs WHERE id = ?');
    this.byRequestStmt = db.prepare<[string], RunRow>('SELECT runs.* FROM request_keys JOIN runs ON runs.id = request_keys.run_id WHERE request_keys.key = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO runs (id, kind, status, created_at, request, result, source, meta) VALUES (@id, @kind, @status, @createdAt, @request, @result, @source, @meta)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, created_at = excluded.created_at, request = excluded.request,
         result = excluded.result, source = excluded.source, meta = excluded.meta`,
    );
    this.aliasStmt = db.prepare('INSERT OR REPLACE INTO request_keys (key, run_id) VALUES (?, ?)');
    this.getChartStmt = db.prepare<[string, string], { content_type: string; body: Buffer }>('SELECT content_type, body FROM charts WHERE run_id = ? AND variant = ?');
    this.putChartStmt = db.prepare('INSERT OR REPLACE INTO charts (run_id, variant, content_type, body, created_at) VALUES (?, ?, ?, ?, ?)');
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM runs');
    this.prefixStmt = db.prepare<[string], { id: string }>("SELECT id FROM runs WHERE id >= ? ORDER BY id LIMIT 2");
  }

  get(id: string): StoredRun | null {
    const row = this.getStmt.get(id);
    return row === undefined ? null : fromRow(row);
  }

  /** Ids starting with `prefix` (at most two: enough to tell a unique prefix from an ambiguous one). */
  idsWithPrefix(prefix: string): string[] {
    return this.prefixStmt.all(prefix).map((r) => r.id).filter((id) => id.startsWith(prefix));
  }

  /** The run a request (exactly as sent) produced before, if any. */
  byRequestKey(key: string): StoredRun | null {
    const row = this.byRequestStmt.get(key);
    return row === undefined ? null : fromRow(row);
  }

  /** Store (or replace) a run and, in the same transaction, the request keys that lead to it. */
  put(run: StoredRun, requestKeys: readonly string[] = []): void {
    this.db.transaction(() => {
      this.insertRun(run);
      // A recomputed run may render differently (a time-limited solve): drop its cached charts.
      this.db.prepare('DELETE FROM charts WHERE run_id = ?').run(run.id);
      for (const key of requestKeys) this.aliasStmt.run(key, run.id);
    })();
  }

  /** Insert or replace the run row only (for use inside a caller's transaction). */
  insertRun(run: StoredRun): void {
    this.insertStmt.run({
      id: run.id,
      kind: run.kind,
      status: run.status,
      createdAt: run.createdAt,
      request: run.requestJson,
      result: run.resultJson,
      source: run.sourceJson,
      meta: JSON.stringify(run.meta),
    });
  }

  alias(requestKey: string, runId: string): void {
    this.aliasStmt.run(requestKey, runId);
  }

  chart(runId: string, variant: string): { contentType: string; body: Buffer } | null {
    const row = this.getChartStmt.get(runId, variant);
    return row === undefined ? null : { contentType: row.content_type, body: row.body };
  }

  putChart(runId: string, variant: string, contentType: string, body: Buffer): void {
    this.putChartStmt.run(runId, variant, contentType, body, new Date().toISOString());
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }
}
