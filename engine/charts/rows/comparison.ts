/** Rows comparing 2–10 optimised runs (scenarios or single factories) side by side. */
import { hasPlan, type FactoryPlan, type ScenarioPlan } from '../../optimise/types.ts';
import type { PlanComparisonRow } from './types.ts';

export interface ComparisonRun {
  /** What the chart calls the run (scenario name, variant). */
  readonly label: string;
  readonly plan: ScenarioPlan | FactoryPlan;
}


/**
 * One row per run: discounted cost, net emissions in each factory's target year (summed), cash capex
 * and offsets over the horizon, and the carbon shadow price (for several factories, the highest:
 * the marginal cost of the tightest target).
 */
export function planComparisonRows(runs: readonly ComparisonRun[]): PlanComparisonRow[] {
  return runs.map(({ label, plan }) => {
    const factories = 'factories' in plan ? plan.factories : [plan];
    const planned = factories.every(hasPlan);
    const net = factories.reduce((s, f) => s + (f.emissions.find((e) => e.year === f.targetYear)?.netTco2 ?? 0), 0);
    const prices = factories.map((f) => f.carbonShadowPriceRmbPerTco2).filter((p): p is number => p !== null);
    return {
      run: label,
      costRmb: plan.objectiveRmb,
      netTco2: planned ? net : null,
      capexRmb: factories.reduce((s, f) => s + f.capex.reduce((t, c) => t + c.totalRmb, 0), 0),
      shadowPriceRmbPerTco2: planned && prices.length > 0 ? Math.max(...prices) : null,
      offsetsTco2: factories.reduce((s, f) => s + f.emissions.reduce((t, e) => t + e.offsetsTco2, 0), 0),
    };
  });
}
