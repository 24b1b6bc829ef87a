import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { ModelBuilder } from '../../engine/model/model-builder.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { objectiveValue, rowActivities } from '../../engine/model/sparse.ts';
import { JSLP_MAX_NONZEROS, createJslpBackend, isBackendId, loadBackend } from '../../engine/solvers/index.ts';
import type { SolveResult, SolverBackend } from '../../engine/solvers/types.ts';
import { instanceText } from '../fixtures/instances/instances.ts';

let highs: SolverBackend;
let jslp: SolverBackend;
beforeAll(async () => {
  highs = await loadBackend('highs');
  jslp = await loadBackend('jslp');
});

const both = (): SolverBackend[] => [highs, jslp];

/** Checks the point against rows, bounds and integrality (tolerance 1e-6) and the objective against c·x + offset. */
function expectConsistentSolution(model: LinearModel, result: SolveResult): void {
  expect(result.hasSolution).toBe(true);
  const x = result.colValues as Float64Array;
  expect(x).toHaveLength(model.colNames.length);
  const activity = rowActivities(model, x);
  activity.forEach((a, i) => {
    expect(a).toBeGreaterThanOrEqual((model.rowLower[i] as number) - 1e-6);
    expect(a).toBeLessThanOrEqual((model.rowUpper[i] as number) + 1e-6);
  });
  x.forEach((v, j) => {
    expect(v).toBeGreaterThanOrEqual((model.colLower[j] as number) - 1e-6);
    expect(v).toBeLessThanOrEqual((model.colUpper[j] as number) + 1e-6);
    if (model.colInteger[j] === 1) expect(Math.abs(v - Math.round(v))).toBeLessThan(1e-6);
  });
  expect(result.objective).toBeCloseTo(objectiveValue(model, x), 6);
}

/** min 2x + 3y  s.t.  demand: x + y >= 4,  cap: x <= 3,  y <= 10.  Optimum x = 3, y = 1, z = 9 + 1.5. */
function demandModel(): LinearModel {
  const b = new ModelBuilder();
  const x = b.addVariable('x', { cost: 2 });
  const y = b.addVariable('y', { cost: 3, upper: 10 });
  b.addConstraint('demand', [[x, 1], [y, 1]], '>=', 4);
  b.addConstraint('cap', [[x, 1]], '<=', 3);
  b.setObjectiveOffset(1.5);
  return b.build();
}

/** max y − 2x  s.t.  r1: y − x <= 1,  r2: x >= 2.  Optimum x = 2, y = 3, z = −1. */
function maxModel(): LinearModel {
  const b = new ModelBuilder({ sense: 'max' });
  const x = b.addVariable('x', { cost: -2 });
  const y = b.addVariable('y', { cost: 1, upper: 10 });
  b.addConstraint('r1', [[y, 1], [x, -1]], '<=', 1);
  b.addConstraint('r2', [[x, 1]], '>=', 2);
  return b.build();
}

