/**
 * Offsets neutralise, never create, negative emissions, and carbon prices act on what they price
 * (DESIGN §3), over random pathways: every residual rule, shadow prices up to 1,500 RMB/t, offsets
 * cheaper and dearer than the measures, process CO2 no measure removes, caps from zero to loose.
 * - net ≥ 0 in every year, offsets ≤ gross;
 * - under 降无可降 offsets ≤ R_y and gross ≤ max(R_y, cap_y) in offset years;
 * - a higher shadow price never lowers the total cost including the shadow charge: the objective is
 *   min over one fixed feasible set (R_y does not depend on the shadow price) of cost + p × gross,
 *   a minimum of functions non-decreasing in p since gross ≥ 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeasureInput, Scenario } from '../../engine/data/schemas/scenario.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { certificates, efficiency, solveTiny, tinyScenario, type TinyOptions } from '../helpers/tiny.ts';

const PLAN_ONLY = { analysis: { macCurve: false, marginalCosts: false } } as const;

const measureArb = (i: number) =>
  fc.record({ saving: fc.double({ min: 0.05, max: 0.6, noNaN: true }), capex: fc.double({ min: 50, max: 12000, noNaN: true }) })
    .map(({ saving, capex }) => efficiency(`m${i}`, saving, capex));

const caseArb = fc.record({
  electricityMwh: fc.double({ min: 100, max: 5000, noNaN: true }),
  measures: fc.tuple(measureArb(0), measureArb(1)).chain((ms) => fc.subarray(ms)),
  certificatePrice: fc.option(fc.double({ min: 1, max: 400, noNaN: true }), { nil: undefined }),
  processShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  capFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  offsetPrice: fc.double({ min: 5, max: 2000, noNaN: true }),
  offsetShareCapFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  shadowCarbonRmbPerTco2: fc.double({ min: 0, max: 1500, noNaN: true }),
  residual: fc.constantFrom('economic' as const, 'technical' as const, 'cost_only' as const),
  residualCeilingRmbPerTco2: fc.double({ min: 0, max: 3000, noNaN: true }),
  endYear: fc.constantFrom(2026, 2027),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function options(c: Case, patch: Partial<TinyOptions> = {}): TinyOptions {
  const grid = 0.5 * c.electricityMwh;
  const processTco2 = c.processShare * grid;
  return {
    measures: [...(c.measures as MeasureInput[]), ...(c.certificatePrice === undefined ? [] : [certificates(c.certificatePrice)])],
    electricityMwh: c.electricityMwh,
    processTco2,
    netTargetTco2: c.capFraction * (grid + processTco2),
    endYear: c.endYear,
    capPath: 'linear',
    offsetPrice: c.offsetPrice,
    offsetShareCapFraction: c.offsetShareCapFraction,
    shadowCarbonRmbPerTco2: c.shadowCarbonRmbPerTco2,
    residual: c.residual,
    residualCeilingRmbPerTco2: c.residualCeilingRmbPerTco2,
    ...patch,
  };
}

const tol = (x: number) => 1e-6 * (1 + Math.abs(x));

/**
 * Loading a scenario (zod, catalogue) costs more than solving a tiny one, so each case patches the
 * numbers of a loaded scenario of its shape (which measures, certificates, horizon) instead.
 */
