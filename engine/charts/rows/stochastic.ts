/** Rows of the stochastic-plan chart: each plan's scenario costs as a cumulative distribution. */
import type { StochasticResult } from '../../stochastic/types.ts';

export type StochasticPlanId = 'stochastic' | 'deterministic';

export interface StochasticCostRow {
  readonly plan: StochasticPlanId;
  readonly scenario: number;
  readonly probability: number;
  readonly costRmb: number;
  /** Probability that the plan costs at most costRmb. */
  readonly cumulativeProbability: number;
}

export interface StochasticExpectedRow {
  readonly plan: StochasticPlanId;
  readonly expectedCostRmb: number;
}

export function stochasticCostRows(r: Pick<StochasticResult, 'scenarios' | 'stochastic' | 'deterministic'>): StochasticCostRow[] {
  return (['stochastic', 'deterministic'] as const).flatMap((plan) => {
    const costs = r[plan].scenarioCostsRmb.flatMap((c, i) => (c === null ? [] : [{ scenario: i, costRmb: c, probability: r.scenarios[i]?.probability ?? 0 }]));
    costs.sort((a, b) => a.costRmb - b.costRmb || a.scenario - b.scenario);
    let cum = 0;
    return costs.map((c) => ({ plan, ...c, cumulativeProbability: Math.min(1, (cum += c.probability)) }));
  });
}

export function stochasticExpectedRows(r: Pick<StochasticResult, 'stochastic' | 'deterministic'>): StochasticExpectedRow[] {
  return (['stochastic', 'deterministic'] as const).flatMap((plan) => {
    const e = r[plan].expectedCostRmb;
    return e === null ? [] : [{ plan, expectedCostRmb: e }];
  });
}
