/**
 * Plans side by side: one row per run (a scenario's plan or one factory's) with its discounted
 * cost, net emissions in the target year, capex, carbon shadow price and offsets, under labels
 * that tell the runs apart. The one comparison behind `POST /v1/compare`, `lingtan compare` and
 * the plan-comparison chart.
 */
import type { ScenarioPlan } from './types.ts';
import type { FactoryPlan, PlanStatus } from './types.ts';

export interface ComparedPlan {
  /** What the user called the run; absent = `name`. */
  readonly label?: string | undefined;
  /** The scenario's name (the label when none is given). */
  readonly name: string;
  readonly plan: ScenarioPlan | FactoryPlan;
}

export interface PlanComparisonMetrics {
  readonly status: PlanStatus;
  /** Discounted cost to the base year, RMB; null without a plan. */
  readonly costRmb: number | null;
  /** Net emissions in each factory's target year, summed, tCO2; null without a plan. */
  readonly netTco2: number | null;
  /** Cash capex over the horizon, RMB. */
  readonly capexRmb: number;
  /** The highest factory shadow price (the marginal cost of the tightest target), RMB/tCO2. */
  readonly shadowPriceRmbPerTco2: number | null;
  /** Offsets bought over the horizon, tCO2. */
  readonly offsetsTco2: number;
}

export interface PlanComparisonEntry extends PlanComparisonMetrics {
  readonly label: string;
}

const hasPlan = (f: FactoryPlan) => f.status === 'optimal' || f.status === 'feasible';

/** The comparison figures of one plan. */
export function planComparisonMetrics(plan: ScenarioPlan | FactoryPlan): PlanComparisonMetrics {
  const factories = 'factories' in plan ? plan.factories : [plan];
  const planned = factories.every(hasPlan);
  const net = factories.reduce((s, f) => s + (f.emissions.find((e) => e.year === f.targetYear)?.netTco2 ?? 0), 0);
  const prices = factories.map((f) => f.carbonShadowPriceRmbPerTco2).filter((p): p is number => p !== null);
  return {
    status: plan.status,
    costRmb: plan.objectiveRmb,
    netTco2: planned ? net : null,
    capexRmb: factories.reduce((s, f) => s + f.capex.reduce((t, c) => t + c.totalRmb, 0), 0),
    shadowPriceRmbPerTco2: planned && prices.length > 0 ? Math.max(...prices) : null,
    offsetsTco2: factories.reduce((s, f) => s + f.emissions.reduce((t, e) => t + e.offsetsTco2, 0), 0),
  };
}

/** Labels as given, else the scenario name; a label used more than once gets its number: "A (1)", "A (2)". */
export function comparisonLabels(runs: ReadonlyArray<Pick<ComparedPlan, 'label' | 'name'>>): string[] {
  const base = runs.map((r) => r.label ?? r.name);
  const seen = new Map<string, number>();
  return base.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return base.filter((x) => x === l).length > 1 ? `${l} (${n})` : l;
  });
}

/** The comparison: one entry per run, in the order given. */
export function comparePlans(runs: readonly ComparedPlan[]): PlanComparisonEntry[] {
  const labels = comparisonLabels(runs);
  return runs.map((r, i) => ({ label: labels[i]!, ...planComparisonMetrics(r.plan) }));
}
