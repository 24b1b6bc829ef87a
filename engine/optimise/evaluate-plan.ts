/**
 * Evaluate a fixed investment plan under changed inputs: the capacity decisions (build and invest
 * columns) are fixed, operation and purchases (fuel use, green power, offsets) are re-optimised,
 * and any cap the plan can no longer meet shows up as a penalised shortfall instead of infeasibility.
 */
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { resolveSolverSettings, type SolverSettings } from '../data/schemas/solver.ts';
import { prepareFactoryData } from '../formulation/factory-data.ts';
import { costsByYear } from '../results/costs.ts';
import { emissionsByYear } from '../results/emissions.ts';
import { SolutionView } from '../results/solution.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { solvePathway } from './solve-pathway.ts';

/** Penalty per tCO2 above the cap: far above any abatement cost, so shortfall is a last resort. */
export const SHORTFALL_PENALTY_RMB_PER_TCO2 = 1e5;

export interface PlanEvaluation {
  readonly feasible: boolean;
  /** Discounted cost without the shortfall penalty, RMB. */
  readonly costRmb: number | null;
  readonly costByYearRmb: Readonly<Record<number, number>>;
  readonly netTco2ByYear: Readonly<Record<number, number>>;
  readonly shortfallTco2ByYear: Readonly<Record<number, number>>;
  readonly message: string;
}

export function evaluatePlan(
  scenario: Scenario,
  factory: Factory,
  decisions: Readonly<Record<string, number>>,
  backend: SolverBackend,
  settings: SolverSettings = resolveSolverSettings(scenario.solver),
): PlanEvaluation {
  const data = prepareFactoryData(scenario, factory);
  // Capacity is decided: its budget was checked when the plan was made, not under each draw's prices.
  const formulation = { capShortfall: true, shortfallPenaltyRmbPerTco2: SHORTFALL_PENALTY_RMB_PER_TCO2, omitCapexBudget: true };
  const {
    built: { ctx },
    result: r,
  } = solvePathway(data, backend, settings, { formulation, fix: decisions, wantDuals: false });
  if (!r.hasSolution || r.colValues === null || r.objective === null) {
    return { feasible: false, costRmb: null, costByYearRmb: {}, netTco2ByYear: {}, shortfallTco2ByYear: {}, message: `${r.termination}: ${r.message}` };
  }
  const x = r.colValues;
  const value = (col: number | undefined) => (col === undefined ? 0 : x[col]!);
  const shortfall: Record<number, number> = {};
  let penalty = 0;
  for (const [y, col] of ctx.v.capShortfall) {
    shortfall[y] = Math.max(0, value(col));
    penalty += SHORTFALL_PENALTY_RMB_PER_TCO2 * data.discount[y]! * shortfall[y]!;
  }
  const view = new SolutionView(ctx, x, null);
  const costByYear = Object.fromEntries(costsByYear(view).map((c) => [c.year, c.totalRmb]));
  const net = Object.fromEntries(emissionsByYear(view).map((e) => [e.year, e.netTco2]));
  return {
    feasible: true,
    costRmb: r.objective - penalty,
    costByYearRmb: costByYear,
    netTco2ByYear: net,
    shortfallTco2ByYear: shortfall,
    message: r.termination,
  };
}
