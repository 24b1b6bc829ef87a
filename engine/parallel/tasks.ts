/**
 * Typed messages between the pool and its workers. Tasks and results are plain data (structured
 * clone); a worker never throws across the thread boundary: it answers `{ ok: false, error }`.
 *
 * The run context (the scenario of a Monte Carlo run, the sector templates of a rollout) is sent
 * once per worker as `workerData`, so each task carries only what differs: a draw index, a row.
 */
import type { Scenario } from '../data/load-scenario.ts';
import type { SectorId } from '../data/sectors.ts';
import type { PopulationRow } from '../rollout/population.ts';
import type { RolloutFactoryResult, RolloutOptions } from '../rollout/solve-row.ts';
import type { DrawResult, DrawSpec } from '../simulation/draw.ts';

export interface RunContext {
  /** Monte Carlo / sensitivity: the scenario every draw varies. */
  readonly scenario?: Scenario;
  /** Rollout: one template scenario per sector (archetype factory + wave policy). */
  readonly templates?: Readonly<Partial<Record<SectorId, Scenario>>>;
}

export type Task =
  | { readonly kind: 'draw'; readonly spec: DrawSpec }
  | { readonly kind: 'rollout_factory'; readonly row: PopulationRow; readonly options: RolloutOptions }
  /** Ends the worker thread abruptly; the pool's tests use it to prove recovery. */
  | { readonly kind: 'crash_worker' };

export type TaskValue<T extends Task> = T extends { kind: 'draw' } ? DrawResult : T extends { kind: 'rollout_factory' } ? RolloutFactoryResult : never;

export type WorkerErrorCode = 'task_error' | 'worker_died' | 'timeout' | 'cancelled';

export interface WorkerError {
  readonly code: WorkerErrorCode;
  readonly message: string;
  /** How many times the task was started. */
  readonly attempts: number;
}

export type TaskOutcome<V> = { readonly ok: true; readonly value: V } | { readonly ok: false; readonly error: WorkerError };
