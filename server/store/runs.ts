/**
 * Runs: finished results of one tenant, keyed by an HMAC of the tenant and their normalised input,
 * with their rendered charts.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { ShardFailure } from '../../engine/distributed/options.ts';
import type { Db } from './db.ts';
import { runKey } from './keys.ts';

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

/** What retention deleted for one tenant. */
export interface PruneResult {
  readonly tenant: string;
  readonly runs: number;
  readonly jobs: number;
}

/**
 * Every run of every tenant. Each read and write names its tenant: a run of another tenant is
 * invisible (a 404, never a 403, so ids do not leak). Routes and operations use `forTenant`.
 */
export class RunStore {
  private readonly getStmt;
  private readonly byRequestStmt;
  private readonly insertStmt;
  private readonly aliasStmt;
  private readonly getChartStmt;
  private readonly putChartStmt;
  private readonly countStmt;
  private readonly countAllStmt;
  private readonly deleteStmt;
  private readonly secret: Buffer;
  private readonly prefixStmt;

  constructor(readonly db: Db) {
    this.getStmt = db.prepare<[string, string], RunRow>('SELECT * FROM runs WHERE id = ? AND tenant = ?');
    this.byRequestStmt = db.prepare<[string, string], RunRow>(
      'SELECT runs.* FROM request_keys JOIN runs ON runs.id = request_keys.run_id WHERE request_keys.tenant = ? AND request_keys.key = ? AND runs.tenant = request_keys.tenant',
    );
    this.insertStmt = db.prepare(
      `INSERT INTO runs (id, tenant, kind, status, created_at, request, result, source, meta) VALUES (@id, @tenant, @kind, @status, @createdAt, @request, @result, @source, @meta)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, created_at = excluded.created_at, request = excluded.request,
         result = excluded.result, source = excluded.source, meta = excluded.meta WHERE runs.tenant = excluded.tenant`,
    );
    this.aliasStmt = db.prepare('INSERT OR REPLACE INTO request_keys (tenant, key, run_id) VALUES (?, ?, ?)');
    this.getChartStmt = db.prepare<[string, string], { content_type: string; body: Buffer }>('SELECT content_type, body FROM charts WHERE run_id = ? AND variant = ?');
    this.putChartStmt = db.prepare('INSERT OR REPLACE INTO charts (run_id, variant, content_type, body, created_at) VALUES (?, ?, ?, ?, ?)');
    this.countStmt = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM runs WHERE tenant = ?');
    this.countAllStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM runs');
    this.deleteStmt = db.prepare('DELETE FROM runs WHERE id = ? AND tenant = ?');
    this.secret = storeSecret(db);
        this.prefixStmt = db.prepare<[string], { id: string; tenant: string }>('SELECT id, tenant FROM runs WHERE id >= ? ORDER BY id LIMIT 2');
  }

  /** The store seen by one tenant. */
  forTenant(tenant: string): TenantRuns {
    return new TenantRuns(this, tenant);
  }

  /**
   * The id of a run: an HMAC (under the store's secret) of the tenant and the run's input key. The
   * same input gives the same id within a tenant (so the store answers repeats) and unrelated ids
   * across tenants; without the secret an id can be neither computed nor guessed.
   */
  runId(tenant: string, kind: string, normalisedInput: unknown): string {
    return createHmac('sha256', this.secret).update(`${tenant}\n${runKey(kind, normalisedInput)}`).digest('hex');
  }

  get(tenant: string, id: string): StoredRun | null {
    const row = this.getStmt.get(id, tenant);
    return row === undefined ? null : fromRow(row);
  }

  /**
   * Runs (of any tenant: for the operator's CLI on the store's folder) whose id starts with `prefix`,
   * at most two: enough to tell a unique prefix from an ambiguous one.
   */
  idsWithPrefix(prefix: string): Array<{ readonly id: string; readonly tenant: string }> {
    return this.prefixStmt.all(prefix).filter((r) => r.id.startsWith(prefix));
  }

  /** The run a request (exactly as sent) produced before, if any. */
  byRequestKey(tenant: string, key: string): StoredRun | null {
    const row = this.byRequestStmt.get(tenant, key);
    return row === undefined ? null : fromRow(row);
  }

  /** Store (or replace) a run and, in the same transaction, the request keys that lead to it. */
  put(tenant: string, run: StoredRun, requestKeys: readonly string[] = []): void {
    this.db.transaction(() => {
      this.insertRun(tenant, run);
      // A recomputed run may render differently (a time-limited solve): drop its cached charts.
      this.db.prepare('DELETE FROM charts WHERE run_id = ?').run(run.id);
      for (const key of requestKeys) this.aliasStmt.run(tenant, key, run.id);
    })();
  }

