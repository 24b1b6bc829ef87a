/** Evaluating a fixed plan: capacity fixed, operation re-optimised, misses priced as shortfall. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../engine/optimise/evaluate-plan.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { efficiency, tinyScenario } from '../helpers/tiny.ts';

describe('evaluatePlan', () => {
  it('prices a fixed plan and reports the shortfall when it no longer meets the cap', async () => {
    const backend = await loadBackend('highs');
    const s = tinyScenario({ measures: [efficiency('measure_a', 0.2, 2000)], netTargetTco2: 450 });
    // 500 MWh treated meets the 450 t cap exactly (see hand-computed.test.ts); 300 leaves 20 t short.
    const met = evaluatePlan(s, s.factories[0]!, { 'build[measure_a,2026]': 500 }, backend);
    expect(met.costRmb).toBeCloseTo(550_000, 3);
    expect(met.shortfallTco2ByYear[2026]).toBeCloseTo(0, 6);
    const short = evaluatePlan(s, s.factories[0]!, { 'build[measure_a,2026]': 300 }, backend);
    expect(short.shortfallTco2ByYear[2026]).toBeCloseTo(20, 6);
    expect(short.costRmb).toBeCloseTo(940 * 500 + 300 * 200, 3);
    expect(short.netTco2ByYear[2026]).toBeCloseTo(470, 6);
  });

  it('does not re-apply the capex budget to capacity already decided', async () => {
    const backend = await loadBackend('highs');
    const s = tinyScenario({ measures: [efficiency('measure_a', 0.2, 2000)], netTargetTco2: 450, capexBudgetRmb: { '2026': 0 } });
    const e = evaluatePlan(s, s.factories[0]!, { 'build[measure_a,2026]': 500 }, backend);
    expect(e.feasible).toBe(true);
    expect(e.shortfallTco2ByYear[2026]).toBeCloseTo(0, 6);
  });
});
