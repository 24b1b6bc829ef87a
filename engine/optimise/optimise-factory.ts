/**
 * Optimise one factory's pathway: find the offset-eligible residual (降无可降, residual.ts), build
 * the model, solve it, and decode the plan; for a MILP, re-solve the LP with integers fixed to get
 * the carbon shadow price; when infeasible, diagnose. Then the analysis around the plan: both
 * marginal costs of the target (marginal-costs.ts) and the model-derived MAC curve (mac/curve.ts).
 */
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { resolveSolverSettings, type SolverSettings } from '../data/schemas/solver.ts';
import { buildPathwayModel, type BuiltModel } from '../formulation/build-model.ts';
import { prepareFactoryData, type FactoryData } from '../formulation/factory-data.ts';
import type { FormulationOptions } from '../formulation/context.ts';
import { fixIntegers } from '../model/fix-integers.ts';
import { isMip, numCols, numIntegers, numNonzeros, numRows } from '../model/linear-model.ts';
import { costsByYear } from '../results/costs.ts';
import { emissionsByYear } from '../results/emissions.ts';
import { energyBalance } from '../results/energy-balance.ts';
import { hourlyResult } from '../results/hourly/hourly-result.ts';
import { planRows } from '../results/plan.ts';
import { productLevers } from '../results/product-levers.ts';
import { SolutionView } from '../results/solution.ts';
import { withRoundedStart } from '../solvers/rounded-start.ts';
import { withSession } from '../solvers/session.ts';
import type { SolveResult, SolverBackend } from '../solvers/types.ts';
import { diagnoseInfeasible } from './diagnose.ts';
import { withHistory, type PlanHistory } from './history.ts';
import { modelMacCurve, type MacCurve } from './mac/curve.ts';
import { reportedShadowPrice, targetDual, targetMarginalCosts } from './marginal-costs.ts';
import { offsetsCanBeUsed, residualStage, residualStatement, withResidual } from './residual.ts';
import { solveOptions, solvePathway } from './solve-pathway.ts';
import type { CapexYear, FactoryPlan, PlanStatus, SolverReport } from './types.ts';

export interface OptimiseOptions {
  /** The operation's solver settings (resolved once at its boundary); default: the scenario's own. */
  readonly settings?: SolverSettings;
  /** Skip the diagnosis re-solve of an infeasible model (e.g. inside a price search). */
  readonly skipDiagnosis?: boolean;
  /** Formulation variants: `omitCaps` (price-driven runs), `capShortfall` with a penalty (best effort). */
  readonly formulation?: Pick<FormulationOptions, 'omitCaps' | 'capShortfall' | 'shortfallPenaltyRmbPerTco2'>;
  /**
   * Analysis around the plan, each at the cost of re-solves (default: both): the two marginal
   * costs of the target-year cap (2 LP re-solves, 2 more MILP for a MILP) and the MAC curve
   * (≈ 10–30 LP solves). Monte Carlo draws skip the MAC curve (their shadow price needs the
   * marginal costs), rollouts the marginal costs (the sector MAC needs each factory's curve), and
   * the base plan of an evaluate run both. `integerCheck: false` prices a MILP on its fixed-integer
   * LP only (no MILP re-solves at cap ∓ 1).
   */
  readonly analysis?: { readonly marginalCosts?: boolean; readonly integerCheck?: boolean; readonly macCurve?: boolean };
  /** Re-plan from the actual state: past years' caps dropped, their builds and purchases fixed. */
  readonly history?: PlanHistory;
}

/**
 * The plan, its marginal costs and MAC curve are all solves of a few model structures, so they run
 * in one solver session (each re-solve changed in place and warm-started: engine/solvers/session.ts);
 * with `solver.mipRounding` the MILPs after the residual stage start from their rounded LP
 * relaxation (engine/solvers/rounded-start.ts).
 */
export function optimiseFactory(scenario: Scenario, factory: Factory, backend: SolverBackend, given: OptimiseOptions = {}): FactoryPlan {
  const settings = given.settings ?? resolveSolverSettings(scenario.solver);
  return withSession(backend, (session) => {
    const startMs = performance.now();
    const clock = { solveMs: 0, startMs };
    const timed: SolverBackend = {
      ...session,
      solve: (model, options) => {
        const t0 = performance.now();
        try {
          return session.solve(model, options);
        } finally {
          clock.solveMs += performance.now() - t0;
        }
      },
    };
    // The residual stage's MILP goes to branch and bound alone: R_y is read off its plan, and a plan
    // proven only within the gap of the LP bound leaves R_y loose by up to gap × cost ÷ ceiling
    // tonnes (machinery-jiangsu's 2029 R_y rose 10 % in a trial, towards more offsets). Every other
    // MILP (the plan, the marginal-cost checks) tries its rounded LP relaxation first.
    const solvers = { stage: timed, plan: settings.mipRounding ? withRoundedStart(timed) : timed };
    return optimiseInSession(scenario, factory, solvers, { ...given, settings }, clock);
  });
}

