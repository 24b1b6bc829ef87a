/**
 * The run store's database: one SQLite file under the data folder, in WAL mode (readers never wait
 * for the writer; a crash loses no committed transaction). Its schema is a list of migrations, each
 * run once in its own transaction and recorded in `user_version`: a new store runs them all, an
 * existing one the ones it lacks, so nothing already stored is lost when the schema grows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DB_FILE = 'lingtan.db';

/** The tenant of the open local mode (`--no-auth`), and of everything stored before tenants existed. */
export const LOCAL_TENANT = 'local';

/** Migration i takes the schema from version i to i + 1. Append only; never edit a released one. */
const MIGRATIONS: readonly string[] = [
  // 0 → 1: runs, their request keys and charts, jobs (the schema of lingtan 0.1.0).
  `
CREATE TABLE IF NOT EXISTS runs (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  status      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  request     TEXT NOT NULL,             -- JSON: the request as given
  result      TEXT NOT NULL,             -- JSON: what the API returns as the run's result
  source      TEXT,                      -- JSON: the engine's full result, for charts (NULL: same as result)
  meta        TEXT NOT NULL              -- JSON: RunMeta
);
CREATE TABLE IF NOT EXISTS request_keys (
  key         TEXT PRIMARY KEY,          -- sha256 of a request exactly as sent
  run_id      TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS jobs (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  run_id      TEXT NOT NULL,             -- the run the job produces
  state       TEXT NOT NULL,             -- queued | running | succeeded | failed | cancelled | interrupted
  done        INTEGER NOT NULL DEFAULT 0,
  total       INTEGER NOT NULL DEFAULT 0,
  failed      INTEGER NOT NULL DEFAULT 0,
  error       TEXT,                      -- JSON: ApiErrorBody, when failed / cancelled / interrupted
  created_at  TEXT NOT NULL,
  started_at  TEXT,
  finished_at TEXT
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state);
CREATE INDEX IF NOT EXISTS jobs_run ON jobs(run_id);
CREATE TABLE IF NOT EXISTS charts (
  run_id       TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  variant      TEXT NOT NULL,            -- kind, format and options, canonical
  content_type TEXT NOT NULL,
  body         BLOB NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (run_id, variant)
);
`,
  // 1 → 2: tenants and API keys; runs, request keys and jobs belong to a tenant (what was stored
  // before belongs to the local tenant); jobs keep their request and history so a restarted server
  // can run them again; a per-store secret makes run ids unguessable.
  `
ALTER TABLE runs ADD COLUMN tenant TEXT NOT NULL DEFAULT '${LOCAL_TENANT}';
CREATE INDEX runs_tenant_created ON runs(tenant, created_at);
CREATE TABLE request_keys_v2 (
  tenant      TEXT NOT NULL,
  key         TEXT NOT NULL,             -- sha256 of a request exactly as sent
  run_id      TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  PRIMARY KEY (tenant, key)
) WITHOUT ROWID;
INSERT INTO request_keys_v2 (tenant, key, run_id) SELECT '${LOCAL_TENANT}', key, run_id FROM request_keys;
DROP TABLE request_keys;
ALTER TABLE request_keys_v2 RENAME TO request_keys;
CREATE INDEX request_keys_run ON request_keys(run_id);
ALTER TABLE jobs ADD COLUMN tenant TEXT NOT NULL DEFAULT '${LOCAL_TENANT}';
ALTER TABLE jobs ADD COLUMN request TEXT;                          -- JSON: what the job was made from (NULL: not resumable)
ALTER TABLE jobs ADD COLUMN history TEXT NOT NULL DEFAULT '[]';    -- JSON: [{ at, event, message }]
ALTER TABLE jobs ADD COLUMN restarts INTEGER NOT NULL DEFAULT 0;   -- times resumed after the server stopped under it
CREATE INDEX jobs_tenant ON jobs(tenant, created_at);
CREATE TABLE api_keys (
  id           TEXT PRIMARY KEY,         -- public part of the key (shown in lists and audit lines)
  tenant       TEXT NOT NULL,
  scopes       TEXT NOT NULL,            -- comma-separated: read, run, admin
  hash         TEXT NOT NULL,            -- sha256 of the whole key (the key itself is never stored)
  label        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  revoked_at   TEXT,
  last_used_at TEXT
);
CREATE TABLE tenants (
  id             TEXT PRIMARY KEY,
  retention_days INTEGER,                -- NULL: the server's default
  updated_at     TEXT NOT NULL
);
CREATE TABLE settings (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Open (creating when needed) the store under `dataDir`, migrating it to the current schema. */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable in WAL mode against process crashes (only an OS crash can lose the last commits).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migrate(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`the run store ${file} has schema version ${version}, newer than this server (${SCHEMA_VERSION}); use a newer lingtan`);
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    // One transaction per step (an interrupted step leaves the store at the version before it).
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
