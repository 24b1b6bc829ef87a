/**
 * The result of optimising a scenario and each of its factories' pathways, the diagnosis of one
 * without a plan, and the solver report: plain types (no solver or model code reachable from
 * here), shared by the CLI, the server, the store and, through plan-json.ts, the browser.
 */
import type { SectorId } from '../data/sectors.ts';
import type { ProvinceId } from '../data/reference/provinces.ts';
import type { ResidualRule } from '../data/schemas/policy.ts';
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
  /** Seconds in the engine outside the solver: data, formulation, matrix, decoding and analysis. */
  readonly buildSeconds: number;
  /** Seconds inside the solver (every solve: residual stage, plan, fixed-integer LP, marginal costs, MAC curve, diagnosis). */
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
   * Marginal abatement cost of the target in the target year's money, RMB/tCO2 (from the LP with
   * integers fixed for a MILP); what it is says `carbonShadowPriceBasis`: the dual where it is
   * unique, else the saving from relaxing the cap by one tonne (`marginalCosts` has both sides).
   */
  readonly carbonShadowPriceRmbPerTco2: number | null;
  readonly carbonShadowPriceBasis: ShadowPriceBasis | null;
  /** Cost of tightening and saving from relaxing the target-year cap by one tonne; null when not computed. */
  readonly marginalCosts: MarginalCosts | null;
  /** Model-derived MAC curve in the target year (empty when not computed). */
  readonly macCurve: readonly MacPoint[];
  /** Target-year baseline gross emissions the MAC curve's cumulative abatement stays within, tCO2. */
  readonly macBaselineTco2: number | null;
  /** 降无可降: the residual rule, the offset-eligible residual per year, what is left out and why. */
  readonly residual: ResidualStatement;
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

export interface MarginalCosts {
  readonly year: number;
  /** Cost of tightening the target-year cap by one tonne, RMB/tCO2; null when impossible (see `tightenNote`). */
  readonly tightenRmbPerTco2: number | null;
  readonly tightenNote: string | null;
  /** Saving from relaxing the target-year cap by one tonne, RMB/tCO2; null when the re-solve failed. */
  readonly relaxRmbPerTco2: number | null;
  readonly relaxNote: string | null;
  /** −dual of net_emissions_cap[T] (plus gross_within_residual[T] where the cap moves it) / df_T, of the fixed-integer LP for a MILP. */
  readonly dualRmbPerTco2: number | null;
  /** `dual`: both one-sided costs equal the dual; `parametric`: they differ (degenerate), or no dual. */
  readonly basis: 'dual' | 'parametric';
  /**
   * `lp`: no integers; `confirmed`: MILP re-solves agree within the MIP gap; `integers_change`:
   * another integer choice is cheaper; `unchecked`: a MILP priced on its fixed-integer LP only (the
   * MILP re-solves were not asked for, e.g. in Monte Carlo draws).
   */
  readonly integerCheck: 'lp' | 'confirmed' | 'integers_change' | 'unchecked';
}

/** `dual`: the unique dual; `relax_saving`: degenerate, the one-tonne relaxation saving; `dual_unchecked`: a dual, not checked by re-solves. */
export type ShadowPriceBasis = 'dual' | 'relax_saving' | 'dual_unchecked';

export interface LeftOutMeasure {
  readonly measureId: string;
  readonly nameEn: string;
  readonly nameZh: string;
  /** The lowest carbon price at which the model takes (more of) it, RMB/tCO2. */
  readonly costRmbPerTco2: number;
  /** Target-year abatement it would add above the ceiling, tCO2/yr. */
  readonly abatementTco2PerYear: number;
}

/** What a plan states about its residual (降无可降): the rule, R_y, and what is left out and why. */
export interface ResidualStatement {
  readonly rule: ResidualRule;
  /** False only for `cost_only`, which does not meet the guidance. */
  readonly meetsGuidance: boolean;
  readonly ceilingRmbPerTco2: number | null;
  /** Gross emissions offsets may cover, per year, tCO2; null when no residual applies. */
  readonly offsetEligibleResidualTco2: Readonly<Record<number, number>> | null;
  readonly message: string;
  /** Reductions the residual leaves to offsets because they cost more than the ceiling (target year, from the MAC curve). */
  readonly aboveCeiling: readonly LeftOutMeasure[];
  /** The lowest target-year gross emissions reachable at any cost, and the limits that stop them falling further. */
  readonly technicalLimit: {
    readonly grossTco2: number;
    readonly limits: ReadonlyArray<{ readonly component: string; readonly message: string }>;
  } | null;
}
