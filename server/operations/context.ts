/**
 * What the operations share: configuration, the store, the worker pool, the job manager, the Redis
 * workers. `Services` holds them for the whole server; an operation runs with a `Ctx`, the same
 * seen by one tenant: its runs, its jobs, its in-flight requests, nobody else's.
 */
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { TaskKind, TaskOf, ValueOf } from '../../engine/parallel/tasks.ts';
import type { EnginePool, EngineTasks } from '../../engine/tasks/pool.ts';
import { identityOf } from '../auth.ts';
import type { ServerConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import { Gate } from '../gate.ts';
import type { JobManager, TenantJobs } from '../jobs/manager.ts';
import type { BundledScenarios } from '../scenarios.ts';
import type { JobRecord } from '../store/jobs.ts';
import type { RunStore, StoredRun, TenantRuns } from '../store/runs.ts';
import type { DistributedRuns } from './distributed-runs.ts';

export interface Ctx {
  readonly tenant: string;
  readonly config: ServerConfig;
  readonly runs: TenantRuns;
  readonly jobs: TenantJobs;
  /** The server's one worker pool (`config.workers` threads): immediate loads and solves, and every in-process job. */
  readonly pool: EnginePool;
  readonly scenarios: BundledScenarios;
  readonly log: FastifyBaseLogger;
  readonly inflight: SingleFlight;
  /** With a Redis URL configured: simulate and uncapped rollout jobs run on `lingtan worker` processes. */
  readonly distributed: DistributedRuns | null;
  /** Chart renders (SVG, PNG) in progress, bounded. */
  readonly renders: Gate;
}

/** The server's shared parts; `forTenant` / `for` give an operation its tenant's view. */
export class Services {
  private readonly flights = new Map<string, Promise<unknown>>();
  readonly renders: Gate;

  constructor(
    readonly config: ServerConfig,
    readonly runStore: RunStore,
    readonly jobManager: JobManager,
    readonly pool: EnginePool,
    readonly scenarios: BundledScenarios,
    readonly log: FastifyBaseLogger,
    readonly distributed: DistributedRuns | null,
  ) {
    this.renders = new Gate(config.chartConcurrency, config.chartConcurrency, 'chart renders');
  }

  forTenant(tenant: string): Ctx {
    return {
      tenant,
      config: this.config,
      runs: this.runStore.forTenant(tenant),
      jobs: this.jobManager.forTenant(tenant),
      pool: this.pool,
      scenarios: this.scenarios,
      log: this.log,
      inflight: new SingleFlight(this.flights, tenant),
      distributed: this.distributed,
      renders: this.renders,
    };
  }

  /** The view of the request's caller (the auth hook has checked it). */
  for(req: FastifyRequest): Ctx {
    return this.forTenant(identityOf(req).tenant);
  }
}

/** An operation's answer: a run (fresh or from the store) or a job that will produce it. */
export type Answer = { readonly type: 'run'; readonly run: StoredRun; readonly cached: boolean } | { readonly type: 'job'; readonly job: JobRecord };

/** Concurrent identical requests of one tenant share one computation. */
export class SingleFlight {
  constructor(
    private readonly flights: Map<string, Promise<unknown>> = new Map(),
    private readonly tenant = '',
  ) {}

  run<T>(key: string, f: () => Promise<T>): Promise<T> {
    const k = `${this.tenant}\n${key}`;
    const existing = this.flights.get(k);
    if (existing !== undefined) return existing as Promise<T>;
    const p = f().finally(() => this.flights.delete(k));
    this.flights.set(k, p);
    return p;
  }
}

/**
 * Run one task of an immediate request on the pool. Throws a 503 (the request is refused, not
 * queued) when `config.solveQueueSize` tasks already wait for a worker, and a 503 when the worker
 * failed; a handler's own error comes back as `{ ok: false }` with its message.
 */
export async function runNow<K extends TaskKind<EngineTasks>>(ctx: Ctx, task: TaskOf<EngineTasks, K>, signal?: AbortSignal): Promise<ValueOf<EngineTasks, K>> {
  if (ctx.pool.queued >= ctx.config.solveQueueSize) {
    throw new ApiError(503, 'busy', `${ctx.pool.queued} loads and solves are waiting for a worker; try again shortly`, [], {}, {}, { 'Retry-After': '2' });
  }
  const outcome = await ctx.pool.run(task, { signal });
  if (outcome.ok) return outcome.value;
  if (outcome.error.code === 'task_error') throw new ApiError(422, 'solver_error', `the solve failed: ${outcome.error.message}`);
  throw new ApiError(503, 'worker_unavailable', `the solver worker stopped: ${outcome.error.message}`, [], {}, {}, { 'Retry-After': '5' });
}
