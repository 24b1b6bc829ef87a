/**
 * MILPs from their rounded LP relaxation first (engine/solvers/rounded-start.ts): a hand-computed
 * model whose relaxation is integral, MIPLIB 3 instances with known optima (rounding rarely proves
 * them, so they also test the fall-back to branch and bound), and the pathway MILPs it is for —
 * every result feasible on its own (checked here from the matrix, not from the solver's report)
 * and within the MIP gap of the optimum.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { ModelBuilder } from '../../engine/model/model-builder.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { buildPlanModel } from '../../engine/optimise/optimise-factory.ts';
import { withoutCaps } from '../../engine/optimise/residual.ts';
import { withGrossPrice } from '../../engine/optimise/gross-price.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { solveRoundedFirst } from '../../engine/solvers/rounded-start.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { expectedObjective, instanceText, loadManifest } from '../fixtures/instances/instances.ts';

let highs: SolverBackend;
beforeAll(async () => {
  highs = await loadBackend('highs');
});

/** The largest violation of a bound, a row or integrality by x, relative to the row's scale. */
function violation(model: LinearModel, x: Float64Array): number {
  let worst = 0;
  const activity = new Float64Array(model.rowNames.length);
  const scale = new Float64Array(model.rowNames.length).fill(1);
  const { start, index, value } = model.matrix;
  for (let j = 0; j < x.length; j++) {
    worst = Math.max(worst, model.colLower[j]! - x[j]!, x[j]! - model.colUpper[j]!);
    if (model.colInteger[j] === 1) worst = Math.max(worst, Math.abs(x[j]! - Math.round(x[j]!)));
    for (let p = start[j]!; p < start[j + 1]!; p++) {
      activity[index[p]!]! += value[p]! * x[j]!;
      scale[index[p]!] = Math.max(scale[index[p]!]!, Math.abs(value[p]! * x[j]!));
    }
  }
  for (let i = 0; i < activity.length; i++) {
    worst = Math.max(worst, (model.rowLower[i]! - activity[i]!) / scale[i]!, (activity[i]! - model.rowUpper[i]!) / scale[i]!);
  }
  return worst;
}

/** How far an objective is above the optimum, relative to the objective (the MIP gap's measure). */
const relativeExcess = (objective: number, optimum: number) => (objective - optimum) / Math.max(1, Math.abs(objective));

describe('a MILP whose relaxation is integral', () => {
  // min 2y + z  s.t.  y + z ≥ 2.3,  z ≤ 0.3,  y integer ≥ 0: the relaxation takes y = 2, z = 0.3 (cost 4.3).
  const b = new ModelBuilder({ name: 'tiny' });
  const y = b.addVariable('y', { cost: 2, integer: true });
  const z = b.addVariable('z', { cost: 1, upper: 0.3 });
  b.addConstraint('cover', [[y, 1], [z, 1]], '>=', 2.3);
  const model = b.build();

  it('is proven by rounding, with gap 0 and no branch and bound', () => {
    const r = solveRoundedFirst(highs, model, { mipRelGap: 1e-3 });
    expect(r.termination).toBe('optimal');
    expect(r.objective).toBeCloseTo(4.3, 9);
    expect(Array.from(r.colValues!)).toEqual([2, expect.closeTo(0.3, 9)]);
    expect(r.mipGap).toBeCloseTo(0, 12);
    expect(r.rowDuals).toBeNull();
    expect(r.message).toMatch(/^LP relaxation rounded to nearest/);
  });
});