/** Time inside the solver, and since the start: the report splits a run into solver and engine time. */
interface Clock {
  readonly startMs: number;
  readonly solveMs: number;
}

function optimiseInSession(
  scenario: Scenario,
  factory: Factory,
  solvers: { readonly stage: SolverBackend; readonly plan: SolverBackend },
  given: OptimiseOptions & { readonly settings: SolverSettings },
  clock: Clock,
): FactoryPlan {
  const backend = solvers.plan;
  const settings = given.settings;
  const data = withHistory(prepareFactoryData(scenario, factory), given.history);
  const opts = solveOptions(settings);
  const shared = sharesPlanModel(data, given.formulation) ? buildPlanModel(data, anyResidual(data), given.formulation) : undefined;
  const stage = residualStage(data, solvers.stage, { ...opts, omitCaps: given.formulation?.omitCaps === true, ...(shared ? { planModel: shared } : {}) });
  const residual = stage.residualTco2;
  const formulation = planFormulation(residual, given.formulation);
  const main = solvePathway(data, backend, settings, shared && residual ? { formulation, built: withResidual(shared, residual) } : { formulation });
  const { built, result } = main;
  const status = statusOf(result);
  const report = (r: SolveResult): SolverReport => ({
    backend: r.backend,
    termination: r.termination,
    hasSolution: r.hasSolution,
    rows: numRows(built.model),
    cols: numCols(built.model),
    nonzeros: numNonzeros(built.model),
    integers: numIntegers(built.model),
    buildSeconds: (performance.now() - clock.startMs - clock.solveMs) / 1000,
    solveSeconds: clock.solveMs / 1000,
    mipGap: r.mipGap,
    message: r.message,
    ...(r.termination === 'error' ? { errorCode: r.errorCode ?? 'solver_error' } : {}),
  });
  if (!result.hasSolution || result.colValues === null) {
    const infeasible = result.termination === 'infeasible' || result.termination === 'infeasible_or_unbounded';
    const diagnosis = infeasible && given.skipDiagnosis !== true ? diagnoseInfeasible(data, backend, settings, `factories[${scenario.factories.indexOf(factory)}]`) : null;
    const message = diagnosis?.summary ?? describeFailure(result);
    const mac = given.analysis?.macCurve === false ? null : modelMacCurve(data, backend, opts);
    return emptyPlan(data, status, message, diagnosis, residualStatement(data, stage, mac), mac, report(result));
  }
  const fixed = result.rowDuals === null && isMip(built.model) ? fixedIntegerLp(built, result, backend, settings) : null;
  const duals = result.rowDuals ?? (fixed?.termination === 'optimal' ? fixed.rowDuals : null);
  const view = new SolutionView(built.ctx, result.colValues, duals);
  const plan = planRows(view);
  const marginalCosts = given.analysis?.marginalCosts === false ? null : targetMarginalCosts(built, result, residual, backend, opts, given.analysis?.integerCheck !== false, fixed ?? undefined);
  const shadow = reportedShadowPrice(marginalCosts, targetDual(built, duals, residual));
  const mac = given.analysis?.macCurve === false ? null : modelMacCurve(data, backend, opts);
  return {
    ...identity(data),
    status,
    message: status === 'optimal' ? 'optimal plan' : `plan in hand, not proven optimal (${result.termination})`,
    objectiveRmb: result.objective,
    costRmb: built.ctx.objectiveTerms.reduce((sum, t) => sum + t.coef * result.colValues![t.col]!, built.ctx.objectiveConstant),
    plan,
    energy: energyBalance(view),
    emissions: emissionsByYear(view),
    costs: costsByYear(view),
    capex: capexSchedule(data, plan),
    carbonShadowPriceRmbPerTco2: shadow.value,
    carbonShadowPriceBasis: shadow.basis,
    marginalCosts,
    macCurve: mac?.points ?? [],
    macBaselineTco2: mac?.baselineTco2 ?? null,
    residual: residualStatement(data, stage, mac),
    diagnosis: null,
    solver: report(result),
    capacityDecisions: capacityDecisions(built, result.colValues),
    productLevers: productLevers(view),
    hourly: data.hourly === null ? null : hourlyResult(view, data.hourly),
  };
}

