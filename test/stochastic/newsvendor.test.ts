/**
 * The two-stage plan on a newsvendor solved by hand. Tiny plant (test/helpers/tiny.ts): one year
 * (2026), discount rate 0, 1,000 MWh/yr × (1 + g) of grid power at 500 RMB/MWh and 0.5 tCO2/MWh,
 * net-zero cap, offsets at 1,000 RMB/t (share cap 100 % of the 500 t base). First stage: build x MWh/yr
 * treated of an efficiency measure saving 50 %, capex 4,000 RMB per unit over 10 years, so its cost
 * inside the one-year horizon is a = 400 RMB per unit. Recourse: power and offsets. Demand
 * D = 1,000 (g = 0) or 1,500 (g = 0.5), probability ½ each.
 * With u = min(x, D) treated, cost = 400x + 500(D − 0.5u) + 1,000 · 0.5(D − 0.5u) = 400x + 1,000D − 500u.
 *   - each unit of x used saves 500; above x = 1,000 it is used only when D = 1,500 (p = ½): expected
 *     saving 250 < 400, so the stochastic first stage is x* = 1,000 (the newsvendor's critical ratio);
 *     E cost = 400,000 + 1,250,000 − 500,000 = 1,150,000.
 *   - the deterministic plan sees D̄ = 1,250 (g = 0.25) and, as 500 > 400, builds x = 1,250:
 *     E cost = 500,000 + 1,250,000 − 500 · (1,000 + 1,250)/2 = 1,187,500, so VSS = 37,500 RMB.
 *   - wait-and-see: x = D in each: (400,000 + 500,000) and (600,000 + 750,000), mean 1,125,000,
 *     so EVPI = 1,150,000 − 1,125,000 = 25,000 RMB.
 * CVaR at α = ½ is the worse of the two costs: for 1,000 ≤ x ≤ 1,500, cost_L = 400x + 500,000 and
 * cost_H = 1,500,000 − 100x (the worse), E = 150x + 1,000,000, so E + λ·CVaR has slope 150 − 100λ:
 * x = 1,000 for λ < 1.5 and x = 1,500 for λ > 1.5 (CVaR 1,400,000 → 1,350,000).
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { StochasticOptionsInput } from '../../engine/stochastic/options.ts';
import { checkStochastic, runStochastic } from '../../engine/stochastic/stochastic-plan.ts';
import type { StochasticResult } from '../../engine/stochastic/types.ts';
import { testPools } from '../helpers/pools.ts';
import { efficiency, tinyScenario } from '../helpers/tiny.ts';

const pool = testPools();

const newsvendor: Scenario = {
  ...tinyScenario({ measures: [efficiency('eff', 0.5, 4000)], netTargetTco2: 0, offsetPrice: 1000, offsetShareCapFraction: 1 }),
  uncertainty: { seed: 1, draws: 10, inputs: [{ input: 'output_growth', distribution: { kind: 'discrete', values: [0, 0.5] } }] },
};

async function plan(options: StochasticOptionsInput, s: Scenario = newsvendor): Promise<StochasticResult> {
  const r = await runStochastic(s, await loadBackend('highs'), { options, settings: s.solver, pool: pool(1) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const built = (r: StochasticResult) => r.firstStage['tiny_factory.build[eff,2026]'];

describe('two-stage stochastic plan: newsvendor', () => {
  it.each(['extensive', 'decomposition'] as const)('%s: first stage 1,000, VSS 37,500, EVPI 25,000', async (method) => {
    const r = await plan({ sampling: 'enumerate', method });
    expect(r.scenarios.map((s) => s.probability)).toEqual([0.5, 0.5]);
    expect(built(r)).toBeCloseTo(1000, 4);
    expect(r.deterministicFirstStage['tiny_factory.build[eff,2026]']).toBeCloseTo(1250, 4);
    expect(r.stochastic.expectedCostRmb).toBeCloseTo(1_150_000, 2);
    expect(r.deterministic.expectedCostRmb).toBeCloseTo(1_187_500, 2);
    expect(r.waitAndSee.expectedCostRmb).toBeCloseTo(1_125_000, 2);
    expect(r.vssRmb).toBeCloseTo(37_500, 2);
    expect(r.evpiRmb).toBeCloseTo(25_000, 2);
    expect(r.stochastic.scenarioCostsRmb[0]).toBeCloseTo(900_000, 2);
    expect(r.stochastic.scenarioCostsRmb[1]).toBeCloseTo(1_400_000, 2);
    expect(r.stochastic.targetMetProbability).toBe(1);
    expect(r.solver.method).toBe(method);
  }, 60_000);

  it('CVaR with λ = 0 is the risk-neutral plan; raising λ never raises the chosen plan’s CVaR', async () => {
    const neutral = await plan({ sampling: 'enumerate' });
    const zero = await plan({ sampling: 'enumerate', cvar: { alphaFraction: 0.5, weight: 0 } });
    expect(zero.firstStage).toEqual(neutral.firstStage);
    const lambdas = [0, 0.5, 1, 2, 5];
    const runs = [];
    for (const weight of lambdas) runs.push(await plan({ sampling: 'enumerate', cvar: { alphaFraction: 0.5, weight } }));
    const cvars = runs.map((r) => r.stochastic.cvarRmb!);
    for (let i = 1; i < cvars.length; i++) expect(cvars[i]!).toBeLessThanOrEqual(cvars[i - 1]! + 1e-6);
    // The hand-derived switch at λ = 1.5: x = 1,000 (CVaR 1.4 M) below, x = 1,500 (CVaR 1.35 M) above.
    expect(runs.map(built).map((x) => Math.round(x!))).toEqual([1000, 1000, 1000, 1500, 1500]);
    expect(cvars[0]).toBeCloseTo(1_400_000, 2);
    expect(cvars[4]).toBeCloseTo(1_350_000, 2);
    // The decomposition finds the same risk-averse plan.
    const d = await plan({ sampling: 'enumerate', method: 'decomposition', cvar: { alphaFraction: 0.5, weight: 2 } });
    expect(built(d)).toBeCloseTo(1500, 4);
  }, 60_000);

  it('rejects bad input with the field path', async () => {
    const paths = (o: StochasticOptionsInput, s: Scenario = newsvendor) => {
      const r = checkStochastic(s, o);
      return r.ok ? [] : [r.error.code, ...(r.error.issues ?? []).map((i) => i.path)];
    };
    expect(paths({ cvar: { alphaFraction: 1, weight: 1 } })).toEqual(['stochastic_invalid', 'cvar.alphaFraction']);
    expect(paths({ cvar: { alphaFraction: 0, weight: 1 } })).toEqual(['stochastic_invalid', 'cvar.alphaFraction']);
    expect(paths({ scenarios: 0 })).toEqual(['stochastic_invalid', 'scenarios']);
    expect(paths({ firstStageEndYear: 2031 })).toEqual(['stochastic_invalid', 'firstStageEndYear']);
    expect(paths({}, { ...newsvendor, uncertainty: { ...newsvendor.uncertainty, inputs: [] } })).toEqual(['stochastic_invalid', 'uncertainty.inputs']);
    const r = await runStochastic({ ...newsvendor, uncertainty: { ...newsvendor.uncertainty, inputs: [] } }, await loadBackend('highs'), { options: {}, settings: newsvendor.solver, pool: pool(1) });
    expect(r.ok).toBe(false);
    const continuous: Scenario = { ...newsvendor, uncertainty: { ...newsvendor.uncertainty, inputs: [{ input: 'output_growth', distribution: { kind: 'uniform', min: 0, max: 0.5 } }] } };
    const e = await runStochastic(continuous, await loadBackend('highs'), { options: { sampling: 'enumerate' }, settings: newsvendor.solver, pool: pool(1) });
    expect(e.ok ? [] : e.error.issues?.map((i) => i.path)).toEqual(['uncertainty.inputs[0].distribution.kind']);
  }, 60_000);
});
