/**
 * A worker process's solver pools, one per run context (sector templates, or a scenario): runs with
 * the same context reuse a warmed pool; a pool unused for `idleMs` is closed, and at most `maxIdle`
 * unused pools are kept.
 */
import { SolverPool } from '../parallel/pool.ts';
import type { RunContext } from '../parallel/tasks.ts';

interface Entry {
  readonly pool: SolverPool;
  users: number;
  lastUsed: number;
}

export interface PoolCacheOptions {
  /** Threads per pool; default: the machine's cores. */
  readonly workers?: number;
  readonly idleMs?: number;
  readonly maxIdle?: number;
  readonly warmUpSolves?: number;
}

export class PoolCache {
  private readonly entries = new Map<string, Entry>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly o: PoolCacheOptions = {}) {
    this.timer = setInterval(() => void this.sweep(), Math.min(10_000, this.o.idleMs ?? 120_000));
    this.timer.unref();
  }

  /** Borrow the pool of a context (created on first use); give it back with `release`. */
  acquire(key: string, context: () => RunContext, taskTimeoutMs: number | undefined): SolverPool {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const pool = new SolverPool({
        context: context(),
        ...(this.o.workers !== undefined ? { workers: this.o.workers } : {}),
        ...(taskTimeoutMs !== undefined ? { taskTimeoutMs } : {}),
        ...(this.o.warmUpSolves !== undefined ? { warmUpSolves: this.o.warmUpSolves } : {}),
      });
      entry = { pool, users: 0, lastUsed: Date.now() };
      this.entries.set(key, entry);
    }
    entry.users++;
    return entry.pool;
  }

  release(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    entry.users--;
    entry.lastUsed = Date.now();
    void this.sweep();
  }

  /** Close pools idle too long, and the least recently used idle pools beyond `maxIdle`. */
  private async sweep(): Promise<void> {
    const idle = [...this.entries].filter(([, e]) => e.users === 0).sort((a, b) => b[1].lastUsed - a[1].lastUsed);
    const now = Date.now();
    const close = idle.filter(([, e], i) => i >= (this.o.maxIdle ?? 2) || now - e.lastUsed > (this.o.idleMs ?? 120_000));
    for (const [key] of close) this.entries.delete(key);
    await Promise.all(close.map(([, e]) => e.pool.close()));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((e) => e.pool.close()));
  }
}
