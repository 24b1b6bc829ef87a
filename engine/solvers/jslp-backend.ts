/**
 * javascript-lp-solver (pure JavaScript, dense-tableau simplex with branch-and-cut) backend, kept
 * for tiny models and for cross-checking HiGHS. No duals (features.duals false, duals null) and
 * no MIP gap.
 *
 * Size limit: models with more than `maxNonzeros` (default `JSLP_MAX_NONZEROS`, measured — see
 * `jslp-limit.ts`) constraint-matrix nonzeros, or whose dense tableau would exceed
 * `JSLP_MAX_TABLEAU_CELLS`, are refused with termination 'error' and a message pointing to the
 * highs backend; large models are never routed here silently.
 *
 * Time limit: the solve runs in a worker (`jslp-runner.ts`) so the wall clock is always enforced,
 * at `timeLimitSeconds` or by default `JSLP_DEFAULT_TIME_LIMIT_SECONDS`; the limit is also passed
 * to jslp's branch-and-bound so a MIP can stop with its incumbent.
 *
 * Column substitutions are described in `jslp-model.ts`; a free integer column is refused
 * (termination 'error').
 *
 * Status mapping: watchdog fired → time_limit without solution; a simplex cycle (which jslp
 * reports as `feasible: false`) → error; `feasible: false` → infeasible (time_limit if the MIP
 * clock ran out); `bounded: false` → unbounded; a MIP search ending without an integral point →
 * infeasible (or time_limit); otherwise optimal, or time_limit with the incumbent. Every returned
 * point is checked against rows, bounds and integrality (tolerance 1e-6, scaled by the row's
 * terms); a violation becomes 'error' rather than a wrong answer.
 */
import type { LinearModel } from '../model/linear-model.ts';
import { isMip, numNonzeros } from '../model/linear-model.ts';
import { objectiveValue, rowActivities } from '../model/sparse.ts';
import { modelProblem } from '../model/validate-model.ts';
import { JSLP_DEFAULT_TIME_LIMIT_SECONDS, JSLP_MAX_NONZEROS, JSLP_MAX_TABLEAU_CELLS } from './jslp-limit.ts';
import { toJslp } from './jslp-model.ts';
import { runJslp } from './jslp-runner.ts';
import { describeError, errorResult, secondsSince, solveColumnless } from './results.ts';
import type { SolveOptions, SolveResult, SolverBackend, Termination } from './types.ts';

const FEASIBILITY_TOLERANCE = 1e-6;

/** The subset of jslp's result object that is read. */
interface JslpOutcome {
  readonly feasible: boolean;
  readonly bounded?: boolean;
  readonly isIntegral?: boolean;
  readonly [id: string]: unknown;
}

export function createJslpBackend(maxNonzeros = JSLP_MAX_NONZEROS): SolverBackend {
  return {
    id: 'jslp',
    features: { integers: true, duals: false, timeLimit: true, mipGap: true, maxNonzeros },
    solve: (model, options) => solveWithJslp(model, options ?? {}, maxNonzeros),
  };
}

