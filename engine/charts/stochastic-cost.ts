/**
 * Cost across scenarios of the stochastic plan and the deterministic (expected-value) plan: each
 * plan's cumulative distribution of discounted cost (a step line: the share of probability at or
 * below a cost), with each plan's expected cost as a dashed rule. The stochastic curve lies left of
 * the deterministic one where hedging pays; the gap between the rules is the VSS.
 */
import type { StochasticCostRow, StochasticExpectedRow } from './rows/types.ts';
import { noValuesChart } from './sizing.ts';
import { MRMB, frame, langOf, sizeOf, tr, type ChartOptions, type Text, type Spec } from './theme.ts';
import { TITLES, UNITS } from './titles.ts';

const PLANS: Readonly<Record<StochasticCostRow['plan'], Text>> = {
  stochastic: { en: 'Stochastic plan', zh: '随机规划方案' },
  deterministic: { en: 'Deterministic plan', zh: '确定性方案' },
};
const COLOURS = { stochastic: '#4e79a7', deterministic: '#f28e2b' } as const;

export function stochasticCostChart(rows: readonly StochasticCostRow[], expected: readonly StochasticExpectedRow[], options?: ChartOptions): Spec {
  if (rows.length === 0) return noValuesChart(TITLES.stochastic_cost, options);
  const lang = langOf(options);
  const label = (p: StochasticCostRow['plan']) => tr(lang, PLANS[p]);
  const plans = (['stochastic', 'deterministic'] as const).filter((p) => rows.some((r) => r.plan === p));
  const colour = { field: 'plan', type: 'nominal', title: null, scale: { domain: plans.map(label), range: plans.map((p) => COLOURS[p]) } } as const;
  // Each curve starts at probability 0 at its lowest cost, so a one-scenario plan still shows a step.
  const values = plans.flatMap((p) => {
    const own = rows.filter((r) => r.plan === p);
    const first = own[0]!;
    return [{ plan: label(p), costMrmb: first.costRmb / MRMB, cumulativeProbability: 0 }, ...own.map((r) => ({ plan: label(p), costMrmb: r.costRmb / MRMB, cumulativeProbability: r.cumulativeProbability }))];
  });
  return {
    ...frame(TITLES.stochastic_cost, options),
    ...sizeOf(options),
    layer: [
      {
        data: { values },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x: { field: 'costMrmb', type: 'quantitative', scale: { zero: false }, title: tr(lang, UNITS.totalCostMrmb) },
          y: { field: 'cumulativeProbability', type: 'quantitative', scale: { domain: [0, 1] }, title: tr(lang, UNITS.cumulativeProbability), axis: { format: '%' } },
          color: colour,
        },
      },
      {
        data: { values: expected.map((e) => ({ plan: label(e.plan), costMrmb: e.expectedCostRmb / MRMB })) },
        mark: { type: 'rule', strokeDash: [4, 3] },
        encoding: { x: { field: 'costMrmb', type: 'quantitative' }, color: colour },
      },
    ],
  };
}