  /** Insert or replace the run row only (for use inside a caller's transaction). */
  insertRun(tenant: string, run: StoredRun): void {
    this.insertStmt.run({
      id: run.id,
      tenant,
      kind: run.kind,
      status: run.status,
      createdAt: run.createdAt,
      request: run.requestJson,
      result: run.resultJson,
      source: run.sourceJson,
      meta: JSON.stringify(run.meta),
    });
  }

  alias(tenant: string, requestKey: string, runId: string): void {
    this.aliasStmt.run(tenant, requestKey, runId);
  }

  /** A rendered chart of a run (the caller has read the run through its tenant). */
  chart(runId: string, variant: string): { contentType: string; body: Buffer } | null {
    const row = this.getChartStmt.get(runId, variant);
    return row === undefined ? null : { contentType: row.content_type, body: row.body };
  }

  putChart(runId: string, variant: string, contentType: string, body: Buffer): void {
    this.putChartStmt.run(runId, variant, contentType, body, new Date().toISOString());
  }

  /** Runs of a tenant, or of every tenant. */
  count(tenant?: string): number {
    return (tenant === undefined ? this.countAllStmt.get() : this.countStmt.get(tenant))?.n ?? 0;
  }

  /** Delete a run of a tenant with its charts and request keys; false when it has no such run. */
  delete(tenant: string, id: string): boolean {
    return this.deleteStmt.run(id, tenant).changes > 0;
  }

  /**
   * Retention: delete every tenant's runs (with charts and request keys) and finished jobs older
   * than its retention (the tenant's setting, else `defaultDays`; 0 keeps them). Jobs still queued
   * or running are never touched, nor the runs they will write.
   */
  prune(defaultDays: number, now = new Date()): PruneResult[] {
    const tenants = this.db
      .prepare<[], { tenant: string; days: number | null }>(
        `SELECT t.tenant, s.retention_days AS days FROM (SELECT tenant FROM runs UNION SELECT tenant FROM jobs) t LEFT JOIN tenants s ON s.id = t.tenant`,
      )
      .all();
    const out: PruneResult[] = [];
    const delRuns = this.db.prepare(`DELETE FROM runs WHERE tenant = ? AND created_at < ? AND id NOT IN (SELECT run_id FROM jobs WHERE state IN ('queued', 'running'))`);
    const delJobs = this.db.prepare(`DELETE FROM jobs WHERE tenant = ? AND created_at < ? AND state NOT IN ('queued', 'running')`);
    for (const { tenant, days } of tenants) {
      const keep = days ?? defaultDays;
      if (keep <= 0) continue;
      const before = new Date(now.getTime() - keep * 86_400_000).toISOString();
      const counts = this.db.transaction(() => ({ runs: delRuns.run(tenant, before).changes, jobs: delJobs.run(tenant, before).changes }))();
      if (counts.runs > 0 || counts.jobs > 0) out.push({ tenant, ...counts });
    }
    return out;
  }
}

/** The run store as one tenant sees it: the API of the operations, every call bound to the tenant. */
export class TenantRuns {
  constructor(
    private readonly store: RunStore,
    readonly tenant: string,
  ) {}

  runId(kind: string, normalisedInput: unknown): string {
    return this.store.runId(this.tenant, kind, normalisedInput);
  }
  get(id: string): StoredRun | null {
    return this.store.get(this.tenant, id);
  }
  byRequestKey(key: string): StoredRun | null {
    return this.store.byRequestKey(this.tenant, key);
  }
  put(run: StoredRun, requestKeys: readonly string[] = []): void {
    this.store.put(this.tenant, run, requestKeys);
  }
  alias(requestKey: string, runId: string): void {
    this.store.alias(this.tenant, requestKey, runId);
  }
  chart(runId: string, variant: string): { contentType: string; body: Buffer } | null {
    return this.get(runId) === null ? null : this.store.chart(runId, variant);
  }
  putChart(runId: string, variant: string, contentType: string, body: Buffer): void {
    this.store.putChart(runId, variant, contentType, body);
  }
  count(): number {
    return this.store.count(this.tenant);
  }
  delete(id: string): boolean {
    return this.store.delete(this.tenant, id);
  }
}

/** The store's secret for run ids: 32 random bytes made when the store is first opened. */
function storeSecret(db: Db): Buffer {
  db.prepare("INSERT OR IGNORE INTO settings (name, value) VALUES ('run_id_secret', ?)").run(randomBytes(32).toString('hex'));
  const row = db.prepare<[], { value: string }>("SELECT value FROM settings WHERE name = 'run_id_secret'").get();
  return Buffer.from(row!.value, 'hex');
}
