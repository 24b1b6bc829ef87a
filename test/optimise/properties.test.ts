/**
 * Metamorphic properties of the optimiser on small random pathways (YALPS style): each run solves
 * a tiny factory and a transformed copy and checks the relation that must hold between them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeasureInput } from '../../engine/data/schemas/scenario.ts';
import { efficiency, solveTiny, tinyScenario, type TinyOptions } from '../helpers/tiny.ts';

const measureArb = (i: number) =>
  fc.record({ saving: fc.double({ min: 0.05, max: 0.5, noNaN: true }), capex: fc.double({ min: 100, max: 8000, noNaN: true }) })
    .map(({ saving, capex }) => efficiency(`m${i}`, saving, capex));

const caseArb = fc.record({
  electricityMwh: fc.double({ min: 100, max: 5000, noNaN: true }),
  measures: fc.tuple(measureArb(0), measureArb(1), measureArb(2)).chain((ms) => fc.subarray(ms, { minLength: 1 })),
  targetFraction: fc.double({ min: 0.55, max: 1, noNaN: true }),
  offsetPrice: fc.option(fc.double({ min: 50, max: 3000, noNaN: true }), { nil: undefined }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const options = (c: Case, patch: Partial<TinyOptions> = {}): TinyOptions => ({
  measures: c.measures as MeasureInput[],
  residualCeilingRmbPerTco2: 585,
  electricityMwh: c.electricityMwh,
  netTargetTco2: c.targetFraction * 0.5 * c.electricityMwh,
  ...(c.offsetPrice === undefined ? {} : { offsetPrice: c.offsetPrice }),
  ...patch,
});
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const RUNS = { numRuns: 25 };

describe('optimiser properties', () => {
  it('a tighter cap never lowers cost', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.double({ min: 0.5, max: 0.99, noNaN: true }), async (c, k) => {
        const loose = await solveTiny(tinyScenario(options(c)));
        const tight = await solveTiny(tinyScenario(options(c, { netTargetTco2: k * c.targetFraction * 0.5 * c.electricityMwh })));
        if (tight.status !== 'optimal') return;
        expect(loose.status).toBe('optimal');
        expect(tight.objectiveRmb!).toBeGreaterThanOrEqual(loose.objectiveRmb! - 1e-6 * Math.abs(loose.objectiveRmb!));
      }),
      RUNS,
    );
  });

  // Without a residual rule only: under 降无可降 a removed measure that cost less than the ceiling
  // leaves a larger offset-eligible residual, so cheap credits may then replace it (by design).
  it('removing a measure never lowers cost (cost_only)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        if (c.measures.length < 2) return;
        const all = await solveTiny(tinyScenario(options(c, { residual: 'cost_only' })));
        const fewer = await solveTiny(tinyScenario(options(c, { residual: 'cost_only', measures: c.measures.slice(1) as MeasureInput[] })));
        if (fewer.status !== 'optimal') return;
        expect(all.objectiveRmb!).toBeLessThanOrEqual(fewer.objectiveRmb! + 1e-6 * Math.abs(fewer.objectiveRmb!));
      }),
      RUNS,
    );
  });

  it('scaling every cost by k scales the objective by k', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.double({ min: 0.1, max: 10, noNaN: true }), async (c, k) => {
        const base = await solveTiny(tinyScenario(options(c)));
        const scaled = await solveTiny(
          tinyScenario(
            options(c, {
              electricityRmbPerMwh: 500 * k,
              measures: c.measures.map((m) => ({ ...m, capexRmbPerUnit: (m.capexRmbPerUnit as number) * k })),
              ...(c.offsetPrice === undefined ? {} : { offsetPrice: c.offsetPrice * k }),
              // The residual ceiling is a cost per tonne too.
              residualCeilingRmbPerTco2: 585 * k,
            }),
          ),
        );
        expect(scaled.status).toBe(base.status);
        if (base.status !== 'optimal') return;
        expect(rel(scaled.objectiveRmb!, k * base.objectiveRmb!)).toBeLessThan(1e-7);
      }),
      RUNS,
    );
  });

  it('highs and javascript-lp-solver agree (statuses differ only within solver tolerance of the feasibility edge)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const s = tinyScenario(options(c));
        const h = await solveTiny(s, 'highs');
        const j = await solveTiny(s, 'jslp');
        if (j.status !== h.status) {
          // A cap within 1e-6 relative of the least net emissions reachable (shrunk example: offsets
          // needed 5.00000005 t against a 5 t share cap — HiGHS accepts it within its 1e-7
          // feasibility tolerance, jslp does not): moving the cap by 1e-6 either way settles both.
          const cap = options(c).netTargetTco2;
          for (const [k, status] of [[1 + 1e-6, 'optimal'], [1 - 1e-6, 'infeasible']] as const) {
            const shifted = tinyScenario(options(c, { netTargetTco2: cap * k }));
            expect([(await solveTiny(shifted, 'highs')).status, (await solveTiny(shifted, 'jslp')).status]).toEqual([status, status]);
          }
          return;
        }
        if (h.status === 'optimal') expect(rel(j.objectiveRmb!, h.objectiveRmb!)).toBeLessThan(1e-6);
      }),
      RUNS,
    );
  });

  it('at the feasibility edge the two solvers may differ, and a 1e-6 move of the cap settles both', async () => {
    // The shrunk counterexample of the property above (offsets needed 5 t + 5e-8 against the 5 t cap).
    const c: Case = { electricityMwh: 100, measures: [efficiency('m1', 0.2990811768516453, 2052.366539585084)] as Case['measures'], targetFraction: 0.6009188221483548, offsetPrice: 50 };
    const cap = options(c).netTargetTco2;
    expect((await solveTiny(tinyScenario(options(c, { netTargetTco2: cap * (1 + 1e-6) })), 'jslp')).status).toBe('optimal');
    expect((await solveTiny(tinyScenario(options(c, { netTargetTco2: cap * (1 - 1e-6) })), 'highs')).status).toBe('infeasible');
  });

  it('offsets never exceed their cap, and every balance closes', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.double({ min: 0, max: 0.5, noNaN: true }), async (c, share) => {
        const p = await solveTiny(tinyScenario(options(c, { offsetShareCapFraction: share })));
        if (p.status !== 'optimal') return;
        const cap = share * p.baseGrossTco2;
        for (const e of p.emissions) {
          expect(e.offsetsTco2).toBeLessThanOrEqual(cap + 1e-6 * (1 + cap));
          if (e.capTco2 !== null) expect(e.netTco2).toBeLessThanOrEqual(e.capTco2 + 1e-6 * (1 + e.capTco2));
          expect(e.accountingGapTco2).toBeLessThan(1e-6 * (1 + p.baseGrossTco2));
        }
        for (const y of p.energy) {
          expect(Math.abs(y.gridMwh + y.selfConsumedMwh - y.electricityUseMwh)).toBeLessThan(1e-6 * (1 + y.electricityUseMwh));
        }
      }),
      RUNS,
    );
  });
});
