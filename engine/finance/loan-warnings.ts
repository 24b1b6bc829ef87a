/**
 * Warnings about a loan that depend on the plan rather than the schedule: capex the loan cannot
 * fund, a loan that outlives the assets, and CERF pricing.
 */
import type { Measure } from '../data/schemas/scenario.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import type { LoanTiming } from './loan-timing.ts';
import type { CashFlowYear, LoanPricing } from './types.ts';

export function planLoanWarnings(
  flows: readonly CashFlowYear[],
  timing: LoanTiming,
  plan: FactoryPlan,
  measures: readonly Measure[],
  pricing: LoanPricing,
): string[] {
  const warnings: string[] = [];
  const late = flows.filter((f) => f.year > timing.finalYear && f.capexRmb > 0.5).map((f) => f.year);
  if (late.length > 0) warnings.push(`capex in ${late.join(', ')} falls after the loan's final year (${timing.finalYear}) and is funded by equity`);
  const life = capexWeightedEndOfLife(plan, measures);
  if (life !== null && timing.finalYear >= life) {
    warnings.push(`the loan runs to ${timing.finalYear}, at or beyond the capex-weighted end of the assets' life (${life.toFixed(0)}): savings held flat that long are optimistic`);
  }
  if (pricing.cerf !== null) {
    const maxRate = Math.max(...pricing.rateByYear.map((r) => r.rateFraction));
    if (maxRate > pricing.lprFraction + 1e-9) {
      warnings.push(`CERF-supported loans are expected to be priced near the same-tenor LPR (${pct(pricing.lprFraction)}); this loan reaches ${pct(maxRate)}`);
    }
  }
  return warnings;
}

/** Σ capex × (build year + lifetime) / Σ capex over the plan's builds; null without capex. */
function capexWeightedEndOfLife(plan: FactoryPlan, measures: readonly Measure[]): number | null {
  const lifetime = new Map(measures.map((m) => [m.id, m.lifetimeYears]));
  let capex = 0;
  let weighted = 0;
  for (const row of plan.plan) {
    const years = lifetime.get(row.measureId);
    if (row.capexRmb <= 0 || years === undefined) continue;
    capex += row.capexRmb;
    weighted += row.capexRmb * (row.year + years);
  }
  return capex > 0 ? weighted / capex : null;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
