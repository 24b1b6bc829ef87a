/**
 * Rollouts and Monte Carlo sweeps over BullMQ on Redis: the front-end entry points (CLI, server) and
 * the worker. The single-machine pool (engine/parallel) stays the default when no Redis is given.
 */
export { runRolloutDistributed, type DistributedRolloutOptions } from './rollout.ts';
export { runMonteCarloDistributed, type DistributedMonteCarloOptions } from './monte-carlo.ts';
export { startShardWorker, type ShardWorkerHandle, type ShardWorkerOptions } from './worker.ts';
export type { DistributedOptions, DistributedRun, ShardFailure, ShardRunReport } from './options.ts';
export { connectRedis, closeRedis, type RedisConnection } from './connection.ts';
export { redisUrlProblem } from './redis-url.ts';
