/**
 * The result of optimising a scenario and each of its factories' pathways, the diagnosis of one
 * without a plan, and the solver report: plain types (no solver or model code reachable from
 * here), shared by the CLI, the server, the store and, through plan-json.ts, the browser.
 */
import type { SectorId } from '../data/sectors.ts';
import type { ProvinceId } from '../data/reference/provinces.ts';
import type { BackendId, SolverErrorCode, Termination } from '../solvers/types.ts';
import type { CostYear, EmissionsYear, EnergyYear, MacPoint, PlanRow, ProductLevers } from '../results/types.ts';
import type { HourlyResult } from '../results/hourly/types.ts';

/** optimal: proven optimal; feasible: a plan in hand but not proven optimal (limit hit); otherwise no plan. */
export type PlanStatus = 'optimal' | 'feasible' | 'infeasible' | 'unbounded' | 'error';

/** Whether a factory (or its JSON) has a plan: optimal, or feasible at a solver limit. */
export const hasPlan = (f: { readonly status: string }): boolean => f.status === 'optimal' || f.status === 'feasible';

export interface SolverReport {
  readonly backend: BackendId;
  readonly termination: Termination;
  readonly hasSolution: boolean;
  readonly rows: number;
  readonly cols: number;
  readonly nonzeros: number;
  readonly integers: number;
  /** Seconds to build the model (formulation + matrix). */
  readonly buildSeconds: number;
  /** Seconds in the solver (all solves: main, fixed-integer LP, diagnosis, strict-residual stage). */
  readonly solveSeconds: number;
  readonly mipGap: number | null;
  readonly message: string;
  /** Present when the solve failed (termination 'error'): `model_too_large` or `solver_error`. */
  readonly errorCode?: SolverErrorCode;
}

export interface CapexYear {
  readonly year: number;
  readonly byCategoryRmb: Readonly<Record<string, number>>;
  readonly totalRmb: number;
}

export interface FactoryPlan {
  readonly factoryId: string;
  readonly name: string;
  readonly sector: SectorId;
  readonly province: ProvinceId;
  readonly status: PlanStatus;
  readonly message: string;
  /** Discounted total cost (base-year money), RMB; null without a plan. */
  readonly objectiveRmb: number | null;
  /** The objective less any penalised cap shortfall (equal to it in a normal solve), RMB. */
  readonly costRmb: number | null;
  readonly targetYear: number;
  readonly netTargetTco2: number;
  readonly baseGrossTco2: number;
  readonly plan: readonly PlanRow[];
  readonly energy: readonly EnergyYear[];
  readonly emissions: readonly EmissionsYear[];
  readonly costs: readonly CostYear[];
  readonly capex: readonly CapexYear[];
  /**
   * Marginal abatement cost of the target: the dual of the target-year net-emissions cap in that
   * year's money, RMB/tCO2 (from the LP with integers fixed for a MILP); null when unavailable.
   */
  readonly carbonShadowPriceRmbPerTco2: number | null;
  readonly macCurve: readonly MacPoint[];
  /** Strict 降无可降: the residual that offsets could cover, per year. */
  readonly offsetResidualTco2: Readonly<Record<number, number>> | null;
  readonly diagnosis: Diagnosis | null;
  readonly solver: SolverReport;
  /** The plan's capacity decisions by column name (build[m,y], invest[m,y]): what evaluation fixes. */
  readonly capacityDecisions: Readonly<Record<string, number>>;
  /** On representative days: the time structure, annual figures from the hours, storage value, dispatch. */
  readonly hourly?: HourlyResult | null;
  /** Low-carbon material shares chosen and product-target shadow prices, when the factory declares products. */
  readonly productLevers?: ProductLevers | null;
}

/** What a diagnosis may relax (`diagnosis-relaxations.ts`). */
export type RelaxationKind =
  | 'excluded_measures'
  | 'site_area'
  | 'earliest_year'
  | 'build_rate'
  | 'build_pace'
  | 'grid_connection'
  | 'max_size'
  | 'self_consumption'
  | 'capex_budget'
  | 'offset_cap'
  | 'offset_years'
  | 'offset_products';

/** A change a user can make, with how much of the shortfall it removes on its own. */
export interface DiagnosisCause {
  readonly kind: RelaxationKind;
  /** The scenario field to change. */
  readonly field: string;
  /** The cause alone ("offsets are capped at 0 % of base-year gross emissions"). */
  readonly what: string;
  /** The cause and the change, as one sentence. */
  readonly message: string;
  /** Share of the total shortfall (summed over the capped years) this change alone removes, 0–1. */
  readonly shareOfShortfall: number;
  /** Total shortfall left with this change, tCO2 (summed over the capped years). */
  readonly shortfallAfterTco2: number;
  /** False for offsets: they neutralise, they do not reduce (减排为主、抵销为辅). */
  readonly reduces: boolean;
  /** A row or bound of the limit binds at the best reachable point without the change. */
  readonly binding: boolean;
  /** What the relaxed plan would use: measures built (size by the worst year) or the level of the limit. */
  readonly uses: ReadonlyArray<{ readonly id: string; readonly amount: number; readonly unit: string }>;
}

/** Where the emissions left at the best reachable point come from, in the worst year. */
export interface ResidualSource {
  readonly source: string;
  readonly label: string;
  readonly tco2: number;
}

/** A limit that stops a lower shortfall: the component that binds, the unit that made it, what it means and what to try. */
export interface BindingLimit {
  readonly component: string;
  /** The formulation unit of the binding row or bound (`site_area`), or `policy` for a policy setting. */
  readonly unit: string;
  readonly message: string;
  readonly fix: string;
}

export interface Diagnosis {
  /** Smallest achievable excess over the cap, per year with a cap, tCO2. */
  readonly shortfallTco2: ReadonlyArray<{ readonly year: number; readonly capTco2: number; readonly shortfallTco2: number }>;
  /** The limits that stop a lower shortfall, as sentences with the component that binds. */
  readonly bindingLimits: readonly BindingLimit[];
  /** Where the emissions left at the best reachable point come from, in the worst year (`diagnosis-causes.ts`). */
  readonly residual: { readonly year: number; readonly sources: readonly ResidualSource[] };
  /** Changes a user can make, largest share of the shortfall removed first (each re-solved alone). */
  readonly causes: readonly DiagnosisCause[];
  readonly summary: string;
}

export interface ScenarioPlan {
  readonly scenarioId: string;
  /** The worst factory status: infeasible/unbounded/error before feasible before optimal. */
  readonly status: PlanStatus;
  /** Sum of the factories' discounted costs, RMB; null if any factory has no plan. */
  readonly objectiveRmb: number | null;
  readonly factories: readonly FactoryPlan[];
}
