/** The result of optimising one factory's pathway. */
import type { SectorId } from '../data/sectors.ts';
import type { ProvinceId } from '../data/reference/provinces.ts';
import type { BackendId, Termination } from '../solvers/types.ts';
import type { CostYear } from '../results/costs.ts';
import type { EmissionsYear } from '../results/emissions.ts';
import type { EnergyYear } from '../results/energy-balance.ts';
import type { MacPoint } from '../results/mac-curve.ts';
import type { PlanRow } from '../results/plan.ts';
import type { HourlyResult } from '../results/hourly/hourly-result.ts';
import type { Diagnosis } from './diagnose.ts';

/** optimal: proven optimal; feasible: a plan in hand but not proven optimal (limit hit); otherwise no plan. */
export type PlanStatus = 'optimal' | 'feasible' | 'infeasible' | 'unbounded' | 'error';

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
}
