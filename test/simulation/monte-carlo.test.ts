/**
 * Monte Carlo on the pool: identical results for 1 and 2 workers, and quantiles that match the
 * exact ones when cost is linear in one uniform input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { quantile } from '../../engine/simulation/distributions.ts';
import { runMonteCarlo } from '../../engine/simulation/monte-carlo.ts';
import { runSensitivity } from '../../engine/simulation/sensitivity.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { efficiency, tinyScenario } from '../helpers/tiny.ts';
import { testPools } from '../helpers/pools.ts';

const pool = testPools();

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const withUncertainty = (s: Scenario, inputs: Scenario['uncertainty']['inputs'], draws: number): Scenario => ({ ...s, uncertainty: { seed: 11, draws, inputs } });

describe('Monte Carlo', () => {
  it('evaluate: cost linear in a uniform price gives the exact quantiles', async () => {
    // No measures, cap not binding: cost = 1,000 MWh × 500 RMB/MWh × m, m ~ U(0.5, 1.5).
    const s = withUncertainty(tinyScenario({ measures: [], netTargetTco2: 600 }), [{ input: 'electricity_price', distribution: { kind: 'uniform', min: 0.5, max: 1.5 } }], 400);
    const r = await runMonteCarlo(s, backend, { mode: 'evaluate', pool: pool(2), settings: s.solver });
    expect(r.failed).toEqual([]);
    const ms = r.draws.map((d) => d.inputs.electricity_price!).sort((a, b) => a - b);
    const q = r.summary.totalCostRmb!;
    // exactly the cost at the sampled multiplier's quantile (linear map) ...
    expect(q.p50).toBeCloseTo(500_000 * (ms[199]! + (ms[200]! - ms[199]!) * 0.5), 3);
    // ... and close to the exact quantile of U(0.5, 1.5) (sampling error of 400 draws)
    for (const [p, v] of [[0.05, q.p5], [0.5, q.p50], [0.95, q.p95]] as const) {
      expect(Math.abs(v / 500_000 - quantile({ kind: 'uniform', min: 0.5, max: 1.5 }, p))).toBeLessThan(0.04);
    }
    expect(r.summary.probabilityTargetMet).toBe(1);
  }, 120_000);

  it('gives identical results with 1 and 2 workers for the same seed', async () => {
    const s = withUncertainty(
      tinyScenario({ measures: [efficiency('measure_a', 0.2, 2000)], netTargetTco2: 450, offsetPrice: 300 }),
      [
        { input: 'offset_price', distribution: { kind: 'lognormal', median: 1, sigma: 0.8 } },
        { input: 'electricity_price', distribution: { kind: 'triangular', min: 0.8, mode: 1, max: 1.4 } },
      ],
      60,
    );
    const one = await runMonteCarlo(s, backend, { mode: 'reoptimise', pool: pool(1), settings: s.solver });
    const two = await runMonteCarlo(s, backend, { mode: 'reoptimise', pool: pool(2), settings: s.solver });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.summary.measureFrequency.find((m) => m.measureId === 'measure_a')?.shareOfDraws).toBeGreaterThan(0);
  }, 120_000);

  it('evaluate reports the probability of missing the target under a growth shock', async () => {
    // The plan is sized for no growth; with growth ≥ 0 the fixed capacity cannot keep net ≤ 450.
    const s = withUncertainty(tinyScenario({ measures: [efficiency('measure_a', 0.5, 2000)], netTargetTco2: 450 }), [{ input: 'output_growth', distribution: { kind: 'discrete', values: [0, 0.5] } }], 40);
    const r = await runMonteCarlo(s, backend, { mode: 'evaluate', pool: pool(1), settings: s.solver });
    const grew = r.draws.filter((d) => d.inputs.output_growth === 0.5);
    expect(grew.length).toBeGreaterThan(0);
    expect(grew.every((d) => !d.targetMet)).toBe(true);
    expect(r.draws.filter((d) => d.inputs.output_growth === 0).every((d) => d.targetMet)).toBe(true);
    expect(r.summary.probabilityTargetMet).toBeCloseTo(1 - grew.length / 40, 12);
  }, 120_000);
});

describe('sensitivity', () => {
  it('moves cost with the electricity price and the shadow price with the measure cost', async () => {
    const s = {
      ...tinyScenario({ measures: [efficiency('measure_a', 0.2, 2000)], netTargetTco2: 450 }),
      sensitivity: { inputs: [{ input: 'electricity_price' as const, low: 0.8, high: 1.2 }] },
    };
    const r = await runSensitivity(s, backend, { pool: pool(1), settings: s.solver });
    const row = r.rows[0]!;
    // cost = 900 MWh × 500 × m + 500 units × 200; shadow price = 10 × 200 − 2 × 500 × m
    expect(row.costLowRmb).toBeCloseTo(900 * 400 + 100_000, 2);
    expect(row.costHighRmb).toBeCloseTo(900 * 600 + 100_000, 2);
    expect(row.shadowPriceLowRmbPerTco2).toBeCloseTo(2000 - 800, 6);
    expect(row.shadowPriceHighRmbPerTco2).toBeCloseTo(2000 - 1200, 6);
  }, 120_000);
});
