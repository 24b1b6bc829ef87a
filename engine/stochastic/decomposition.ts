/**
 * The two-stage program by decomposition: multi-cut L-shaped (Benders) on the worker pool. Each
 * iteration solves every scenario with the candidate first stage fixed (in parallel, one LP each),
 * adds one cut per scenario from its cost and the reduced costs of the fixed columns, and re-solves
 * the small master (first stage, one cost estimate per scenario, CVaR) for the next candidate.
 *   upper bound: the best candidate's true objective (Σ p·Q_s + λ·CVaR, every scenario solved);
 *   lower bound: the master's optimum (its cuts under-estimate each convex Q_s);
 * it stops when they meet within `relativeGap`; for an LP this is finite and exact.
 *
 * Why Benders and not progressive hedging: the solver contract is LP/MILP (PH's proximal term is
 * quadratic), Benders has no penalty parameter to tune and proves its gap at every iteration, and the
 * fixed-first-stage solve it repeats is the same one that evaluates a plan under a scenario.
 * The master carries the constraints (not the cost) of the expected-value case, so it proposes only
 * first stages the site can hold (roof area, potentials, stock caps: limits cuts do not know). A
 * scenario whose recourse is still infeasible at a candidate (or whose solve gives no duals) enters
 * the master in full, so the master never proposes such a first stage again.
 * MILP (whole units, lumpy builds): the first stage stays integer in the master; the recourse is cut
 * on its LP relaxation (valid lower bounds), and the chosen first stage is then evaluated with integer
 * recourse by the caller; the extensive form is the exact method for a MILP.
 */
import type { SolverSettings } from '../data/schemas/solver.ts';
import { isMip } from '../model/linear-model.ts';
import { solveOptions } from '../optimise/solve-pathway.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { buildMaster, MASTER_RMB_PER_UNIT, type Cut, type FirstStage } from './extensive-form.ts';
import type { Cvar } from './options.ts';
import { riskObjective } from './risk.ts';
import type { ScenarioModel } from './scenario-model.ts';
import type { CaseSolve } from './solve-case.ts';

export interface DecompositionInput {
  readonly firstStage: FirstStage;
  readonly probabilities: readonly number[];
  readonly cvar: Cvar | null;
  /** A valid lower bound of each scenario's (relaxed) cost: its wait-and-see optimum. */
  readonly lowerBoundsRmb: readonly number[];
  /** Where the first cuts are taken (the expected-value plan's first stage). */
  readonly start: readonly number[];
  readonly relativeGap: number;
  readonly maxIterations: number;
  /** Every scenario solved with the first stage fixed at x (relaxed recourse for a MILP), by index. */
  solveAll(x: readonly number[]): Promise<CaseSolve[]>;
  /** A scenario's (relaxed) model, to put it into the master in full. */
  fullModel(s: number): ScenarioModel;
  /** The (relaxed) case whose constraints the master's first stage must satisfy (extensive-form.ts). */
  readonly feasibility?: ScenarioModel;
  readonly backend: SolverBackend;
  readonly settings: SolverSettings;
  readonly signal?: AbortSignal | undefined;
}

export interface DecompositionResult {
  readonly ok: boolean;
  readonly firstStage: number[] | null;
  readonly lowerBoundRmb: number;
  readonly upperBoundRmb: number;
  readonly iterations: number;
  /** Scenarios the master holds in full (their recourse was infeasible at some candidate). */
  readonly scenariosInMaster: number[];
  readonly history: ReadonlyArray<{ readonly iteration: number; readonly lowerBoundRmb: number; readonly upperBoundRmb: number }>;
  readonly message: string;
}

