import { describe, expect, it } from 'vitest';
import { numCols, numNonzeros, numRows } from '../../engine/model/linear-model.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { stackModels } from '../../engine/model/stack-models.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { instanceText, loadManifest } from '../fixtures/instances/instances.ts';

const read = (file: string) => {
  const r = readMps(instanceText(file));
  if (!r.ok) throw new Error(r.error.message);
  return r.model;
};

describe('stackModels', () => {
  const files = ['lp/afiro.mps', 'lp/sc50a.mps', 'lp/kb2.mps', 'mip/p0033.mps'];
  const manifest = new Map(loadManifest().map((i) => [i.file, i]));

  it('has the blocks side by side: sizes add up and names stay unique', () => {
    const parts = files.map(read);
    const s = stackModels(parts);
    expect(numCols(s)).toBe(parts.reduce((a, m) => a + numCols(m), 0));
    expect(numRows(s)).toBe(parts.reduce((a, m) => a + numRows(m), 0));
    expect(numNonzeros(s)).toBe(parts.reduce((a, m) => a + numNonzeros(m), 0));
    expect(new Set(s.colNames).size).toBe(numCols(s));
    expect(new Set(s.rowNames).size).toBe(numRows(s));
  });

  it('has the sum of the blocks\u2019 optima as its optimum (independent blocks)', async () => {
    const highs = await loadBackend('highs');
    const s = stackModels(files.map(read));
    const r = highs.solve(s, { mipRelGap: 1e-9 });
    expect(r.termination).toBe('optimal');
    const expected = files.reduce((a, f) => a + manifest.get(f)!.reference_objective, 0);
    // afiro −464.753142857 + sc50a −64.5750770585 + kb2 −1749.90012957 + p0033 3089
    expect(r.objective).toBeCloseTo(expected, 4);
  });

  it('stacking one model twice doubles its objective', async () => {
    const highs = await loadBackend('highs');
    const m = read('lp/blend.mps');
    const one = highs.solve(m);
    const two = highs.solve(stackModels([m, m]));
    expect(two.objective).toBeCloseTo(2 * one.objective!, 6);
  });
});
