/**
 * The one build → solve step of every pathway solve (the plan, the strict-residual stage, the
 * infeasibility diagnosis, the evaluation of a fixed plan): the model built for a formulation
 * variant, optionally with columns fixed, solved with the operation's solver settings.
 */
import type { SolverSettings } from '../data/schemas/solver.ts';
import { buildPathwayModel, type BuiltModel } from '../formulation/build-model.ts';
import type { FormulationOptions } from '../formulation/context.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { fixColumns } from '../model/fix-columns.ts';
import type { SolveOptions, SolveResult, SolverBackend } from '../solvers/types.ts';

export interface PathwaySolveOptions {
  readonly formulation?: FormulationOptions;
  /** The model of that formulation, already built (the plan on its residual stage's model). */
  readonly built?: BuiltModel;
  /** Columns fixed at these values, by name (a plan's capacity decisions). */
  readonly fix?: Readonly<Record<string, number>>;
  /** Row duals and reduced costs (LPs); default true. */
  readonly wantDuals?: boolean;
}

export interface PathwaySolve {
  readonly built: BuiltModel;
  readonly result: SolveResult;
  readonly buildSeconds: number;
  readonly solveSeconds: number;
}

/** The backend options of a solve under `settings`. */
export function solveOptions(settings: SolverSettings, wantDuals = true): SolveOptions {
  return { timeLimitSeconds: settings.timeLimitSeconds, mipRelGap: settings.mipRelGap, wantDuals };
}

export function solvePathway(data: FactoryData, backend: SolverBackend, settings: SolverSettings, o: PathwaySolveOptions = {}): PathwaySolve {
  const t0 = performance.now();
  const built = o.built ?? buildPathwayModel(data, o.formulation ?? {});
  const model = o.fix === undefined ? built.model : fixColumns(built.model, o.fix);
  const t1 = performance.now();
  const result = backend.solve(model, solveOptions(settings, o.wantDuals ?? true));
  return { built: { model, ctx: built.ctx }, result, buildSeconds: (t1 - t0) / 1000, solveSeconds: (performance.now() - t1) / 1000 };
}
