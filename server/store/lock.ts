/**
 * The data folder's lock: one server per folder (a second one refuses to start instead of
 * overwriting the first one's jobs). `proper-lockfile` holds a lock directory whose time stamp the
 * holder refreshes; a holder that died (kill -9, power cut) leaves a lock that turns stale after
 * `STALE_MS`. The holder also writes its host and pid in a file beside it, so a restart on the same host
 * after a crash takes the lock over at once rather than after the stale time.
 *
 * CLI commands that only read or write rows (`lingtan keys`, `lingtan store prune`) do not take
 * it: SQLite serialises their writes with the server's.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export const LOCK_DIR = 'server.lock';
const OWNER_FILE = 'server.owner.json';
const STALE_MS = 10_000;

/** Lock paths this process holds (two apps of one process on one folder must also refuse). */
const held = new Set<string>();

export class DataDirLocked extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: string,
  ) {
    super(`the data folder ${dataDir} is in use by another lingtan server (${owner}); stop it, or give this one another --data folder`);
  }
}

interface Owner {
  readonly host: string;
  readonly pid: number;
  readonly since: string;
}

function readOwner(dataDir: string): Owner | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded holder is certainly gone: this host, and its process no longer runs (or is a past life of this pid). */
function holderGone(path: string, owner: Owner | null): boolean {
  if (owner === null || owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !held.has(path);
  return !alive(owner.pid);
}

/**
 * Take the folder's lock; resolves with its release. Throws `DataDirLocked` while another live
 * server holds it. `onCompromised`: the lock was lost while held (the event loop stalled beyond the
 * stale time and another server took it).
 */
export async function lockDataDir(dataDir: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_DIR);
  const options = { lockfilePath: path, stale: STALE_MS, realpath: false, onCompromised };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(dataDir);
    if (!holderGone(path, owner)) throw new DataDirLocked(dataDir, owner === null ? 'holder unknown' : `pid ${owner.pid} on ${owner.host} since ${owner.since}`);
    rmSync(path, { recursive: true, force: true });
    release = await lockfile.lock(dataDir, options);
  }
  held.add(path);
  const owner: Owner = { host: hostname(), pid: process.pid, since: new Date().toISOString() };
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify(owner));
  return async () => {
    held.delete(path);
    rmSync(join(dataDir, OWNER_FILE), { force: true });
    await release().catch(() => undefined);
  };
}
