/**
 * What a distributed run stores once in Redis and what each shard job carries. A job names only
 * its run and its range; the input (population or scenario) is read once per worker process.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import type { TaskOutcome } from '../parallel/tasks.ts';
import type { PopulationRow } from '../rollout/population.ts';
import type { RolloutFactoryResult, RolloutOptions } from '../rollout/solve-row.ts';
import type { TemplateOptions } from '../rollout/templates.ts';
import type { DrawResult, SimulationMode } from '../simulation/draw.ts';

/** A sector rollout: row i of the population is item i. */
export interface RolloutRunInput {
  readonly kind: 'rollout';
  readonly rows: readonly PopulationRow[];
  readonly templateOptions: TemplateOptions;
  readonly rolloutOptions: RolloutOptions;
  readonly taskTimeoutMs?: number;
}

/** A Monte Carlo sweep: draw i (seeded by (seed, i)) is item i. */
export interface DrawsRunInput {
  readonly kind: 'draws';
  readonly scenario: Scenario;
  readonly seed: number;
  readonly mode: SimulationMode;
  readonly draws: number;
  readonly settings: SolverSettings;
  /** evaluate: the base plan's capacity decisions per factory id. */
  readonly decisions?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly taskTimeoutMs?: number;
}

export type RunInput = RolloutRunInput | DrawsRunInput;

/** The item result type of a run kind. */
export type ItemValue<I extends RunInput> = I extends RolloutRunInput ? RolloutFactoryResult : DrawResult;

/** Data of one BullMQ shard job. */
export interface ShardJobData {
  readonly runId: string;
  readonly shard: number;
  readonly start: number;
  readonly end: number;
  /** Time to live of the run's keys, refreshed by every write. */
  readonly ttlSeconds: number;
}

/** What a worker stores for a shard: the outcome of each item of its range, in order. */
export type StoredShard<V> = ReadonlyArray<TaskOutcome<V>>;

/** Number of items of a run. */
export function itemCount(input: RunInput): number {
  return input.kind === 'rollout' ? input.rows.length : input.draws;
}
