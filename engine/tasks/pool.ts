/**
 * The engine's worker pool: a `Pool` of the engine's task registry. Front ends (CLI, server, a shard
 * worker process, benchmarks, notebooks) start one and hand it to the runs that need it.
 */
import { Pool } from '../parallel/pool.ts';
import { entryUrl } from '../parallel/runtime.ts';
import type { EngineTasks, RegistrySetup } from './registry.ts';

export type { EngineTasks } from './registry.ts';
export type EnginePool = Pool<EngineTasks>;

/**
 * Warm-up solves per worker thread: none, since a thread is useful from its first task (its first
 * solves are slower while V8 optimises HiGHS, but a warm-up would cost the same time before any
 * work; a pool's sizing rule counts it in the measured start-up otherwise).
 */
export const WARM_UP_SOLVES = 0;

export interface EnginePoolOptions {
  /** Worker threads; default: the machine's cores. */
  readonly workers?: number | undefined;
  /** Wall-clock limit per task attempt, ms; default none. */
  readonly timeoutMs?: number | undefined;
  readonly warmUpSolves?: number | undefined;
}

export function startPool(o: EnginePoolOptions = {}): EnginePool {
  const setup: RegistrySetup = { warmUpSolves: o.warmUpSolves ?? WARM_UP_SOLVES };
  return new Pool<EngineTasks>({
    registry: entryUrl('registry', 'engine/tasks/registry.ts'),
    setup,
    ...(o.workers !== undefined ? { workers: o.workers } : {}),
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
  });
}

/** Run `f` on a fresh pool, closed afterwards. */
export async function withPool<T>(o: EnginePoolOptions, f: (pool: EnginePool) => Promise<T>): Promise<T> {
  const pool = startPool(o);
  try {
    return await f(pool);
  } finally {
    await pool.close();
  }
}