describe('hand-computed LPs', () => {
  it('both backends find the optimum of a min LP', () => {
    for (const backend of both()) {
      const result = backend.solve(demandModel());
      expect(result.termination).toBe('optimal');
      expect(result.objective).toBeCloseTo(10.5, 9);
      expect([...(result.colValues as Float64Array)].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([3, 1]);
      expectConsistentSolution(demandModel(), result);
    }
  });

  it('HiGHS duals: min problem, binding >= row ≥ 0 and binding <= row ≤ 0 (d objective / d rhs)', () => {
    const result = highs.solve(demandModel());
    const duals = result.rowDuals as Float64Array;
    expect(duals[0]).toBeCloseTo(3, 9);
    expect(duals[1]).toBeCloseTo(-1, 9);
    expect([...(result.colDuals as Float64Array)].map((v) => Math.abs(v))).toEqual([0, 0]);
    expect(result.rowActivity && [...result.rowActivity]).toEqual([4, 3]);
    expect(result.mipGap).toBeNull();
  });

  it('HiGHS duals: max problem, binding <= row ≥ 0 and binding >= row ≤ 0', () => {
    const result = highs.solve(maxModel());
    expect(result.objective).toBeCloseTo(-1, 9);
    const duals = result.rowDuals as Float64Array;
    expect(duals[0]).toBeCloseTo(1, 9);
    expect(duals[1]).toBeCloseTo(-1, 9);
  });

  it('duals match finite differences of the optimal objective', () => {
    const base = highs.solve(demandModel()).objective as number;
    const b = new ModelBuilder();
    const x = b.addVariable('x', { cost: 2 });
    const y = b.addVariable('y', { cost: 3, upper: 10 });
    b.addConstraint('demand', [[x, 1], [y, 1]], '>=', 4.01);
    b.addConstraint('cap', [[x, 1]], '<=', 3);
    b.setObjectiveOffset(1.5);
    expect(((highs.solve(b.build()).objective as number) - base) / 0.01).toBeCloseTo(3, 6);
  });

  it('omits duals when not wanted, for MIPs, and always for jslp', () => {
    expect(highs.solve(demandModel(), { wantDuals: false }).rowDuals).toBeNull();
    const jslpResult = jslp.solve(demandModel());
    expect(jslp.features.duals).toBe(false);
    expect(jslpResult.rowDuals).toBeNull();
    expect(jslpResult.colDuals).toBeNull();
  });
});

describe('hand-computed MILP', () => {
  /** max 5a + 4b + 3c  s.t.  2a + 3b + c <= 5,  4a + b + 2c <= 11,  3a + 4b + 2c <= 8, binary-ish ints in [0, 3]. Optimum 13 at (2, 0, 1). */
  function knapsack(): LinearModel {
    const b = new ModelBuilder({ sense: 'max' });
    const a = b.addVariable('a', { cost: 5, upper: 3, integer: true });
    const bb = b.addVariable('b', { cost: 4, upper: 3, integer: true });
    const c = b.addVariable('c', { cost: 3, upper: 3, integer: true });
    b.addConstraint('r1', [[a, 2], [bb, 3], [c, 1]], '<=', 5);
    b.addConstraint('r2', [[a, 4], [bb, 1], [c, 2]], '<=', 11);
    b.addConstraint('r3', [[a, 3], [bb, 4], [c, 2]], '<=', 8);
    return b.build();
  }

  it('both backends reach 13 at (2, 0, 1)', () => {
    for (const backend of both()) {
      const result = backend.solve(knapsack(), { mipRelGap: 0 });
      expect(result.termination).toBe('optimal');
      expect(result.objective).toBeCloseTo(13, 9);
      expect([...(result.colValues as Float64Array)].map(Math.round)).toEqual([2, 0, 1]);
      expect(result.rowDuals).toBeNull();
      expectConsistentSolution(knapsack(), result);
    }
    expect(highs.solve(knapsack(), { mipRelGap: 0 }).mipGap).toBe(0);
  });
});

describe('infeasible, unbounded and limits', () => {
  it('reports infeasibility without a solution', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x');
    const y = b.addVariable('y');
    b.addConstraint('at_most', [[x, 1], [y, 1]], '<=', 1);
    b.addConstraint('at_least', [[x, 1], [y, 1]], '>=', 2);
    for (const backend of both()) {
      const result = backend.solve(b.build());
      expect(result.termination).toBe('infeasible');
      expect(result.hasSolution).toBe(false);
      expect(result.objective).toBeNull();
      expect(result.colValues).toBeNull();
    }
  });

  it('reports an infeasible MILP (2x = 1, x integer)', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x', { cost: 1, integer: true });
    b.addConstraint('half', [[x, 2]], '=', 1);
    for (const backend of both()) {
      const result = backend.solve(b.build());
      expect(result.termination).toBe('infeasible');
      expect(result.hasSolution).toBe(false);
    }
  });

  it('reports unboundedness without a solution', () => {
    const b = new ModelBuilder({ sense: 'max' });
    const x = b.addVariable('x', { cost: 1 });
    const y = b.addVariable('y', { cost: 1 });
    b.addConstraint('gap', [[x, 1], [y, -1]], '<=', 1);
    for (const backend of both()) {
      const result = backend.solve(b.build());
      expect(result.termination).toBe('unbounded');
      expect(result.hasSolution).toBe(false);
      expect(result.objective).toBeNull();
    }
  });

  it('stops a hard MIP at a tiny time limit; hasSolution reflects the incumbent', () => {
    const read = readMps(instanceText('mip/vpm2.mps'));
    if (!read.ok) throw new Error(read.error.message);
    for (const limit of [0.001, 0.3]) {
      const result = highs.solve(read.model, { timeLimitSeconds: limit, mipRelGap: 0 });
      expect(result.termination).toBe('time_limit');
      expect(result.hasSolution).toBe(result.colValues !== null);
      expect(result.hasSolution).toBe(result.objective !== null);
      if (result.hasSolution) {
        expectConsistentSolution(read.model, result);
        expect(result.objective).toBeGreaterThanOrEqual(13.75 - 1e-6);
        expect(result.mipGap).not.toBeNull();
      }
    }
  });

  it('jslp stops a MIP at its time limit and keeps or lacks an incumbent consistently', () => {
    const read = readMps(instanceText('mip/lseu.mps'));
    if (!read.ok) throw new Error(read.error.message);
    const result = jslp.solve(read.model, { timeLimitSeconds: 0.5 });
    expect(result.termination).toBe('time_limit');
    expect(result.hasSolution).toBe(result.colValues !== null);
    if (result.hasSolution) expectConsistentSolution(read.model, result);
  });

  it('answers a model without columns directly', () => {
    const b = new ModelBuilder();
    b.setObjectiveOffset(4);
    b.addConstraint('nothing', [], '<=', 1);
    for (const backend of both()) {
      const result = backend.solve(b.build());
      expect(result.termination).toBe('optimal');
      expect(result.objective).toBe(4);
    }
    b.addConstraint('impossible', [], '>=', 1);
    for (const backend of both()) expect(backend.solve(b.build()).termination).toBe('infeasible');
  });

  it('turns a malformed model into termination error instead of throwing', () => {
    const good = demandModel();
    const bad: LinearModel = { ...good, colCost: Float64Array.from([Number.NaN, 1]) };
    for (const backend of both()) {
      const result = backend.solve(bad);
      expect(result.termination).toBe('error');
      expect(result.message).toMatch(/NaN/);
    }
  });
});

