/**
 * The pool tasks of a stochastic plan. The run context (the scenario, every case's input values, the
 * first-stage names) reaches each worker once; each worker builds a case's model once and keeps it
 * for the run's later tasks (the decomposition solves every case once per iteration).
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { numCols, numIntegers, numRows } from '../model/linear-model.ts';
import { solveOptions } from '../optimise/solve-pathway.ts';
import type { InputValues } from '../simulation/apply-inputs.ts';
import type { SolverBackend, Termination } from '../solvers/types.ts';
import { buildMaster, firstStageOf, MASTER_RMB_PER_UNIT } from './extensive-form.ts';
import type { Cvar } from './options.ts';
import { buildScenarioModel, type FirstStageColumns, type ScenarioModel } from './scenario-model.ts';
import { solveCase, type CaseSolve } from './solve-case.ts';

export interface StochasticContext {
  readonly scenario: Scenario;
  /** Input values of each case: the scenarios 0..N−1, then the expected-value case. */
  readonly cases: readonly InputValues[];
  /** Probabilities of the scenarios 0..N−1. */
  readonly probabilities: readonly number[];
  readonly firstStage: FirstStageColumns;
  readonly settings: SolverSettings;
}

export interface CaseTask {
  readonly index: number;
  /** First-stage values to fix, or null to solve the case freely. */
  readonly fix: readonly number[] | null;
  /** Solve with integer columns relaxed (the decomposition's cuts of a MILP). */
  readonly relaxIntegers: boolean;
}

export interface ExtensiveSolve {
  readonly termination: Termination;
  readonly objectiveRmb: number | null;
  readonly firstStage: number[] | null;
  readonly scenarioCostsRmb: number[] | null;
  readonly rows: number;
  readonly cols: number;
  readonly integers: number;
  readonly mipGap: number | null;
  readonly seconds: number;
  readonly message: string;
}

export type StochasticTasks = {
  readonly stochastic_case: { readonly task: CaseTask; readonly value: CaseSolve; readonly context: StochasticContext };
  readonly stochastic_extensive: { readonly task: { readonly cvar: Cvar | null }; readonly value: ExtensiveSolve; readonly context: StochasticContext };
};

const built = new WeakMap<StochasticContext, Map<string, ScenarioModel>>();

/** The case's model, built once per worker and run. */
export function caseModel(ctx: StochasticContext, index: number, relaxIntegers: boolean, backend: SolverBackend): ScenarioModel {
  let cache = built.get(ctx);
  if (cache === undefined) built.set(ctx, (cache = new Map()));
  const k = `${index}|${relaxIntegers}`;
  let sm = cache.get(k);
  if (sm === undefined) {
    const inputs = ctx.cases[index];
    if (inputs === undefined) throw new Error(`no stochastic case ${index}`);
    sm = buildScenarioModel(ctx.scenario, inputs, { firstStage: ctx.firstStage, relaxIntegers, settings: ctx.settings, backend });
    cache.set(k, sm);
  }
  return sm;
}

export function runCaseTask(task: CaseTask, ctx: StochasticContext, backend: SolverBackend): CaseSolve {
  return solveCase(caseModel(ctx, task.index, task.relaxIntegers, backend), task.fix, backend, ctx.settings);
}

/** The deterministic equivalent of every scenario, solved as one HiGHS model. */
export function runExtensiveTask(task: { readonly cvar: Cvar | null }, ctx: StochasticContext, backend: SolverBackend): ExtensiveSolve {
  const t0 = performance.now();
  const models = ctx.probabilities.map((_, s) => caseModel(ctx, s, false, backend));
  const master = buildMaster({
    firstStage: firstStageOf(ctx.firstStage),
    probabilities: ctx.probabilities,
    blocks: new Map(models.map((m, s) => [s, m])),
    estimates: new Map(),
    cvar: task.cvar,
  });
  const r = backend.solve(master.model, solveOptions(ctx.settings, false));
  const size = { rows: numRows(master.model), cols: numCols(master.model), integers: numIntegers(master.model), mipGap: r.mipGap };
  const seconds = (performance.now() - t0) / 1000;
  if (!r.hasSolution || r.colValues === null || r.objective === null) {
    return { termination: r.termination, objectiveRmb: null, firstStage: null, scenarioCostsRmb: null, ...size, seconds, message: r.message };
  }
  const x = r.colValues;
  return {
    termination: r.termination,
    objectiveRmb: r.objective * MASTER_RMB_PER_UNIT,
    firstStage: Array.from({ length: master.firstStageCount }, (_, j) => x[j]!),
    scenarioCostsRmb: master.scenarioCosts(x),
    ...size,
    seconds,
    message: r.message,
  };
}
