/**
 * The HiGHS session (engine/solvers/highs-session.ts): a model changed in place and re-solved from
 * the last basis reaches the same optimum as the same model solved afresh, on the Netlib LPs and
 * a MIPLIB MIP with perturbed costs, bounds, right-hand sides and coefficients; structures are
 * kept apart; a failure inside the session still answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columnOfNonzero, modelChanges, sameStructure } from '../../engine/model/model-changes.ts';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { ModelBuilder } from '../../engine/model/model-builder.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { withSession } from '../../engine/solvers/session.ts';
import type { SolverBackend, SolverSession } from '../../engine/solvers/types.ts';
import { instanceText, loadManifest, relativeError } from '../fixtures/instances/instances.ts';

let highs: SolverBackend;
let jslp: SolverBackend;
beforeAll(async () => {
  highs = await loadBackend('highs');
  jslp = await loadBackend('jslp');
});

function instance(file: string): LinearModel {
  const read = readMps(instanceText(file));
  if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
  return read.model;
}

/** Costs scaled by 1 ± 10 %, finite upper bounds loosened by 5 %, one coefficient moved: a feasible neighbour. */
function perturbed(m: LinearModel, k: number): LinearModel {
  const colCost = m.colCost.map((c, j) => c * (1 + 0.1 * Math.sin(j + k)));
  const colUpper = m.colUpper.map((u) => (Number.isFinite(u) && u > 0 ? u * (1 + 0.05 * k) : u));
  const value = Float64Array.from(m.matrix.value);
  if (value.length > 0) value[k % value.length] = value[k % value.length]! * (1 + 1e-3);
  return { ...m, colCost, colUpper, matrix: { ...m.matrix, value } };
}

describe('model changes', () => {
  it('finds the structure and exactly the vectors that changed', () => {
    const m = instance('lp/afiro.mps');
    expect(sameStructure(m, perturbed(m, 1))).toBe(true);
    const c = modelChanges(m, perturbed(m, 1));
    expect(c.costs).toBe(true);
    expect(c.rowBounds).toBe(false);
    expect(c.sense).toBe(false);
    expect(c.coefficients).toEqual([1]);
    expect(modelChanges(m, { ...m }).costs).toBe(false);
    expect(sameStructure(m, { ...m, colInteger: Uint8Array.from(m.colInteger, (_, j) => (j === 0 ? 1 : 0)) })).toBe(false);
  });

  it('maps every nonzero to its column, empty columns included', () => {
    const start = Int32Array.from([0, 0, 2, 2, 5]);
    expect([0, 1, 2, 3, 4].map((p) => columnOfNonzero(start, p))).toEqual([1, 1, 3, 3, 3]);
  });
});

describe('a session reaches the optimum of a fresh solve', () => {
  const lps = loadManifest().filter((r) => r.kind === 'lp' && r.nonzeros < 5000);
  for (const record of lps) {
    it(`${record.file}: five perturbed re-solves`, () => {
      const base = instance(record.file);
      withSession(highs, (session) => {
        for (let k = 0; k <= 5; k++) {
          const model = k === 0 ? base : perturbed(base, k);
          const fresh = highs.solve(model);
          const kept = session.solve(model);
          expect(kept.termination, `k=${k}`).toBe(fresh.termination);
          if (fresh.objective !== null) expect(relativeError(kept.objective!, fresh.objective), `k=${k}`).toBeLessThan(1e-7);
          if (fresh.rowDuals !== null) expect(kept.rowDuals).not.toBeNull();
        }
        expect(session).not.toBe(highs);
        expect((session as SolverSession).stats).toMatchObject({ built: 1, reused: 5 });
      });
    });
  }

  it('mip/p0033.mps: perturbed costs re-solved with the last plan as first incumbent', () => {
    const base = instance('mip/p0033.mps');
    const session = highs.session!();
    try {
      for (let k = 0; k <= 3; k++) {
        const model = { ...base, colCost: base.colCost.map((c, j) => c * (1 + 0.2 * Math.sin(j * k))) };
        const fresh = highs.solve(model, { mipRelGap: 0 });
        const kept = session.solve(model, { mipRelGap: 0 });
        expect(kept.termination).toBe('optimal');
        expect(relativeError(kept.objective!, fresh.objective!)).toBeLessThan(1e-9);
      }
      expect(session.stats).toMatchObject({ built: 1, reused: 3 });
    } finally {
      session.close();
    }
  });

  it('keeps structures apart, flips the sense and the offset, and answers infeasible in place', () => {
    const b = new ModelBuilder({ name: 'small' });
    const x = b.addVariable('x', { upper: 4, cost: 1 });
    const y = b.addVariable('y', { upper: 3, cost: 2 });
    b.addConstraint('c', [[x, 1], [y, 1]], '>=', 2);
    const small = b.build();
    const session = highs.session!();
    try {
      expect(session.solve(small).objective).toBeCloseTo(2, 9);
      expect(session.solve(instance('lp/afiro.mps')).objective).toBeCloseTo(-464.753142857, 6);
      expect(session.solve({ ...small, sense: 'max', objectiveOffset: 5 }).objective).toBeCloseTo(4 + 6 + 5, 9);
      expect(session.solve({ ...small, rowLower: Float64Array.from([8]) }).termination).toBe('infeasible');
      expect(session.solve(small).objective).toBeCloseTo(2, 9);
      expect(session.stats).toMatchObject({ built: 2, reused: 3 });
    } finally {
      session.close();
    }
    // Closed: a later solve is a one-shot solve, never on freed memory.
    expect(session.solve(small).objective).toBeCloseTo(2, 9);
  });

  it('warm starts save simplex iterations on a price sweep', () => {
    const base = instance('lp/sc105.mps');
    const sweep = [0, 1, 2, 3, 4].map((k) => perturbed(base, k));
    const iterations = (s: ReturnType<NonNullable<SolverBackend['session']>>, models: LinearModel[]) => {
      for (const m of models) s.solve(m);
      return s.stats.simplexIterations;
    };
    const warm = highs.session!();
    const cold = sweep.map(() => highs.session!());
    try {
      const warmIterations = iterations(warm, sweep);
      const coldIterations = sweep.reduce((sum, m, i) => sum + iterations(cold[i]!, [m]), 0);
      expect(warmIterations).toBeLessThan(coldIterations);
    } finally {
      warm.close();
      for (const s of cold) s.close();
    }
  });

  it('a backend without sessions runs the sequence on itself', () => {
    expect(jslp.session).toBeUndefined();
    expect(withSession(jslp, (b) => b)).toBe(jslp);
  });
});