export async function decompose(d: DecompositionInput): Promise<DecompositionResult> {
  const S = d.probabilities.length;
  const cuts: Cut[][] = Array.from({ length: S }, () => []);
  const blocks = new Map<number, ScenarioModel>();
  const history: Array<{ iteration: number; lowerBoundRmb: number; upperBoundRmb: number }> = [];
  let best: { x: number[]; value: number } | null = null;
  let lower = Number.NEGATIVE_INFINITY;
  let x = [...d.start];
  const noDuals: string[] = [];
  const fail = (iterations: number, message: string): DecompositionResult => ({
    ok: false, firstStage: best?.x ?? null, lowerBoundRmb: lower, upperBoundRmb: best?.value ?? Number.POSITIVE_INFINITY, iterations, scenariosInMaster: [...blocks.keys()], history, message,
  });
  for (let iteration = 1; iteration <= d.maxIterations; iteration++) {
    if (d.signal?.aborted) return fail(iteration - 1, 'cancelled');
    const solved = await d.solveAll(x);
    let complete = true;
    for (let s = 0; s < S; s++) {
      const r = solved[s]!;
      if (r.objectiveRmb === null) {
        if (r.termination !== 'infeasible' && r.termination !== 'infeasible_or_unbounded') return fail(iteration, `scenario ${s}: ${r.termination} (${r.message})`);
        complete = false;
        if (!blocks.has(s)) blocks.set(s, d.fullModel(s));
        continue;
      }
      if (r.gradient === null) {
        // No usable duals (HiGHS gave a solution without a dual one): model the scenario in full instead.
        if (!blocks.has(s)) blocks.set(s, d.fullModel(s));
        noDuals.push(`${s} (${r.termination}: ${r.message})`);
        continue;
      }
      cuts[s]!.push({ valueRmb: r.objectiveRmb, at: Float64Array.from(x), gradient: Float64Array.from(r.gradient) });
    }
    if (complete) {
      const value = riskObjective(solved.map((r, s) => ({ value: r.objectiveRmb!, probability: d.probabilities[s]! })), d.cvar);
      if (best === null || value < best.value) best = { x: [...x], value };
    }
    const master = buildMaster({
      firstStage: d.firstStage,
      probabilities: d.probabilities,
      blocks,
      estimates: new Map([...Array(S).keys()].filter((s) => !blocks.has(s)).map((s) => [s, { lowerBoundRmb: d.lowerBoundsRmb[s]!, cuts: cuts[s]! }])),
      cvar: d.cvar,
      ...(d.feasibility ? { feasibility: d.feasibility } : {}),
    });
    // An integer master is solved to the decomposition's own gap: its dual bound is the lower bound.
    const m = d.backend.solve(master.model, { ...solveOptions(d.settings, false), mipRelGap: Math.min(d.settings.mipRelGap, d.relativeGap) });
    if (!m.hasSolution || m.colValues === null || m.objective === null) return fail(iteration, `master problem: ${m.termination} (${m.message})`);
    // A MILP master stopped within its gap: its dual bound is the valid lower bound.
    const z = m.objective * MASTER_RMB_PER_UNIT;
    const bound = isMip(master.model) && m.mipGap !== null ? z - Math.abs(z) * m.mipGap : z;
    lower = Math.max(lower, bound);
    history.push({ iteration, lowerBoundRmb: lower, upperBoundRmb: best?.value ?? Number.POSITIVE_INFINITY });
    if (best !== null && best.value - lower <= d.relativeGap * Math.max(1, Math.abs(best.value))) {
      return { ok: true, firstStage: best.x, lowerBoundRmb: lower, upperBoundRmb: best.value, iterations: iteration, scenariosInMaster: [...blocks.keys()].sort((a, b) => a - b), history, message: noDuals.length > 0 ? `converged; without duals at some candidate, so held in full: scenario ${noDuals.join(', ')}` : 'converged' };
    }
    x = Array.from({ length: master.firstStageCount }, (_, j) => m.colValues![j]!);
  }
  return fail(d.maxIterations, `no convergence in ${d.maxIterations} iterations (gap ${best ? ((best.value - lower) / Math.max(1, Math.abs(best.value))).toExponential(2) : 'unknown'})`);
}