describe('jslp specifics', () => {
  it('refuses a model above its nonzero limit with a clear message', () => {
    const b = new ModelBuilder();
    const cols = Array.from({ length: 100 }, (_, j) => b.addVariable(`x[${j}]`, { upper: 1, cost: 1 }));
    for (let i = 0; i < Math.ceil((JSLP_MAX_NONZEROS + 1) / 100); i++) {
      b.addConstraint(`row[${i}]`, cols.map((c) => [c, 1] as const), '>=', 0);
    }
    const result = jslp.solve(b.build());
    expect(jslp.features.maxNonzeros).toBe(JSLP_MAX_NONZEROS);
    expect(result.termination).toBe('error');
    expect(result.hasSolution).toBe(false);
    expect(result.message).toMatch(/too large for the pure-JavaScript jslp backend/);
    expect(result.errorCode).toBe('model_too_large');
    expect(result.message).toMatch(/highs/);
    const small = createJslpBackend(2).solve(demandModel());
    expect(small.termination).toBe('error');
    expect(small.message).toMatch(/3 nonzeros > limit 2/);
    expect(small.errorCode).toBe('model_too_large');
  });

  it('bounds a simplex that never terminates by its wall-clock limit', () => {
    // A 20×40 random LP on which javascript-lp-solver 1.0.3's phase 1 loops forever.
    const model = nonTerminatingLp();
    const result = jslp.solve(model, { timeLimitSeconds: 0.5 });
    expect(result.termination).toBe('time_limit');
    expect(result.hasSolution).toBe(false);
    expect(result.message).toMatch(/did not finish/);
    expect(highs.solve(model).termination).toBe('optimal');
    expect(jslp.solve(demandModel()).termination).toBe('optimal');
  }, 20_000);

  it('substitutes free, negative, mirrored, fixed and half-bounded integer columns correctly', () => {
    const b = new ModelBuilder();
    const free = b.addVariable('free', { lower: -Infinity, cost: 1 });
    const neg = b.addVariable('neg', { lower: -5, upper: -2, cost: -1 });
    const mirror = b.addVariable('mirror', { lower: -Infinity, upper: 3, cost: -2 });
    const fixed = b.addVariable('fixed', { lower: -1.5, upper: -1.5, cost: 0 });
    const lowInt = b.addVariable('low_int', { lower: -Infinity, upper: 10.5, integer: true, cost: 1 });
    const negInt = b.addVariable('neg_int', { lower: -7.5, upper: -1, integer: true, cost: 1 });
    b.addConstraint('floor', [[free, 1], [mirror, 1]], '>=', -4);
    b.addConstraint('pair', [[free, 1], [neg, 1], [fixed, 2]], '>=', -20);
    b.addConstraint('int_floor', [[lowInt, 2]], '>=', -7);
    b.addRangeConstraint('band', [[mirror, 1], [fixed, 1]], -10, 0.5);
    const model = b.build();
    const expected = highs.solve(model);
    const result = jslp.solve(model);
    expect(result.termination).toBe('optimal');
    // free = -4 - mirror, mirror = min(3, 0.5 + 1.5) = 2 → free = -6; neg = -2; low_int = -3; neg_int = -7.
    expect([...(result.colValues as Float64Array)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([-6, -2, 2, -1.5, -3, -7]);
    expect(result.objective).toBeCloseTo(expected.objective as number, 9);
    expectConsistentSolution(model, result);
  });

  it('refuses a free integer column instead of looping in branch-and-bound', () => {
    const b = new ModelBuilder();
    const x = b.addVariable('x', { lower: -Infinity, integer: true, cost: 1 });
    b.addConstraint('floor', [[x, 2]], '>=', -7);
    const result = jslp.solve(b.build());
    expect(result.termination).toBe('error');
    expect(result.message).toMatch(/free integer column x.*highs/);
    expect(highs.solve(b.build()).objective).toBe(-3);
  });
});

describe('registry', () => {
  it('loads each backend once and rejects unknown ids', async () => {
    expect(await loadBackend('highs')).toBe(highs);
    expect(await loadBackend('jslp')).toBe(jslp);
    expect(highs.features).toMatchObject({ integers: true, duals: true, timeLimit: true, mipGap: true });
    expect(isBackendId('glpk')).toBe(false);
    await expect(loadBackend('glpk' as 'highs')).rejects.toThrow(/unknown solver backend/);
  });
});

describe('property: both backends agree on small random feasible bounded problems', () => {
  /**
   * Columns boxed in [l, u] (l may be negative) around a known feasible point x0; some columns
   * have their box moved into a ranged row and infinite column bounds (free if continuous, or
   * one side only),
   * so the jslp substitutions (shift, mirror, unrestricted) are all exercised while the problem
   * stays feasible and bounded.
   */
  const problem = fc
    .record({
      n: fc.integer({ min: 1, max: 5 }),
      m: fc.integer({ min: 1, max: 4 }),
      sense: fc.constantFrom<'min' | 'max'>('min', 'max'),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
      integers: fc.boolean(),
    })
    .map(({ n, m, sense, seed, integers }) => randomProblem(n, m, sense, seed, integers));

  it('reaches the same optimum', () => {
    fc.assert(
      fc.property(problem, (model) => {
        const a = highs.solve(model, { mipRelGap: 0 });
        const b = jslp.solve(model, { timeLimitSeconds: 10 });
        expect(a.termination).toBe('optimal');
        expect(b.termination).toBe('optimal');
        const scale = Math.max(1, Math.abs(a.objective as number));
        expect(Math.abs((a.objective as number) - (b.objective as number)) / scale).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

/** Deterministic small pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomProblem(n: number, m: number, sense: 'min' | 'max', seed: number, integers: boolean): LinearModel {
  const r = random(seed);
  const pick = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const b = new ModelBuilder({ sense });
  const x0: number[] = [];
  for (let j = 0; j < n; j++) {
    const integer = integers && r() < 0.5;
    const lower = pick(-5, 3);
    const upper = lower + pick(0, 8);
    const form = r();
    const free = form < 0.15 && !integer;
    const colLower = free || (form >= 0.3 && form < 0.4) ? -Infinity : lower;
    const colUpper = free || (form >= 0.4 && form < 0.5) ? Infinity : upper;
    b.addVariable(`x[${j}]`, { lower: colLower, upper: colUpper, cost: pick(-9, 9) / 2, integer });
    if (colLower !== lower || colUpper !== upper) b.addRangeConstraint(`box[${j}]`, [[j, 1]], lower, upper);
    x0.push(integer ? pick(lower, upper) : lower + (upper - lower) * r());
  }
  for (let i = 0; i < m; i++) {
    const terms: Array<[number, number]> = [];
    for (let j = 0; j < n; j++) if (r() < 0.7) terms.push([j, pick(-6, 6)]);
    const activity = terms.reduce((sum, [j, a]) => sum + a * (x0[j] as number), 0);
    const kind = r();
    if (kind < 0.4) b.addConstraint(`c[${i}]`, terms, '<=', activity + pick(0, 4));
    else if (kind < 0.8) b.addConstraint(`c[${i}]`, terms, '>=', activity - pick(0, 4));
    else b.addRangeConstraint(`c[${i}]`, terms, activity - pick(0, 3), activity + pick(0, 3));
  }
  b.setObjectiveOffset(pick(-3, 3));
  return b.build();
}

/** The 20-row, 40-column box-bounded random LP (seed 1020) that javascript-lp-solver cannot finish. */
function nonTerminatingLp(): LinearModel {
  const r = random(1020);
  const b = new ModelBuilder({ name: 'rand_20x40' });
  const x0: number[] = [];
  for (let j = 0; j < 40; j++) {
    r();
    b.addVariable(`x[${j}]`, { lower: 0, upper: 10, cost: Math.round((r() * 2 - 1) * 100) / 10 });
    x0.push(r() * 10);
  }
  const rows: Array<Array<[number, number]>> = Array.from({ length: 20 }, () => []);
  for (let j = 0; j < 40; j++) {
    for (let k = 0; k < 4; k++) rows[Math.floor(r() * 20)]?.push([j, Math.round((r() * 2 - 1) * 100) / 10 || 1]);
  }
  rows.forEach((terms, i) => {
    const activity = terms.reduce((sum, [j, a]) => sum + a * (x0[j] as number), 0);
    const kind = r();
    if (kind < 0.45) b.addConstraint(`c[${i}]`, terms, '<=', activity + r() * 5);
    else if (kind < 0.9) b.addConstraint(`c[${i}]`, terms, '>=', activity - r() * 5);
    else b.addConstraint(`c[${i}]`, terms, '=', activity);
  });
  return b.build();
}
