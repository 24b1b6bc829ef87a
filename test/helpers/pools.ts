/** Engine pools for a test file: one per worker count, started on first use, closed after the file's tests. */
import { afterAll } from 'vitest';
import { startPool, type EnginePool } from '../../engine/tasks/pool.ts';

export function testPools(): (workers: number) => EnginePool {
  const pools = new Map<number, EnginePool>();
  afterAll(async () => {
    await Promise.all([...pools.values()].map((p) => p.close()));
  });
  return (workers) => {
    let pool = pools.get(workers);
    if (pool === undefined) pools.set(workers, (pool = startPool({ workers })));
    return pool;
  };
}