const shapes = new Map<string, Scenario>();
function scenarioOf(c: Case, patch: Partial<TinyOptions> = {}): Scenario {
  const o = options(c, patch);
  const shape = `${c.measures.map((m) => m.id).join(',')}|${c.certificatePrice !== undefined}|${c.endYear}`;
  let base = shapes.get(shape);
  if (base === undefined) {
    base = tinyScenario({ ...o, processTco2: 1, netTargetTco2: 0, shadowCarbonRmbPerTco2: 0, residual: 'economic', residualCeilingRmbPerTco2: 0 });
    shapes.set(shape, base);
  }
  const perYear = (x: number) => Object.fromEntries(base.years.map((y) => [y, x]));
  const f = base.factories[0]!;
  const factory = {
    ...f,
    inventory: {
      energy: [{ ...f.inventory.energy[0]!, energyMwh: o.electricityMwh! }],
      process: [{ ...f.inventory.process[0]!, factorTco2PerUnit: o.processTco2! / 100 }],
    },
  };
  const byId = new Map(o.measures.map((m) => [m.id, m]));
  return {
    ...base,
    factories: [factory],
    assumptions: { ...base.assumptions, prices: { ...base.assumptions.prices, shadowCarbonRmbPerTco2: perYear(o.shadowCarbonRmbPerTco2!) } },
    policy: { ...base.policy, netTargetTco2: o.netTargetTco2, offsetShareCapFraction: o.offsetShareCapFraction!, residual: o.residual!, residualCeilingRmbPerTco2: o.residualCeilingRmbPerTco2! },
    offsetProducts: base.offsetProducts.map((p) => ({ ...p, priceRmbPerTco2: perYear(o.offsetPrice!) })),
    measures: base.measures.map((m) => {
      const given = byId.get(m.id)!;
      if (m.effect.kind === 'efficiency' && given.effect.kind === 'efficiency') {
        return { ...m, capexRmbPerUnit: perYear(given.capexRmbPerUnit as number), effect: { ...m.effect, savingFraction: given.effect.savingFraction } };
      }
      if (m.effect.kind === 'green_purchase' && given.effect.kind === 'green_purchase') {
        return { ...m, effect: { ...m.effect, premiumRmbPerMwh: perYear(given.effect.premiumRmbPerMwh as number) } };
      }
      return m;
    }),
  };
}

it('a patched scenario is the scenario loaded from the same numbers', async () => {
  for (const c of fc.sample(caseArb, { numRuns: 6, seed: 7 })) {
    const patched = await solveTiny(scenarioOf(c), 'highs', PLAN_ONLY);
    const loaded = await solveTiny(tinyScenario(options(c)), 'highs', PLAN_ONLY);
    expect(patched.status).toBe(loaded.status);
    if (loaded.objectiveRmb !== null) expect(patched.objectiveRmb!).toBeCloseTo(loaded.objectiveRmb, 4);
  }
});

function checkOffsets(p: FactoryPlan): void {
  const r = p.residual.offsetEligibleResidualTco2;
  for (const e of p.emissions) {
    const gross = e.scope1Tco2 + e.scope2Tco2;
    expect(e.netTco2).toBeGreaterThanOrEqual(-tol(gross));
    expect(e.offsetsTco2).toBeLessThanOrEqual(gross + tol(gross));
    if (r !== null && e.offsetsTco2 > tol(0)) {
      expect(e.offsetsTco2).toBeLessThanOrEqual(r[e.year]! + tol(r[e.year]!));
      expect(gross).toBeLessThanOrEqual(Math.max(r[e.year]!, e.capTco2 ?? Infinity) + tol(gross));
    }
  }
}

describe('offsets and carbon prices (1,000 random pathways)', () => {
  it('net emissions are never negative; under 降无可降 offsets stay within the residual', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const p = await solveTiny(scenarioOf(c), 'highs', PLAN_ONLY);
        if (p.status === 'optimal') checkOffsets(p);
        else expect(p.status).toBe('infeasible');
      }),
      { numRuns: 1000 },
    );
  });

  it('a higher shadow price never lowers the total cost including the shadow charge', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.double({ min: 1, max: 1000, noNaN: true }), async (c, extra) => {
        // Cap loose enough to stay feasible at both prices (the cap does not depend on the price).
        const low = await solveTiny(scenarioOf(c, { netTargetTco2: 1e9 }), 'highs', PLAN_ONLY);
        const high = await solveTiny(scenarioOf(c, { netTargetTco2: 1e9, shadowCarbonRmbPerTco2: c.shadowCarbonRmbPerTco2 + extra }), 'highs', PLAN_ONLY);
        expect(low.status).toBe('optimal');
        expect(high.status).toBe('optimal');
        expect(high.objectiveRmb!).toBeGreaterThanOrEqual(low.objectiveRmb! - tol(low.objectiveRmb!));
        checkOffsets(high);
      }),
      { numRuns: 200 },
    );
  });
});
