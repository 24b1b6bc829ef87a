/**
 * Jobs on `lingtan worker` processes (engine/distributed: BullMQ on Redis), used when the server is
 * started with a Redis URL (`--redis URL` or REDIS_URL). Monte Carlo jobs and rollout jobs without
 * a cap queue their shards there and merge them into exactly the result of the in-process pool, so
 * stored runs, charts and the dashboard do not change. Rollouts with a cap (the sector price search
 * runs rollout after rollout) and sensitivity stay in-process.
 *
 * The server holds one Redis connection for every run (each run opens its BullMQ queue on it),
 * closed when the app closes, after the jobs. Each run gets a fresh run id, as in the CLI, so two
 * servers sharing a Redis never mix their runs. BullMQ loads only when a Redis URL is configured.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { SolverSettings } from '../../engine/data/schemas/solver.ts';
import type { DistributedOptions, DistributedRun, ShardRunReport } from '../../engine/distributed/options.ts';
import type { Result } from '../../engine/errors.ts';
import type { PopulationRow } from '../../engine/rollout/population.ts';
import type { RolloutResult } from '../../engine/rollout/rollout.ts';
import type { SimulationMode } from '../../engine/simulation/draw.ts';
import type { MonteCarloResult } from '../../engine/simulation/monte-carlo.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { redactRedisUrl } from '../config.ts';
import type { JobContext } from '../jobs/manager.ts';
import type { RunMeta } from '../store/runs.ts';

export interface DistributedRuns {
  /** For GET /v1/health: the Redis URL without its credentials, and whether the connection is ready. */
  health(): { readonly redis: string; readonly connected: boolean };
  monteCarlo(scenario: Scenario, o: { readonly mode: SimulationMode; readonly draws: number; readonly seed: number; readonly settings: SolverSettings }, job: JobContext): Promise<DistributedRun<MonteCarloResult>>;
  rollout(rows: readonly PopulationRow[], o: { readonly settings: SolverSettings; readonly carbonPriceRmbPerTco2?: number | undefined }, job: JobContext): Promise<Result<DistributedRun<RolloutResult>>>;
  /** Close the connection (after the jobs have stopped). */
  close(): Promise<void>;
}

/** Open the shared connection (ioredis keeps retrying while Redis is unreachable; jobs wait for it). */
export async function startDistributedRuns(url: string, shardSize: number | undefined, log: FastifyBaseLogger): Promise<DistributedRuns> {
  const engine = await import('../../engine/distributed/index.ts');
  const shown = redactRedisUrl(url);
  const redis = engine.connectRedis(url, 'lingtan-server', (message) => log.warn({ redis: shown }, message));
  const common = ({ signal, progress }: JobContext): DistributedOptions => ({
    redis,
    ...(shardSize !== undefined ? { shardSize } : {}),
    signal,
    onProgress: progress,
    onEvent: (message) => log.warn({ redis: shown }, message),
  });
  return {
    health: () => ({ redis: shown, connected: redis.status === 'ready' }),
    monteCarlo: async (scenario, o, job) => engine.runMonteCarloDistributed(scenario, await loadBackend(o.settings.backend), { ...o, ...common(job) }),
    rollout: (rows, o, job) =>
      engine.runRolloutDistributed(rows, {
        settings: o.settings,
        ...(o.carbonPriceRmbPerTco2 !== undefined ? { carbonPriceRmbPerTco2: o.carbonPriceRmbPerTco2 } : {}),
        ...common(job),
      }),
    close: () => engine.closeRedis(redis),
  };
}

/**
 * The stored status and meta of a distributed run: a run with shards that failed for good is
 * `partial` and names them (its items are failed items of the result); otherwise as in-process.
 */
export function shardOutcome(run: ShardRunReport | undefined, status: string): { status: string; meta: Pick<RunMeta, 'failedShards'> } {
  if (run === undefined || run.complete) return { status, meta: {} };
  return { status: 'partial', meta: { failedShards: run.failedShards } };
}
