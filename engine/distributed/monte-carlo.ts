/**
 * `runMonteCarlo` over Redis workers: the scenario stored once, draw indices cut into shards (draw
 * i still seeded by (seed, i)), merged into exactly the result of an in-process run. In evaluate
 * mode the base plan is solved here, on the front end, and its capacity travels in the input.
 */
import type { Scenario } from '../data/load-scenario.ts';
import { optimiseScenario } from '../optimise/optimise-scenario.ts';
import type { DrawResult } from '../simulation/draw.ts';
import type { MonteCarloOptions, MonteCarloResult } from '../simulation/monte-carlo.ts';
import { summariseDraws } from '../simulation/summarise.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { DrawsMerge } from './merge-draws.ts';
import type { DistributedOptions, DistributedRun } from './options.ts';
import type { DrawsRunInput } from './run-input.ts';
import { runShards } from './run-shards.ts';

export interface DistributedMonteCarloOptions extends Omit<MonteCarloOptions, 'workers' | 'signal' | 'onProgress'>, DistributedOptions {}

export async function runMonteCarloDistributed(scenario: Scenario, backend: SolverBackend, o: DistributedMonteCarloOptions): Promise<DistributedRun<MonteCarloResult>> {
  const draws = o.draws ?? scenario.uncertainty.draws;
  const seed = o.seed ?? scenario.uncertainty.seed;
  let decisions: Record<string, Readonly<Record<string, number>>> | undefined;
  if (o.mode === 'evaluate') {
    const base = optimiseScenario(scenario, backend, { skipDiagnosis: true });
    if (base.objectiveRmb === null) {
      const result = { scenarioId: scenario.id, mode: o.mode, seed, inputs: scenario.uncertainty.inputs, summary: summariseDraws([]), draws: [], failed: [], message: `no base plan to evaluate: ${base.status}` };
      return { result, run: { runId: o.runId ?? '', shards: 0, shardSize: 0, complete: true, cancelled: false, failedShards: [] } };
    }
    decisions = Object.fromEntries(base.factories.map((f) => [f.factoryId, f.capacityDecisions]));
  }
  const input: DrawsRunInput = {
    kind: 'draws',
    scenario,
    seed,
    mode: o.mode,
    draws,
    ...(decisions ? { decisions } : {}),
    ...(o.taskTimeoutMs !== undefined ? { taskTimeoutMs: o.taskTimeoutMs } : {}),
  };
  const merge = new DrawsMerge(input, scenario.id);
  const run = await runShards<DrawResult>(input, o, (part) => merge.fold(part));
  return { result: merge.result(), run };
}
