/**
 * HiGHS (WebAssembly, `highs` npm package) backend. The model is fed as typed arrays through the
 * persistent model API (`createModel(ModelData)`), never as LP text; the native model is always
 * disposed (try/finally), since garbage collection does not free WebAssembly memory.
 *
 * Reads: model status (→ `Termination`, see `highs-status.ts`), primal/dual solution status,
 * objective (HiGHS includes the offset), column values, row activities, row duals and reduced
 * costs (LPs only, HiGHS sign convention — see `types.ts`), and the MIP gap (`mip_gap` info).
 * Options: `time_limit`, `mip_rel_gap`; output is silenced. An LP marked `structure: 'time_slices'`
 * is solved with devex pricing and no scaling, and again with HiGHS's defaults should that end
 * without a verdict.
 */
import type { Highs } from 'highs';
import type { LinearModel } from '../model/linear-model.ts';
import { isMip } from '../model/linear-model.ts';
import { modelProblem } from '../model/validate-model.ts';
import { readLpWithHighs } from './highs-lp-reader.ts';
import { HIGHS_FEATURES, runHighs, TIME_SLICE_OPTIONS, VERDICTS } from './highs-run.ts';
import { openHighsSession } from './highs-session.ts';
import { errorResult, solveColumnless } from './results.ts';
import type { SolveOptions, SolveResult, SolverBackend } from './types.ts';

export function createHighsBackend(highs: Highs): SolverBackend {
  return {
    id: 'highs',
    features: HIGHS_FEATURES,
    solve: (model, options) => solveWithHighs(highs, model, options ?? {}),
    readLp: (text) => readLpWithHighs(highs, text),
    session: () => openHighsSession(highs),
  };
}

function solveWithHighs(highs: Highs, model: LinearModel, options: SolveOptions): SolveResult {
  const startMs = performance.now();
  const problem = modelProblem(model);
  if (problem !== null) return errorResult('highs', `invalid model: ${problem}`, startMs);
  if (model.colNames.length === 0) return solveColumnless(model, 'highs', startMs);
  // Branch and bound does better with HiGHS's defaults (measured: 3.2 s vs 5.2 s on a bundled MILP).
  const tuned = model.structure === 'time_slices' && !isMip(model) ? runHighs(highs, model, options, startMs, TIME_SLICE_OPTIONS) : null;
  return tuned !== null && VERDICTS.has(tuned.termination) ? tuned : runHighs(highs, model, options, startMs, {});
}
