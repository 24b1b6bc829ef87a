/**
 * Tiny pathways whose optimum is computed by hand (test/helpers/tiny.ts: 1,000 MWh at 500 RMB/MWh,
 * 0.5 tCO2/MWh, r = 0, so a measure with capex C per MWh/yr treated and lifetime 10 costs C/10 per
 * year; saving s of a treated MWh saves s × 500 RMB and s × 0.5 tCO2).
 */
import { describe, expect, it } from 'vitest';
import { efficiency, solveTiny, tinyScenario } from '../helpers/tiny.ts';

const A = efficiency('measure_a', 0.2, 2000); // 200 RMB/yr per unit; 1,000 RMB/tCO2 net
const B = efficiency('measure_b', 0.5, 6000); // 600 RMB/yr per unit; 1,400 RMB/tCO2 net

describe('hand-computed optima', () => {
  it('one measure: 50 tCO2 to cut needs 500 MWh treated', async () => {
    const p = await solveTiny(tinyScenario({ measures: [A], netTargetTco2: 450 }));
    expect(p.status).toBe('optimal');
    // grid 900 MWh × 500 + 500 units × 200
    expect(p.objectiveRmb).toBeCloseTo(550_000, 3);
    expect(p.plan.find((r) => r.measureId === 'measure_a')?.buildUnits).toBeCloseTo(500, 6);
    // one more tonne needs 2 MWh saved = 10 MWh treated: 10 × 200 − 2 × 500
    expect(p.carbonShadowPriceRmbPerTco2).toBeCloseTo(1000, 6);
    expect(p.emissions[0]!.netTco2).toBeCloseTo(450, 6);
  });

  it('two competing measures: the cheaper one first, up to its limit', async () => {
    const p = await solveTiny(tinyScenario({ measures: [A, B], netTargetTco2: 350 }));
    // A treats all 1,000 MWh (−100 t), B saves the last 50 t with 200 MWh treated.
    expect(p.plan.find((r) => r.measureId === 'measure_a')?.buildUnits).toBeCloseTo(1000, 6);
    expect(p.plan.find((r) => r.measureId === 'measure_b')?.buildUnits).toBeCloseTo(200, 6);
    expect(p.objectiveRmb).toBeCloseTo(200_000 + 120_000 + 700 * 500, 3);
    expect(p.carbonShadowPriceRmbPerTco2).toBeCloseTo(1400, 6);
  });

  it('an offset cap that binds: 50 t of cheap credits, the rest by the measure', async () => {
    const p = await solveTiny(tinyScenario({ measures: [A], netTargetTco2: 350, offsetPrice: 300, offsetShareCapFraction: 0.1 }));
    const e = p.emissions[0]!;
    expect(e.offsetsTco2).toBeCloseTo(50, 6); // 10 % of 500 t
    expect(e.scope1Tco2 + e.scope2Tco2).toBeCloseTo(400, 6);
    expect(p.objectiveRmb).toBeCloseTo(500_000 + 100 * 1000 + 50 * 300, 3);
    expect(p.carbonShadowPriceRmbPerTco2).toBeCloseTo(1000, 6); // the measure sets the margin
  });

  it('offsets set the margin when their cap does not bind', async () => {
    const p = await solveTiny(tinyScenario({ measures: [A], netTargetTco2: 480, offsetPrice: 300, offsetShareCapFraction: 0.1 }));
    expect(p.emissions[0]!.offsetsTco2).toBeCloseTo(20, 6);
    expect(p.carbonShadowPriceRmbPerTco2).toBeCloseTo(300, 6);
  });

  it('a capex budget shifts a profitable build a year later', async () => {
    const cheap = efficiency('measure_cheap', 0.2, 500); // 50 RMB/yr per unit, saves 100 RMB/yr per unit
    const free = await solveTiny(tinyScenario({ measures: [cheap], netTargetTco2: 500, endYear: 2027 }));
    expect(free.plan.find((r) => r.year === 2026)?.buildUnits).toBeCloseTo(1000, 6);
    expect(free.objectiveRmb).toBeCloseTo(2 * (1000 * 50 + 800 * 500), 3);
    const budget = await solveTiny(
      tinyScenario({ measures: [cheap], netTargetTco2: 500, endYear: 2027, capexBudgetRmb: { '2026': 0, '2027': 1e9 } }),
    );
    expect(budget.plan.find((r) => r.year === 2026)?.buildUnits ?? 0).toBeCloseTo(0, 6);
    expect(budget.plan.find((r) => r.year === 2027)?.buildUnits).toBeCloseTo(1000, 6);
    expect(budget.objectiveRmb).toBeCloseTo(1000 * 500 + 1000 * 50 + 800 * 500, 3);
    expect(budget.capex.find((c) => c.year === 2027)?.totalRmb).toBeCloseTo(500_000, 3);
  });

  it('costs by year add up to the objective', async () => {
    const p = await solveTiny(tinyScenario({ measures: [A, B], netTargetTco2: 350 }));
    const total = p.costs.reduce((s, y) => s + y.totalRmb, 0); // r = 0: undiscounted = discounted
    expect(total).toBeCloseTo(p.objectiveRmb!, 3);
    expect(p.emissions[0]!.accountingGapTco2).toBeLessThan(1e-6);
  });

  it('an unreachable target is infeasible with a diagnosis', async () => {
    const p = await solveTiny(tinyScenario({ measures: [A], netTargetTco2: 100 }));
    expect(p.status).toBe('infeasible');
    // A saves at most 200 MWh = 100 t: best net 400 t, shortfall 300 t
    expect(p.diagnosis?.shortfallTco2[0]?.shortfallTco2).toBeCloseTo(300, 6);
    // The efficiency_savings unit explains its own bound: A already treats every MWh of other_electric.
    expect(p.diagnosis?.bindingLimits.find((b) => b.component.startsWith('treated[measure_a'))).toMatchObject({
      unit: 'efficiency_savings',
      message: 'measure_a already treats all other_electric energy',
      fix: expect.stringMatching(/other end-uses/),
    });
    expect(p.message).toMatch(/exceed the cap by 300 tCO2 in 2026/);
  });
});

describe('economics edge cases', () => {
  it('a vanishing discount rate gives the r → 0 annuity, not Infinity', async () => {
    const { capitalRecoveryFactor } = await import('../../engine/formulation/economics.ts');
    expect(capitalRecoveryFactor(5e-93, 10)).toBe(0.1);
    expect(capitalRecoveryFactor(0.06, 10)).toBeCloseTo(0.13586795822, 10);
  });
});
