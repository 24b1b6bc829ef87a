/**
 * The two solution methods agree, and the stochastic plan reduces to the deterministic one with a
 * single scenario. Tiny three-year plant (2026–2028, linear cap path to net zero) with three efficiency
 * measures of different costs and savings, offsets, and uncertain power price, offset price and growth;
 * first stage 2026–2027.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { StochasticOptionsInput } from '../../engine/stochastic/options.ts';
import { runStochastic } from '../../engine/stochastic/stochastic-plan.ts';
import type { StochasticResult } from '../../engine/stochastic/types.ts';
import { testPools } from '../helpers/pools.ts';
import { efficiency, tinyScenario } from '../helpers/tiny.ts';

const pool = testPools();

const plant: Scenario = {
  ...tinyScenario({
    measures: [efficiency('cheap_small', 0.15, 1500), efficiency('mid', 0.3, 3500), efficiency('deep', 0.5, 6500)],
    netTargetTco2: 0,
    endYear: 2028,
    capPath: 'linear',
    offsetPrice: 600,
    offsetShareCapFraction: 0.6,
  }),
  uncertainty: {
    seed: 7,
    draws: 20,
    inputs: [
      { input: 'electricity_price', distribution: { kind: 'triangular', min: 0.7, mode: 1, max: 1.5 } },
      { input: 'offset_price', distribution: { kind: 'lognormal', median: 1, sigma: 0.5 } },
      { input: 'output_growth', distribution: { kind: 'uniform', min: -0.05, max: 0.15 } },
    ],
  },
};

async function plan(options: StochasticOptionsInput, workers = 1): Promise<StochasticResult> {
  const r = await runStochastic(plant, await loadBackend('highs'), { options, settings: plant.solver, pool: pool(workers) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('two-stage stochastic plan: methods', () => {
  it('extensive form and decomposition agree on 20 scenarios (objective within 1e-6, first stage within 1e-3 of its size)', async () => {
    const e = await plan({ scenarios: 20, method: 'extensive' });
    const d = await plan({ scenarios: 20, method: 'decomposition' });
    expect(e.scenarios).toHaveLength(20);
    expect(d.solver.message).toBe('converged');
    const rel = Math.abs(e.solver.objectiveRmb - d.solver.objectiveRmb) / e.solver.objectiveRmb;
    expect(rel).toBeLessThan(1e-6);
    expect(d.solver.lowerBoundRmb!).toBeLessThanOrEqual(d.solver.upperBoundRmb! * (1 + 1e-9));
    for (const [name, v] of Object.entries(e.firstStage)) expect(Math.abs(d.firstStage[name]! - v)).toBeLessThan(1e-3 * Math.max(1, v));
    // The plan is a real hedge here, and the program's basic inequalities hold: WS ≤ RP ≤ EEV.
    expect(Object.values(e.firstStage).some((v) => v > 1)).toBe(true);
    expect(e.evpiRmb!).toBeGreaterThanOrEqual(-1e-6 * e.solver.objectiveRmb);
    expect(e.vssRmb!).toBeGreaterThanOrEqual(-1e-6 * e.solver.objectiveRmb);
    const { p5Rmb, p50Rmb, p95Rmb } = e.stochastic;
    expect(p5Rmb!).toBeLessThanOrEqual(p50Rmb!);
    expect(p50Rmb!).toBeLessThanOrEqual(p95Rmb!);
  }, 120_000);

  it('with one scenario the stochastic plan is the deterministic plan (VSS = EVPI = 0)', async () => {
    const r = await plan({ scenarios: 1 });
    for (const [name, v] of Object.entries(r.firstStage)) expect(r.deterministicFirstStage[name]).toBeCloseTo(v, 6);
    expect(Math.abs(r.vssRmb!)).toBeLessThan(1e-6 * r.solver.objectiveRmb);
    expect(Math.abs(r.evpiRmb!)).toBeLessThan(1e-6 * r.solver.objectiveRmb);
  }, 60_000);

  it('gives identical results on 1 and 2 workers', async () => {
    const one = await plan({ scenarios: 8, method: 'decomposition' }, 1);
    const two = await plan({ scenarios: 8, method: 'decomposition' }, 2);
    const strip = (r: StochasticResult) => JSON.stringify({ ...r, solver: { ...r.solver, seconds: 0 } });
    expect(strip(two)).toBe(strip(one));
  }, 60_000);
});