function solveWithJslp(model: LinearModel, options: SolveOptions, maxNonzeros: number): SolveResult {
  const startMs = performance.now();
  const nnz = numNonzeros(model);
  if (nnz > maxNonzeros) {
    const message =
      `model too large for the pure-JavaScript jslp backend: ${nnz} nonzeros > limit ${maxNonzeros} ` +
      '(it would take more than about 2 s); solve it with the highs backend';
    return errorResult('jslp', message, startMs, 'model_too_large');
  }
  const problem = modelProblem(model);
  if (problem !== null) return errorResult('jslp', `invalid model: ${problem}`, startMs);
  if (model.colNames.length === 0) return solveColumnless(model, 'jslp', startMs);
  const limitSeconds = options.timeLimitSeconds ?? JSLP_DEFAULT_TIME_LIMIT_SECONDS;
  try {
    const conversion = toJslp(model, { ...options, timeLimitSeconds: limitSeconds });
    if (conversion.tableauCells > JSLP_MAX_TABLEAU_CELLS) {
      const message =
        `model too large for the pure-JavaScript jslp backend: its dense tableau would have ${conversion.tableauCells} cells ` +
        `> limit ${JSLP_MAX_TABLEAU_CELLS}; solve it with the highs backend`;
      return errorResult('jslp', message, startMs, 'model_too_large');
    }
    if (conversion.unsupported !== null) {
      return errorResult('jslp', `the jslp backend does not support a ${conversion.unsupported}; use the highs backend`, startMs);
    }
    if (conversion.infeasibility !== null) return noSolution('infeasible', conversion.infeasibility, startMs);
    const run = runJslp(conversion.json, limitSeconds * 1000 + Math.max(1000, limitSeconds * 100));
    if (run.kind === 'timeout') {
      const message = `jslp did not finish within ${limitSeconds} s (its simplex can fail to terminate); use the highs backend`;
      return noSolution('time_limit', message, startMs);
    }
    if (run.kind === 'failed') return errorResult('jslp', `javascript-lp-solver failed: ${run.message}`, startMs);
    const outcome = run.result;
    if (!isOutcome(outcome)) return errorResult('jslp', 'javascript-lp-solver returned an unexpected result', startMs);
    if (run.messages.some((m) => m.startsWith('Cycle'))) {
      return errorResult('jslp', 'javascript-lp-solver stopped on a simplex cycle; the status is unknown', startMs);
    }
    const timedOut = isMip(model) && secondsSince(startMs) >= limitSeconds;
    if (outcome.feasible !== true) return noSolution(timedOut ? 'time_limit' : 'infeasible', 'jslp: not feasible', startMs);
    if (outcome.bounded === false) return noSolution('unbounded', 'jslp: unbounded', startMs);
    if (isMip(model) && outcome.isIntegral !== true) {
      return noSolution(timedOut ? 'time_limit' : 'infeasible', 'jslp: no integral solution found', startMs);
    }
    const x = conversion.recover((id) => (typeof outcome[id] === 'number' ? (outcome[id] as number) : 0));
    return withSolution(model, x, timedOut ? 'time_limit' : 'optimal', startMs);
  } catch (error) {
    return errorResult('jslp', `javascript-lp-solver failed: ${describeError(error)}`, startMs);
  }
}

function withSolution(model: LinearModel, x: Float64Array, termination: Termination, startMs: number): SolveResult {
  const activity = rowActivities(model, x);
  const violation = firstViolation(model, x, activity);
  if (violation !== null) return errorResult('jslp', `jslp returned an infeasible point: ${violation}`, startMs);
  return {
    backend: 'jslp',
    termination,
    hasSolution: true,
    objective: objectiveValue(model, x),
    colValues: x,
    rowDuals: null,
    colDuals: null,
    rowActivity: activity,
    mipGap: null,
    seconds: secondsSince(startMs),
    message: termination === 'optimal' ? 'jslp: optimal' : 'jslp: time limit reached with an incumbent',
  };
}

function noSolution(termination: Termination, message: string, startMs: number): SolveResult {
  return { ...errorResult('jslp', message, startMs), termination };
}

/**
 * The first row, bound or integrality violation beyond tolerance, or null. Row tolerance is
 * 1e-6 × (1 + |bound| + Σ|a_ij x_j|): jslp rounds values to 1e-9, so rows with large terms
 * accumulate absolute error.
 */
function firstViolation(model: LinearModel, x: Float64Array, activity: Float64Array): string | null {
  const scale = rowTermScale(model, x);
  const beyond = (v: number, lower: number, upper: number, size: number): boolean =>
    v < lower - FEASIBILITY_TOLERANCE * (1 + Math.abs(lower) + size) ||
    v > upper + FEASIBILITY_TOLERANCE * (1 + Math.abs(upper) + size);
  for (let i = 0; i < activity.length; i++) {
    if (beyond(activity[i] as number, model.rowLower[i] as number, model.rowUpper[i] as number, scale[i] as number)) {
      return `row ${model.rowNames[i]} activity ${activity[i]} outside [${model.rowLower[i]}, ${model.rowUpper[i]}]`;
    }
  }
  for (let j = 0; j < x.length; j++) {
    const v = x[j] as number;
    if (beyond(v, model.colLower[j] as number, model.colUpper[j] as number, 0)) return `column ${model.colNames[j]} = ${v}`;
    if (model.colInteger[j] === 1 && Math.abs(v - Math.round(v)) > FEASIBILITY_TOLERANCE) {
      return `integer column ${model.colNames[j]} = ${v}`;
    }
  }
  return null;
}

/** Σ_j |a_ij x_j| for every row. */
function rowTermScale(model: LinearModel, x: Float64Array): Float64Array {
  const scale = new Float64Array(model.rowNames.length);
  const { start, index, value } = model.matrix;
  for (let j = 0; j < x.length; j++) {
    const xj = Math.abs(x[j] as number);
    for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
      scale[index[k] as number]! += Math.abs(value[k] as number) * xj;
    }
  }
  return scale;
}

function isOutcome(value: unknown): value is JslpOutcome {
  return typeof value === 'object' && value !== null && typeof (value as { feasible?: unknown }).feasible === 'boolean';
}