describe('a MILP whose rounded relaxation is infeasible', () => {
  // max y  s.t.  2y ≤ 3,  y integer ≥ 0: the relaxation takes y = 1.5; to nearest and up both give
  // y = 2 (infeasible), so branch and bound decides: y = 1.
  const b = new ModelBuilder({ name: 'tiny_max', sense: 'max' });
  const y = b.addVariable('y', { cost: 1, integer: true });
  b.addConstraint('half', [[y, 2]], '<=', 3);
  const model = b.build();

  it('falls back to branch and bound, solving the one rounded plan once', () => {
    let solves = 0;
    const counting: SolverBackend = { ...highs, solve: (m, o) => (solves++, highs.solve(m, o)) };
    const r = solveRoundedFirst(counting, model, { mipRelGap: 1e-3 });
    expect(r.termination).toBe('optimal');
    expect(r.objective).toBeCloseTo(1, 9);
    expect(r.message).not.toMatch(/rounded/);
    // The relaxation, the fixed LP at y = 2 (once, not once per rounding), the MILP.
    expect(solves).toBe(3);
  });
});

describe('MIPLIB 3 instances: within the gap of the known optimum, proven by rounding or by branch and bound', () => {
  const fast = new Set(['mip/p0033.mps', 'mip/flugpl.mps', 'mip/egout.mps', 'mip/lseu.mps', 'mip/gt2.mps', 'mip/rgn.mps', 'mip/bell5.mps', 'mip/bell3a.mps', 'mip/gesa2.mps']);
  const records = loadManifest().filter((r) => fast.has(r.file));
  it('holds the nine instances this test runs', () => expect(records).toHaveLength(fast.size));
  for (const record of records) {
    for (const gap of [1e-3, 0.05]) {
      it(`${record.file} at a ${gap} gap`, () => {
        const read = readMps(instanceText(record.file));
        if (!read.ok) throw new Error(read.error.message);
        const r = solveRoundedFirst(highs, read.model, { mipRelGap: gap });
        expect(r.termination).toBe('optimal');
        const optimum = expectedObjective(record);
        expect(r.objective!).toBeGreaterThanOrEqual(optimum - 1e-6 * Math.max(1, Math.abs(optimum)));
        expect(relativeExcess(r.objective!, optimum)).toBeLessThanOrEqual(gap + 1e-9);
        expect(violation(read.model, r.colValues!)).toBeLessThan(1e-6);
      });
    }
  }
  it('gesa2 at a 5 % gap is proven by rounding up, without branch and bound', () => {
    const read = readMps(instanceText('mip/gesa2.mps'));
    if (!read.ok) throw new Error(read.error.message);
    expect(solveRoundedFirst(highs, read.model, { mipRelGap: 0.05 }).message).toMatch(/^LP relaxation rounded up/);
  });
});

describe('the pathway MILPs it is for (automotive, annual balance)', () => {
  const path = new URL('../../scenarios/automotive-shanghai.yaml', import.meta.url).pathname;
  const loaded = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const s = { ...loaded.value, time: { ...loaded.value.time, resolution: 'annual' as const } };
  const data = prepareFactoryData(s, s.factories[0]!);
  const plan = buildPlanModel(data, Object.fromEntries(data.years.map((y) => [y, 0])));
  const models: Record<string, LinearModel> = {
    'residual stage (caps freed, gross priced at the ceiling)': withGrossPrice({ model: withoutCaps(plan), ctx: plan.ctx }, data.policy.residualCeilingRmbPerTco2),
    'plan with a zero residual': plan.model,
  };
  for (const [name, model] of Object.entries(models)) {
    it(`${name}: proven by rounding, within 0.1 % of branch and bound's optimum, feasible`, () => {
      const gap = 1e-3;
      const rounded = solveRoundedFirst(highs, model, { mipRelGap: gap });
      const exact = highs.solve(model, { mipRelGap: 1e-6 });
      expect(rounded.message).toMatch(/^LP relaxation rounded/);
      expect(rounded.mipGap!).toBeLessThanOrEqual(gap);
      expect(relativeExcess(rounded.objective!, exact.objective!)).toBeLessThanOrEqual(gap);
      expect(rounded.objective!).toBeGreaterThanOrEqual(exact.objective! * (1 - 1e-6) - 1e-6);
      expect(violation(model, rounded.colValues!)).toBeLessThan(1e-6);
    });
  }
});
