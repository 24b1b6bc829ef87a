/**
 * Solve one scenario of a stochastic plan: freely (wait-and-see, or the expected-value plan), or
 * with the first stage fixed (recourse only). With the first stage fixed, the reduced costs of the
 * fixed columns are the slope of the scenario's optimal cost in them (HiGHS: the reduced cost of a
 * column is d z / d its active bound), so an LP solve also yields a Benders cut.
 */
import type { SolverSettings } from '../data/schemas/solver.ts';
import { isMip } from '../model/linear-model.ts';
import { solveOptions } from '../optimise/solve-pathway.ts';
import type { SolverBackend, Termination } from '../solvers/types.ts';
import type { ScenarioModel } from './scenario-model.ts';

export interface CaseSolve {
  readonly termination: Termination;
  /** The scenario's discounted cost including the shortfall penalty (what the program minimises), RMB; null without a solution. */
  readonly objectiveRmb: number | null;
  /** Cap shortfall summed over years, tCO2 (0: every cap met). */
  readonly shortfallTco2: number;
  /** The shortfall penalty inside objectiveRmb, RMB. */
  readonly penaltyRmb: number;
  /** First-stage values of the solution, by first-stage index. */
  readonly firstStage: number[] | null;
  /** d cost / d first-stage decision (fixed LP solves only). */
  readonly gradient: number[] | null;
  readonly seconds: number;
  readonly message: string;
}

export function solveCase(sm: ScenarioModel, fix: readonly number[] | null, backend: SolverBackend, settings: SolverSettings): CaseSolve {
  const t0 = performance.now();
  let model = sm.model;
  if (fix !== null) {
    const colLower = Float64Array.from(model.colLower);
    const colUpper = Float64Array.from(model.colUpper);
    sm.firstStageCols.forEach((col, j) => {
      colLower[col] = fix[j]!;
      colUpper[col] = fix[j]!;
    });
    model = { ...model, colLower, colUpper };
  }
  const wantDuals = fix !== null && !isMip(model);
  const r = backend.solve(model, solveOptions(settings, wantDuals));
  const seconds = (performance.now() - t0) / 1000;
  if (!r.hasSolution || r.colValues === null || r.objective === null) {
    return { termination: r.termination, objectiveRmb: null, shortfallTco2: 0, penaltyRmb: 0, firstStage: null, gradient: null, seconds, message: r.message };
  }
  const x = r.colValues;
  let shortfallTco2 = 0;
  let penaltyRmb = 0;
  for (const { col, penaltyRmb: k } of sm.shortfall) {
    const v = Math.max(0, x[col]!);
    shortfallTco2 += v;
    penaltyRmb += k * v;
  }
  const duals = r.colDuals;
  return {
    termination: r.termination,
    objectiveRmb: r.objective,
    shortfallTco2,
    penaltyRmb,
    firstStage: Array.from(sm.firstStageCols, (col) => x[col]!),
    gradient: wantDuals && duals !== null ? Array.from(sm.firstStageCols, (col) => duals[col]!) : null,
    seconds,
    message: r.message,
  };
}
