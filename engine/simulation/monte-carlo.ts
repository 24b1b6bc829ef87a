/**
 * Monte Carlo over a scenario's uncertain inputs, on a worker pool. Draw i depends only on
 * (seed, i), results are kept by index, so the output is identical for any number of workers.
 *   evaluate:   the base plan's capacity is fixed; each draw re-optimises operation and purchases
 *               (cost distribution, probability of meeting the target);
 *   reoptimise: each draw is optimised afresh (distribution of the optimal cost, how often each
 *               measure is chosen and its median size).
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { optimiseScenario } from '../optimise/optimise-scenario.ts';
import type { TaskRunner, WorkerError } from '../parallel/tasks.ts';
import type { SolverBackend } from '../solvers/types.ts';
import type { DrawResult, DrawTasks, SimulationMode } from './draw.ts';
import type { ProgressListener } from '../parallel/progress.ts';
import { summariseDraws, type DrawSummary } from './summarise.ts';

export interface MonteCarloOptions {
  readonly mode: SimulationMode;
  readonly draws?: number;
  readonly seed?: number;
  /** The run's solver settings, for the base plan and every draw. */
  readonly settings: SolverSettings;
  /** The worker pool the draws run on (the caller starts and closes it: engine/tasks/pool.ts). */
  readonly pool: TaskRunner<DrawTasks>;
  readonly taskTimeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

export interface MonteCarloResult {
  readonly scenarioId: string;
  readonly mode: SimulationMode;
  readonly seed: number;
  readonly inputs: Scenario['uncertainty']['inputs'];
  readonly summary: DrawSummary;
  /** One row per successful draw, by index. */
  readonly draws: readonly DrawResult[];
  readonly failed: ReadonlyArray<{ readonly index: number; readonly error: WorkerError }>;
  /** The base plan could not be found (evaluate mode): why. */
  readonly message: string;
}

export type CapacityDecisions = Record<string, Readonly<Record<string, number>>>;

/**
 * What every draw shares, solved once before the draws: in evaluate mode the base plan's capacity
 * decisions per factory, or the result to return when there is no base plan. (Also used by the
 * distributed front end.)
 */
export function prepareDraws(
  scenario: Scenario,
  backend: SolverBackend,
  o: Pick<MonteCarloOptions, 'mode' | 'seed' | 'settings'>,
): { readonly seed: number; readonly decisions?: CapacityDecisions; readonly noPlan?: MonteCarloResult } {
  const seed = o.seed ?? scenario.uncertainty.seed;
  if (o.mode !== 'evaluate') return { seed };
  // Only the base plan's capacity is used: no marginal costs, no MAC curve.
  const base = optimiseScenario(scenario, backend, { skipDiagnosis: true, settings: o.settings, analysis: { marginalCosts: false, macCurve: false } });
  if (base.objectiveRmb === null) {
    const noPlan = { scenarioId: scenario.id, mode: o.mode, seed, inputs: scenario.uncertainty.inputs, summary: summariseDraws([]), draws: [], failed: [], message: `no base plan to evaluate: ${base.status}` };
    return { seed, noPlan };
  }
  return { seed, decisions: Object.fromEntries(base.factories.map((f) => [f.factoryId, f.capacityDecisions])) };
}

export async function runMonteCarlo(scenario: Scenario, backend: SolverBackend, o: MonteCarloOptions): Promise<MonteCarloResult> {
  const draws = o.draws ?? scenario.uncertainty.draws;
  const { seed, decisions, noPlan } = prepareDraws(scenario, backend, o);
  if (noPlan) return noPlan;
  const results: Array<DrawResult | undefined> = new Array(draws);
  const failed: Array<{ index: number; error: WorkerError }> = [];
  let done = 0;
  const tasks = function* () {
    for (let index = 0; index < draws; index++) {
      yield { kind: 'draw' as const, spec: { index, seed, mode: o.mode, settings: o.settings, ...(decisions ? { decisions } : {}) } };
    }
  };
  await o.pool.runAll(
    tasks(),
    (index, outcome) => {
      if (outcome.ok) results[index] = outcome.value;
      else failed.push({ index, error: outcome.error });
      done++;
      o.onProgress?.({ done, total: draws, failed: failed.length });
    },
    { context: o.pool.context(scenario), signal: o.signal, timeoutMs: o.taskTimeoutMs, total: draws },
  );
  const ordered = results.filter((r): r is DrawResult => r !== undefined);
  failed.sort((a, b) => a.index - b.index);
  return {
    scenarioId: scenario.id,
    mode: o.mode,
    seed,
    inputs: scenario.uncertainty.inputs,
    summary: summariseDraws(ordered),
    draws: ordered,
    failed,
    message: failed.length > 0 ? `${failed.length} of ${draws} draws failed` : 'ok',
  };
}
