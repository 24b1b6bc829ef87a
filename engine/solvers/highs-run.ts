/**
 * One HiGHS run on a native model (shared by the one-shot backend and the session): the model as
 * typed arrays (`toModelData`), the options, and the result read back (`readResult`: model status
 * → `Termination`, primal/dual solution status, objective incl. offset, values, duals, MIP gap).
 */
import type { Highs, ModelData, Model as HighsModel } from 'highs';
import type { LinearModel } from '../model/linear-model.ts';
import { isMip } from '../model/linear-model.ts';
import { highsStatusName, terminationOfHighsStatus } from './highs-status.ts';
import { describeError, errorResult, secondsSince } from './results.ts';
import type { SolveOptions, SolveResult, Termination } from './types.ts';

const FEASIBLE = 2;
const WITH_SOLUTION: ReadonlySet<Termination> = new Set(['optimal', 'time_limit', 'iteration_limit', 'interrupted']);

/** What the HiGHS backend and its sessions honour (types.ts `BackendFeatures`). */
export const HIGHS_FEATURES = { integers: true, duals: true, timeLimit: true, mipGap: true, reuse: true } as const;

/** Devex dual pricing without scaling, for `time_slices` models. */
export const TIME_SLICE_OPTIONS = { simplex_scale_strategy: 0, simplex_dual_edge_weight_strategy: 1 } as const;
export const VERDICTS: ReadonlySet<Termination> = new Set(['optimal', 'infeasible', 'unbounded', 'infeasible_or_unbounded', 'time_limit', 'interrupted']);

export function runHighs(highs: Highs, model: LinearModel, options: SolveOptions, startMs: number, extra: Record<string, number>): SolveResult {
  let native: HighsModel | undefined;
  try {
    native = highs.createModel(toModelData(highs, model));
    setRunOptions(native, options, extra);
    native.run();
    return readResult(native, model, options, startMs);
  } catch (error) {
    return errorResult('highs', `HiGHS failed: ${describeError(error)}`, startMs);
  } finally {
    native?.dispose();
  }
}

export function toModelData(highs: Highs, model: LinearModel): ModelData {
  const numCols = model.colNames.length;
  const numRows = model.rowNames.length;
  const { start, index, value } = model.matrix;
  return {
    numCols,
    numRows,
    sense: model.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    offset: model.objectiveOffset,
    colCost: model.colCost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts: start, indices: index, values: value },
    ...(isMip(model) ? { integrality: Int32Array.from(model.colInteger) } : {}),
  };
}

export function readResult(native: HighsModel, model: LinearModel, options: SolveOptions, startMs: number): SolveResult {
  const status = native.getModelStatus();
  const termination = terminationOfHighsStatus(status);
  const mip = isMip(model);
  const hasSolution = WITH_SOLUTION.has(termination) && infoNumber(native, 'primal_solution_status') === FEASIBLE;
  const wantDuals = options.wantDuals !== false && !mip && termination === 'optimal';
  const hasDuals = wantDuals && infoNumber(native, 'dual_solution_status') === FEASIBLE;
  const solution = hasSolution || hasDuals ? native.getSolution() : null;
  const gap = mip && hasSolution ? infoNumber(native, 'mip_gap') : Number.NaN;
  return {
    backend: 'highs',
    termination,
    hasSolution,
    objective: hasSolution ? native.getObjectiveValue() : null,
    colValues: hasSolution && solution ? solution.colValue : null,
    rowDuals: hasDuals && solution ? solution.rowDual : null,
    colDuals: hasDuals && solution ? solution.colDual : null,
    rowActivity: hasSolution && solution ? solution.rowValue : null,
    mipGap: Number.isFinite(gap) ? gap : null,
    seconds: secondsSince(startMs),
    message: `HiGHS model status ${status} (${highsStatusName(status)})`,
  };
}

export const QUIET = { output_flag: false, log_to_console: false } as const;

/** A run's options on a native model: silent, `extra`, and a time limit and MIP gap when asked for (else HiGHS's defaults). */
export function setRunOptions(native: HighsModel, options: SolveOptions, extra: Readonly<Record<string, number>>): void {
  native.options.set({ ...QUIET, ...extra });
  if (options.timeLimitSeconds !== undefined) native.options.set('time_limit', options.timeLimitSeconds);
  if (options.mipRelGap !== undefined) native.options.set('mip_rel_gap', options.mipRelGap);
}

/** A numeric info value, or NaN when HiGHS does not provide it. */
export function infoNumber(native: HighsModel, name: string): number {
  try {
    return Number(native.info.get(name));
  } catch {
    return Number.NaN;
  }
}
