/**
 * Track one factory against its plan: optimise the original plan, account the tracked years from
 * the actuals, compare plan and actual with the variance in wedges, re-plan the remaining years from
 * the actual state, and compute the loan's KPI evidence. The original plan is kept beside the re-plan.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { prepareFactoryData } from '../formulation/factory-data.ts';
import { optimiseFactory } from '../optimise/optimise-factory.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { actualYears, type ActualYear } from './actual-inventory.ts';
import { kpiEvidence, verifierExport, type KpiEvidenceYear } from './kpi-evidence.ts';
import type { Actuals } from './load-actuals.ts';
import type { GapFill } from './meter-years.ts';
import { planVsActual, type PlanVsActual } from './plan-vs-actual.ts';
import { replan, type Replan } from './replan.ts';

export interface TrackResult {
  readonly scenarioId: string;
  readonly factoryId: string;
  readonly scope2Method: Scenario['policy']['scope2Method'];
  readonly trackedYears: readonly number[];
  /** `no_plan`: the original scenario has no plan (infeasible…): actuals and KPI only. */
  readonly status: 'tracked' | 'no_plan';
  readonly message: string;
  readonly original: FactoryPlan;
  readonly actual: readonly ActualYear[];
  readonly gaps: readonly GapFill[];
  readonly planVsActual: PlanVsActual | null;
  readonly replan: Replan | null;
  readonly kpi: readonly KpiEvidenceYear[];
  readonly verifier: ReturnType<typeof verifierExport>;
  readonly warnings: readonly string[];
}

/** `settings`: the operation's solver settings (resolved once at its boundary), for both solves. */
export function trackFactory(scenario: Scenario, actuals: Actuals, backend: SolverBackend, settings: SolverSettings): TrackResult {
  const data = prepareFactoryData(scenario, actuals.factory);
  const original = optimiseFactory(scenario, actuals.factory, backend, { settings });
  const actual = actualYears(scenario, actuals);
  const hasPlan = original.objectiveRmb !== null && original.emissions.length > 0;
  const kpi = kpiEvidence(scenario, hasPlan ? original : null, actuals, actual);
  const lastYear = actuals.years[actuals.years.length - 1]!;
  const re = hasPlan && lastYear < scenario.horizon.endYear ? replan(scenario, data, original, actuals, actual, backend, settings) : null;
  return {
    scenarioId: scenario.id,
    factoryId: actuals.factory.id,
    scope2Method: scenario.policy.scope2Method,
    trackedYears: actuals.years,
    status: hasPlan ? 'tracked' : 'no_plan',
    message: hasPlan
      ? re === null
        ? `tracked ${actuals.years.join(', ')}; the horizon ends in ${lastYear}: nothing left to re-plan`
        : `tracked ${actuals.years.join(', ')}; re-planned ${re.fromYear}–${scenario.horizon.endYear}: ${re.plan.message}`
      : `the original scenario has no plan (${original.status}: ${original.message}); actuals and KPI only`,
    original,
    actual,
    gaps: actuals.meterYears.flatMap((m) => m.gaps),
    planVsActual: hasPlan ? planVsActual(scenario, data, original, actuals, actual) : null,
    replan: re,
    kpi,
    verifier: verifierExport(scenario, actuals, actual, kpi),
    warnings: [...actual.flatMap((a) => a.warnings), ...(re?.warnings ?? [])],
  };
}
