/**
 * The stochastic-plan chart's rows from the hand-solved newsvendor (test/stochastic/newsvendor.test.ts):
 * the stochastic plan costs 0.9 M or 1.4 M, the deterministic one 1.0 M or 1.375 M, each with p = ½.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../engine/charts/registry.ts';
import { stochasticCostRows, stochasticExpectedRows } from '../../engine/charts/rows/stochastic.ts';
import { asJson, collect } from './helpers.ts';
import { chartFixtures } from './fixtures.ts';

describe('stochastic_cost', () => {
  it('draws each plan’s cumulative cost distribution and expected cost', async () => {
    const { stochastic } = await chartFixtures();
    const rows = stochasticCostRows(stochastic).map((r) => [r.plan, Math.round(r.costRmb), r.cumulativeProbability]);
    expect(rows).toEqual([
      ['stochastic', 900_000, 0.5],
      ['stochastic', 1_400_000, 1],
      ['deterministic', 1_000_000, 0.5],
      ['deterministic', 1_375_000, 1],
    ]);
    expect(stochasticExpectedRows(stochastic).map((r) => Math.round(r.expectedCostRmb))).toEqual([1_150_000, 1_187_500]);
    const spec = asJson(buildChart('stochastic_cost', { kind: 'stochastic', result: stochastic }, { lang: 'zh' }));
    expect(collect(spec, 'costMrmb')).toContain(1.1875);
    expect(JSON.stringify(spec)).toContain('随机规划方案');
  }, 60_000);
});
