/** What the operations share: configuration, the store, the pools, the job manager, the Redis workers. */
import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from '../config.ts';
import type { JobManager } from '../jobs/manager.ts';
import type { SolvePool } from '../jobs/solve-pool.ts';
import type { BundledScenarios } from '../scenarios.ts';
import type { JobRecord } from '../store/jobs.ts';
import type { RunStore, StoredRun } from '../store/runs.ts';
import type { DistributedRuns } from './distributed-runs.ts';

export interface Ctx {
  readonly config: ServerConfig;
  readonly runs: RunStore;
  readonly jobs: JobManager;
  readonly pool: SolvePool;
  readonly scenarios: BundledScenarios;
  readonly log: FastifyBaseLogger;
  readonly inflight: SingleFlight;
  /** With a Redis URL configured: simulate and uncapped rollout jobs run on `lingtan worker` processes. */
  readonly distributed: DistributedRuns | null;
}

/** An operation's answer: a run (fresh or from the store) or a job that will produce it. */
export type Answer = { readonly type: 'run'; readonly run: StoredRun; readonly cached: boolean } | { readonly type: 'job'; readonly job: JobRecord };

/** Concurrent identical requests share one computation. */
export class SingleFlight {
  private readonly flights = new Map<string, Promise<unknown>>();

  run<T>(key: string, f: () => Promise<T>): Promise<T> {
    const existing = this.flights.get(key);
    if (existing !== undefined) return existing as Promise<T>;
    const p = f().finally(() => this.flights.delete(key));
    this.flights.set(key, p);
    return p;
  }
}