/**
 * The model a plan is solved on: the pathway model with its offset-eligible residual (R_y from the
 * residual stage, or `plan.residual.offsetEligibleResidualTco2` of a solved plan). What
 * `lingtan optimise --lp/--mps` and the API's model download write, so the file solves to the plan.
 */
export function buildPlanModel(
  data: FactoryData,
  residualTco2: Readonly<Record<number, number>> | null,
  formulation: OptimiseOptions['formulation'] = {},
): BuiltModel {
  return buildPathwayModel(data, planFormulation(residualTco2, formulation));
}

/**
 * Whether the economic residual stage is solved on the plan's own model (rows freed) and the plan
 * re-solved from its basis: a plain plan under the economic rule. The technical rule solves two
 * other objectives; a best-effort plan's shortfall columns would change what stage 1 solves.
 */
function sharesPlanModel(data: FactoryData, formulation: OptimiseOptions['formulation'] = {}): boolean {
  return data.policy.residual === 'economic' && formulation.omitCaps !== true && formulation.capShortfall !== true && offsetsCanBeUsed(data);
}

/** A residual for every year, only to create the plan's gross_within_residual rows (withResidual sets them). */
const anyResidual = (data: FactoryData): Record<number, number> => Object.fromEntries(data.years.map((y) => [y, 0]));

/** The plan's formulation: the variant asked for, with the offset-eligible residual where one applies. */
function planFormulation(residualTco2: Readonly<Record<number, number>> | null, formulation: OptimiseOptions['formulation'] = {}): FormulationOptions {
  return { ...formulation, ...(residualTco2 ? { offsetEligibleResidualTco2: residualTco2 } : {}) };
}

function capacityDecisions(built: BuiltModel, x: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (const col of [...built.ctx.v.build.values(), ...built.ctx.v.invest.values()]) out[built.model.colNames[col]!] = x[col]!;
  return out;
}

function statusOf(r: SolveResult): PlanStatus {
  if (r.termination === 'optimal') return 'optimal';
  if (r.hasSolution) return 'feasible';
  if (r.termination === 'infeasible' || r.termination === 'infeasible_or_unbounded') return 'infeasible';
  if (r.termination === 'unbounded') return 'unbounded';
  return 'error';
}

function describeFailure(r: SolveResult): string {
  if (r.termination === 'unbounded') return 'the model is unbounded: a cost or a limit is missing';
  if (r.termination === 'time_limit') return 'the solver reached its time limit before finding any plan';
  return `no plan: ${r.termination}${r.message ? ` (${r.message})` : ''}`;
}

/** The LP of a MILP's plan with every integer fixed at its value: its duals price the plan (and the marginal costs start from it). */
function fixedIntegerLp(built: BuiltModel, result: SolveResult, backend: SolverBackend, settings: SolverSettings): SolveResult {
  return backend.solve(fixIntegers(built.model, result.colValues!), solveOptions(settings, true));
}

function capexSchedule(data: FactoryData, plan: FactoryPlan['plan']): CapexYear[] {
  return data.years.map((y) => {
    const byCategoryRmb: Record<string, number> = {};
    for (const row of plan.filter((p) => p.year === y && p.capexRmb > 0)) {
      byCategoryRmb[row.category] = (byCategoryRmb[row.category] ?? 0) + row.capexRmb;
    }
    return { year: y, byCategoryRmb, totalRmb: Object.values(byCategoryRmb).reduce((a, b) => a + b, 0) };
  });
}

function identity(data: FactoryData) {
  const f = data.factory;
  return {
    factoryId: f.id,
    name: f.name,
    sector: f.sector,
    province: f.province,
    targetYear: data.targetYear,
    netTargetTco2: data.netTargetTco2,
    baseGrossTco2: data.baseGrossTco2,
  };
}

function emptyPlan(
  data: FactoryData,
  status: PlanStatus,
  message: string,
  diagnosis: FactoryPlan['diagnosis'],
  residual: FactoryPlan['residual'],
  mac: MacCurve | null,
  solver: SolverReport,
): FactoryPlan {
  return {
    ...identity(data),
    status,
    message,
    objectiveRmb: null,
    costRmb: null,
    plan: [],
    energy: [],
    emissions: [],
    costs: [],
    capex: [],
    carbonShadowPriceRmbPerTco2: null,
    carbonShadowPriceBasis: null,
    marginalCosts: null,
    macCurve: mac?.points ?? [],
    macBaselineTco2: mac?.baselineTco2 ?? null,
    residual,
    diagnosis,
    solver,
    capacityDecisions: {},
    hourly: null,
  };
}
