/**
 * What a two-stage stochastic plan reports (the CLI's --json, the API's run result, the dashboard):
 * imports only schema modules, so the web build can read it.
 */
import type { UncertainInputId, Uncertainty } from '../data/schemas/uncertainty.ts';
import type { Cvar } from './options.ts';

type InputValues = Readonly<Partial<Record<UncertainInputId, number>>>;

export interface StochasticScenarioRow {
  readonly index: number;
  readonly probability: number;
  readonly inputs: InputValues;
}

/** One first-stage build, stochastic beside deterministic (the expected-value plan). */
export interface FirstStageRow {
  readonly factoryId: string;
  readonly measureId: string;
  readonly year: number;
  readonly stochasticUnits: number;
  readonly deterministicUnits: number;
}

/** A first stage evaluated under every scenario (recourse re-optimised, integers honoured). */
export interface PlanOutcome {
  /** Discounted cost per scenario incl. any cap-shortfall penalty, RMB (null: no recourse). */
  readonly scenarioCostsRmb: ReadonlyArray<number | null>;
  readonly expectedCostRmb: number | null;
  readonly p5Rmb: number | null;
  readonly p50Rmb: number | null;
  readonly p95Rmb: number | null;
  /** CVaR at the run's α (0.95 when the run sets none), RMB. */
  readonly cvarRmb: number | null;
  /** Probability that every cap is met (no shortfall). */
  readonly targetMetProbability: number;
  readonly expectedShortfallTco2: number;
}

export interface StochasticSolverReport {
  readonly method: 'extensive' | 'decomposition';
  readonly seconds: number;
  /** The stochastic program's objective at the chosen first stage (E + λ·CVaR), RMB. */
  readonly objectiveRmb: number;
  /** Extensive form: its size. */
  readonly rows?: number;
  readonly cols?: number;
  readonly integers?: number;
  /** Extensive form of a MILP: the relative gap HiGHS stopped at. */
  readonly mipGap?: number;
  /** Decomposition: bounds at the end, iterations, scenarios the master holds in full. */
  readonly lowerBoundRmb?: number;
  readonly upperBoundRmb?: number;
  readonly iterations?: number;
  readonly scenariosInMaster?: readonly number[];
  readonly relaxedRecourse?: boolean;
  readonly message: string;
}

export interface StochasticResult {
  readonly scenarioId: string;
  readonly seed: number;
  readonly sampling: 'sample' | 'enumerate';
  readonly inputs: Uncertainty['inputs'];
  readonly scenarios: readonly StochasticScenarioRow[];
  readonly expectedInputs: InputValues;
  readonly firstStageYears: readonly number[];
  readonly cvar: Cvar | null;
  readonly plan: readonly FirstStageRow[];
  /** Every first-stage decision by column name (build, units_built, invest). */
  readonly firstStage: Readonly<Record<string, number>>;
  readonly deterministicFirstStage: Readonly<Record<string, number>>;
  readonly stochastic: PlanOutcome;
  readonly deterministic: PlanOutcome;
  /** Each scenario planned with perfect foresight: its own optimum. */
  readonly waitAndSee: { readonly scenarioCostsRmb: readonly number[]; readonly expectedCostRmb: number };
  /** Value of the stochastic solution: E[cost | deterministic first stage] − E[cost | stochastic first stage], RMB. */
  readonly vssRmb: number | null;
  /** Expected value of perfect information: E[cost | stochastic first stage] − E[wait-and-see cost], RMB. */
  readonly evpiRmb: number | null;
  readonly solver: StochasticSolverReport;
  readonly message: string;
}
