/**
 * The run store's database: one SQLite file under the data folder, in WAL mode (readers never wait
 * for the writer; a crash loses no committed transaction), schema created on open.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DB_FILE = 'lingtan.db';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id          TEXT PRIMARY KEY,          -- sha256 of kind + canonical normalised input
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
`;

/** Open (creating when needed) the store under `dataDir`. */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  // NORMAL is durable in WAL mode against process crashes (only an OS crash can lose the last commits).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`the run store ${join(dataDir, DB_FILE)} has schema version ${version}, newer than this server (${SCHEMA_VERSION})`);
  }
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}
