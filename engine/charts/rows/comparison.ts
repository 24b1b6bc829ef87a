/** Rows comparing 2–10 optimised runs (scenarios or single factories) side by side. */
import { planComparisonMetrics } from '../../optimise/compare-plans.ts';
import type { FactoryPlan, ScenarioPlan } from '../../optimise/types.ts';
import type { PlanComparisonRow } from './types.ts';

export interface ComparisonRun {
  /** What the chart calls the run (scenario name, variant). */
  readonly label: string;
  readonly plan: ScenarioPlan | FactoryPlan;
}

/** One row per run, with the figures of `comparePlans` (engine/optimise/compare-plans.ts). */
export function planComparisonRows(runs: readonly ComparisonRun[]): PlanComparisonRow[] {
  return runs.map(({ label, plan }) => {
    const { status: _status, ...metrics } = planComparisonMetrics(plan);
    return { run: label, ...metrics };
  });
}
