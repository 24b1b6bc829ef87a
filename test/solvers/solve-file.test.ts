import { beforeAll, describe, expect, it } from 'vitest';
import { writeLp } from '../../engine/model/lp-writer.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { solveModelText } from '../../engine/solvers/solve-file.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { instanceText, relativeError } from '../fixtures/instances/instances.ts';

let highs: SolverBackend;
let jslp: SolverBackend;
beforeAll(async () => {
  highs = await loadBackend('highs');
  jslp = await loadBackend('jslp');
});

const AFIRO = -464.75314286;

describe('solveModelText', () => {
  it('solves MPS text with either backend', () => {
    for (const backend of [highs, jslp]) {
      const out = solveModelText(instanceText('lp/afiro.mps'), 'mps', backend);
      expect(out.backend).toBe(backend.id);
      expect(out.termination).toBe('optimal');
      expect(relativeError(out.objective as number, AFIRO)).toBeLessThan(1e-6);
      expect(out.size).toEqual({ rows: 27, cols: 32, nonzeros: 83, integers: 0 });
      expect(out.seconds).toBeGreaterThanOrEqual(out.solveSeconds);
      expect(out.result?.colValues).toHaveLength(32);
    }
  });

  it('solves LP text with HiGHS, including the objective constant', () => {
    const read = readMps(instanceText('lp/e226.mps'));
    if (!read.ok) throw new Error(read.error.message);
    const out = solveModelText(writeLp(read.model), 'lp', highs);
    expect(out.termination).toBe('optimal');
    expect(relativeError(out.objective as number, -11.638929066)).toBeLessThan(1e-6);
    expect(out.size?.cols).toBe(282);
  });

  it('passes solve options through (MIP time limit)', () => {
    const out = solveModelText(instanceText('mip/vpm2.mps'), 'mps', highs, { timeLimitSeconds: 0.05, mipRelGap: 0 });
    expect(out.termination).toBe('time_limit');
  });

  it('says clearly that jslp cannot read LP text', () => {
    const out = solveModelText('Minimize\n obj: x\nSubject To\n c: x >= 1\nEnd\n', 'lp', jslp);
    expect(out.termination).toBe('error');
    expect(out.hasSolution).toBe(false);
    expect(out.message).toMatch(/LP-format input is not supported by the jslp backend/);
    expect(out.size).toBeNull();
  });

  it('reports unreadable input as an error with its location', () => {
    const bad = solveModelText('ROWS\n N obj\nCOLUMNS\n    x nope 1\nENDATA\n', 'mps', highs);
    expect(bad.termination).toBe('error');
    expect(bad.message).toMatch(/^MPS line 4: unknown row nope/);
    const badLp = solveModelText('Minimize\n obj: x[1]\nEnd\n', 'lp', highs);
    expect(badLp.termination).toBe('error');
    expect(badLp.message).toMatch(/HiGHS rejected the LP text/);
    const fixed = solveModelText('ROWS\n N obj\nCOLUMNS\n    x obj 1\nENDATA\n', 'mps', highs, { mpsFormat: 'fixed' });
    expect(fixed.termination).toBe('error');
  });
});
