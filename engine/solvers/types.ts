/**
 * The solver-backend contract: one status type for every backend, where *why the solver
 * stopped* (`termination`) and *whether a primal solution is in hand* (`hasSolution`) are two
 * separate facts (as in JuMP's termination/primal status and linopy's status/termination), e.g.
 * a MIP stopped by its time limit with an incumbent is `time_limit` + `hasSolution: true`.
 *
 * Units: `seconds` are wall-clock seconds; `objective` is in the model's objective units and
 * includes `LinearModel.objectiveOffset`.
 *
 * Dual sign convention (HiGHS's, kept unchanged): `rowDuals[i]` is the rate of change of the
 * optimal objective per unit increase of row i's active bound (d z_opt / d b_i), and
 * `colDuals[j]` (reduced cost) is c_j − (Aᵀy)_j, i.e. d z_opt / d (active bound of column j). Consequently, for a
 * **min** problem a binding `<=` row has a dual ≤ 0 and a binding `>=` row a dual ≥ 0; for a
 * **max** problem the signs are reversed (binding `<=` → ≥ 0). Non-binding rows have dual 0.
 * Duals are only reported for LPs solved to optimality.
 */
import type { BackendId } from '../data/schemas/solver.ts';
import type { LinearModel } from '../model/linear-model.ts';

export type { BackendId };

/** Why the solver stopped. */
export type Termination =
  /** Proven optimal (for a MIP: within the requested relative gap). */
  | 'optimal'
  | 'infeasible'
  | 'unbounded'
  /** The solver proved that no finite optimum exists without telling which case. */
  | 'infeasible_or_unbounded'
  | 'time_limit'
  | 'iteration_limit'
  /** Stopped early for another reason (callback, objective bound/target, solution limit). */
  | 'interrupted'
  /** The solver failed or refused the model; see `message`. */
  | 'error';

export interface SolveOptions {
  /** Wall-clock limit in seconds; default none. */
  timeLimitSeconds?: number;
  /** Relative MIP gap at which to stop; default: the backend's (HiGHS 1e-4, jslp 0). */
  mipRelGap?: number;
  /** Return row duals and reduced costs for LPs; default true. */
  wantDuals?: boolean;
}

export interface SolveResult {
  readonly backend: BackendId;
  readonly termination: Termination;
  /** A primal solution with a meaningful objective is in hand (optimal, or a limit hit with a feasible point / MIP incumbent). */
  readonly hasSolution: boolean;
  /** Objective value incl. offset; null without a solution. */
  readonly objective: number | null;
  /** Column values, length numCols; null without a solution. */
  readonly colValues: Float64Array | null;
  /** Row duals (see the sign convention above), length numRows; null for MIPs, without duals, or when not requested. */
  readonly rowDuals: Float64Array | null;
  /** Reduced costs, length numCols; null when `rowDuals` is null. */
  readonly colDuals: Float64Array | null;
  /** Row activities A·x, length numRows; null without a solution. */
  readonly rowActivity: Float64Array | null;
  /** Relative MIP gap |primal − dual bound| / |primal| as reported by the backend; null for LPs or when unknown. */
  readonly mipGap: number | null;
  /** Wall-clock seconds spent in `solve`, including data conversion. */
  readonly seconds: number;
  /** Human-readable detail (solver status text, or why the model was refused). */
  readonly message: string;
  /** With termination 'error': whether the backend refused the model as too large or failed. */
  readonly errorCode?: SolverErrorCode;
}

/** Why a solve ended in termination 'error' (codes of engine/errors.ts). */
export type SolverErrorCode = 'model_too_large' | 'solver_error';

export interface BackendFeatures {
  /** Integer columns are honoured. */
  readonly integers: boolean;
  /** Row duals and reduced costs are returned for LPs. */
  readonly duals: boolean;
  /** `timeLimitSeconds` is honoured. */
  readonly timeLimit: boolean;
  /** `mipRelGap` is honoured. */
  readonly mipGap: boolean;
  /** Models with more constraint-matrix nonzeros are refused (termination 'error'); absent = no limit. */
  readonly maxNonzeros?: number;
  /** `session()` keeps models between solves: a model of a structure solved before is changed in place and re-solved from the last basis. */
  readonly reuse?: boolean;
}

/** Result of parsing model text with a backend's own reader (e.g. HiGHS's CPLEX LP reader). */
export type ModelTextResult =
  | { readonly ok: true; readonly model: LinearModel }
  | { readonly ok: false; readonly message: string };

export interface SolverBackend {
  readonly id: BackendId;
  readonly features: BackendFeatures;
  /** Solves synchronously (blocks the thread). Never throws: failures become termination 'error'. */
  solve(model: LinearModel, options?: SolveOptions): SolveResult;
  /** Parses CPLEX LP text into a model, when the backend has an LP reader (HiGHS does). Never throws. */
  readLp?(text: string): ModelTextResult;
  /** A solver that keeps its models between solves (features.reuse); absent when the backend cannot. */
  session?(): SolverSession;
}

/**
 * A backend with memory, for a sequence of re-solves of one model with changed costs, bounds,
 * right-hand sides or coefficients (parametric sweeps, marginal costs, sampled prices): it keeps
 * the native model of each structure it solved (same dimensions, sparsity pattern and integer
 * columns: engine/model/model-changes.ts), applies only what changed and starts from the previous
 * basis (LP) or offers the previous plan as a first incumbent (MIP). The results are those of a
 * fresh solve within the solver's tolerances; a degenerate LP may end at another optimal vertex,
 * so a session is kept within one deterministic sequence of solves. `close()` frees the native
 * memory (WebAssembly memory is not garbage-collected).
 */
export interface SolverSession extends SolverBackend {
  readonly stats: SessionStats;
  close(): void;
}

export interface SessionStats {
  /** Solves on a newly built native model. */
  built: number;
  /** Solves on a kept model changed in place. */
  reused: number;
  /** Simplex iterations over all LP solves (how much the warm starts save). */
  simplexIterations: number;
}
