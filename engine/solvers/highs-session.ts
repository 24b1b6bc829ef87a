/**
 * A HiGHS session (`SolverSession`, see types.ts): the native model of each structure solved is
 * kept, and a later model of the same structure is applied in place — only the vectors that
 * changed (costs, column bounds, row bounds, objective offset and sense, single coefficients) —
 * and re-run: HiGHS starts an LP from its last basis, and a MIP is offered the last plan as its
 * first incumbent (HiGHS checks it; an infeasible one is ignored). Measured on a 12-price sweep
 * of a generated 20-measure representative-day LP (benchmarks/suites/reuse.ts): 698 ms built afresh
 * each time, 680 ms changed in place but from the slack basis, 98 ms in a session. At most `MAX_MODELS` structures are kept, least recently used
 * first out; any failure drops the kept model and answers with a fresh one-shot solve, as does a
 * closed session.
 */
import type { Highs, Model as HighsModel } from 'highs';
import { columnOfNonzero, modelChanges, sameStructure } from '../model/model-changes.ts';
import { isMip, type LinearModel } from '../model/linear-model.ts';
import { modelProblem } from '../model/validate-model.ts';
import { readLpWithHighs } from './highs-lp-reader.ts';
import { HIGHS_FEATURES, infoNumber, readResult, runHighs, setRunOptions, TIME_SLICE_OPTIONS, toModelData, VERDICTS } from './highs-run.ts';
import { describeError, errorResult, solveColumnless } from './results.ts';
import type { SessionStats, SolveOptions, SolveResult, SolverSession } from './types.ts';

/** Structures kept per session: a pathway optimisation uses four (residual stage, plan, fixed-integer LP, MAC sweep). */
const MAX_MODELS = 6;
/** Above this share of changed coefficients the model is passed again rather than patched entry by entry. */
const MAX_PATCHED_SHARE = 0.1;

interface Kept {
  readonly native: HighsModel;
  /** A copy of the last model applied (callers may reuse their arrays). */
  model: LinearModel;
  /** MIP: the last plan found, offered as the next run's first incumbent. */
  incumbent: Float64Array | null;
}

export function openHighsSession(highs: Highs): SolverSession {
  const kept: Kept[] = [];
  let closed = false;
  const stats: SessionStats = { built: 0, reused: 0, simplexIterations: 0 };
  const drop = (k: Kept) => {
    const i = kept.indexOf(k);
    if (i >= 0) kept.splice(i, 1);
    k.native.dispose();
  };

  const solve = (model: LinearModel, options: SolveOptions = {}): SolveResult => {
    const startMs = performance.now();
    const problem = modelProblem(model);
    if (problem !== null) return errorResult('highs', `invalid model: ${problem}`, startMs);
    if (model.colNames.length === 0) return solveColumnless(model, 'highs', startMs);
    if (closed) return runHighs(highs, model, options, startMs, {});
    let k: Kept | undefined = kept.find((e) => sameStructure(e.model, model));
    try {
      if (k === undefined) {
        k = keep(highs, model);
        kept.unshift(k);
        while (kept.length > MAX_MODELS) drop(kept[kept.length - 1]!);
        stats.built++;
      } else {
        kept.splice(kept.indexOf(k), 1);
        kept.unshift(k);
        apply(highs, k, model);
        stats.reused++;
      }
      k.native.options.reset();
      setRunOptions(k.native, options, model.structure === 'time_slices' && !isMip(model) ? TIME_SLICE_OPTIONS : {});
      if (k.incumbent !== null) k.native.setSolution({ colValue: k.incumbent });
      k.native.run();
      const result = readResult(k.native, model, options, startMs);
      const iterations = infoNumber(k.native, 'simplex_iteration_count');
      if (Number.isFinite(iterations)) stats.simplexIterations += iterations;
      k.incumbent = isMip(model) && result.colValues !== null ? result.colValues : null;
      if (VERDICTS.has(result.termination)) return result;
      // The tuned time-slice options ended without a verdict: HiGHS's defaults, afresh (as the one-shot backend does).
      drop(k);
      return runHighs(highs, model, options, startMs, {});
    } catch (error) {
      if (k !== undefined) drop(k);
      const fresh = runHighs(highs, model, options, startMs, {});
      return fresh.termination === 'error' ? errorResult('highs', `HiGHS failed: ${describeError(error)}`, startMs) : fresh;
    }
  };

  return {
    id: 'highs',
    features: HIGHS_FEATURES,
    solve,
    readLp: (text) => readLpWithHighs(highs, text),
    session: () => openHighsSession(highs),
    stats,
    close: () => {
      closed = true;
      for (const k of [...kept]) drop(k);
    },
  };
}

/** The model's vectors copied; the sparsity pattern (never changed within a structure) shared with `kept` when given. */
const copy = (m: LinearModel, kept?: LinearModel): LinearModel => ({
  ...m,
  colCost: Float64Array.from(m.colCost),
  colLower: Float64Array.from(m.colLower),
  colUpper: Float64Array.from(m.colUpper),
  rowLower: Float64Array.from(m.rowLower),
  rowUpper: Float64Array.from(m.rowUpper),
  matrix: { start: kept?.matrix.start ?? Int32Array.from(m.matrix.start), index: kept?.matrix.index ?? Int32Array.from(m.matrix.index), value: Float64Array.from(m.matrix.value) },
  colInteger: kept?.colInteger ?? Uint8Array.from(m.colInteger),
});

function keep(highs: Highs, model: LinearModel): Kept {
  return { native: highs.createModel(toModelData(highs, model)), model: copy(model), incumbent: null };
}

/** Apply what changed from the kept model to `model` (same structure) in place. */
function apply(highs: Highs, k: Kept, model: LinearModel): void {
  const c = modelChanges(k.model, model);
  const n = model.colNames.length;
  const m = model.rowNames.length;
  const cols = { kind: 'range', from: 0, to: n - 1 } as const;
  if (c.coefficients.length > MAX_PATCHED_SHARE * model.matrix.value.length) {
    k.native.passModel(toModelData(highs, model));
  } else {
    for (const p of c.coefficients) k.native.changeCoefficient(model.matrix.index[p]!, columnOfNonzero(model.matrix.start, p), model.matrix.value[p]!);
    if (c.sense) k.native.changeObjectiveSense(model.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize);
    if (c.offset) k.native.changeObjectiveOffset(model.objectiveOffset);
    if (c.costs) k.native.changeColsCost(cols, model.colCost);
    if (c.colBounds) k.native.changeColsBounds(cols, model.colLower, model.colUpper);
    if (c.rowBounds && m > 0) k.native.changeRowsBounds({ kind: 'range', from: 0, to: m - 1 }, model.rowLower, model.rowUpper);
  }
  k.model = copy(model, k.model);
}
