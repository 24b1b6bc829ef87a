/**
 * Small constructors for `SolveResult`s shared by the backends: refusals/failures, and the
 * trivial case of a model without columns (every backend answers it the same way, and HiGHS
 * reports such a model as "empty" without applying the objective offset).
 */
import type { LinearModel } from '../model/linear-model.ts';
import type { BackendId, SolveResult, SolverErrorCode } from './types.ts';

/** Seconds elapsed since a `performance.now()` timestamp. */
export function secondsSince(startMs: number): number {
  return (performance.now() - startMs) / 1000;
}

/** A failed or refused solve (termination 'error'). */
export function errorResult(backend: BackendId, message: string, startMs: number, errorCode: SolverErrorCode = 'solver_error'): SolveResult {
  return {
    backend,
    termination: 'error',
    hasSolution: false,
    objective: null,
    colValues: null,
    rowDuals: null,
    colDuals: null,
    rowActivity: null,
    mipGap: null,
    seconds: secondsSince(startMs),
    message,
    errorCode,
  };
}

/**
 * Solves a model with no columns: every row activity is 0, so it is optimal (objective = offset,
 * all duals 0) if 0 lies within every row's bounds, and infeasible otherwise.
 */
export function solveColumnless(model: LinearModel, backend: BackendId, startMs: number): SolveResult {
  const m = model.rowNames.length;
  const bad = model.rowNames.findIndex((_, i) => (model.rowLower[i] as number) > 0 || (model.rowUpper[i] as number) < 0);
  if (bad >= 0) {
    return { ...errorResult(backend, `row ${model.rowNames[bad]} cannot hold with no variables`, startMs), termination: 'infeasible' };
  }
  return {
    backend,
    termination: 'optimal',
    hasSolution: true,
    objective: model.objectiveOffset,
    colValues: new Float64Array(0),
    rowDuals: new Float64Array(m),
    colDuals: new Float64Array(0),
    rowActivity: new Float64Array(m),
    mipGap: null,
    seconds: secondsSince(startMs),
    message: 'model has no columns',
  };
}

/** Text of an unknown thrown value. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
