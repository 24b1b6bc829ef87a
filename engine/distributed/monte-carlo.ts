/**
 * `runMonteCarlo` over Redis workers: the scenario stored once, draw indices cut into shards (draw
 * i still seeded by (seed, i)), merged into exactly the result of an in-process run. In evaluate
 * mode the base plan is solved here, on the front end, and its capacity travels in the input.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { DrawResult } from '../simulation/draw.ts';
import { prepareDraws, type MonteCarloOptions, type MonteCarloResult } from '../simulation/monte-carlo.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { DrawsMerge } from './merge-draws.ts';
import type { DistributedOptions, DistributedRun } from './options.ts';
import type { DrawsRunInput } from './run-input.ts';
import { runShards } from './run-shards.ts';

export interface DistributedMonteCarloOptions extends Omit<MonteCarloOptions, 'pool' | 'signal' | 'onProgress'>, DistributedOptions {}

export async function runMonteCarloDistributed(scenario: Scenario, backend: SolverBackend, o: DistributedMonteCarloOptions): Promise<DistributedRun<MonteCarloResult>> {
  const draws = o.draws ?? scenario.uncertainty.draws;
  const { seed, decisions, noPlan } = prepareDraws(scenario, backend, o);
  if (noPlan) return { result: noPlan, run: { runId: o.runId ?? '', shards: 0, shardSize: 0, complete: true, cancelled: false, failedShards: [] } };
  const input: DrawsRunInput = {
    kind: 'draws',
    scenario,
    seed,
    mode: o.mode,
    draws,
    settings: o.settings,
    ...(decisions ? { decisions } : {}),
    ...(o.taskTimeoutMs !== undefined ? { taskTimeoutMs: o.taskTimeoutMs } : {}),
  };
  const merge = new DrawsMerge(input, scenario.id);
  const run = await runShards<DrawResult>(input, o, (part) => merge.fold(part));
  return { result: merge.result(), run };
}
