/**
 * Block-diagonal union of independent models (one block per model, nothing shared): the objective
 * is the sum of the blocks' objectives and each block's optimum is unchanged. Names are prefixed
 * (`f0.build[pv,2026]`) so they stay unique. Used to export a many-factory model as one file (the
 * benchmark anchors compare solvers on a 50-factory file, DESIGN §7).
 */
import type { LinearModel } from './linear-model.ts';

export function stackModels(models: readonly LinearModel[], name = 'stacked', prefix = (i: number) => `f${i}.`): LinearModel {
  const sense = models[0]?.sense ?? 'min';
  if (models.some((m) => m.sense !== sense)) throw new Error('stackModels: every model must have the same objective sense');
  const cols = models.reduce((s, m) => s + m.colNames.length, 0);
  const rows = models.reduce((s, m) => s + m.rowNames.length, 0);
  const nnz = models.reduce((s, m) => s + m.matrix.value.length, 0);
  const colNames: string[] = [];
  const rowNames: string[] = [];
  const colCost = new Float64Array(cols);
  const colLower = new Float64Array(cols);
  const colUpper = new Float64Array(cols);
  const colInteger = new Uint8Array(cols);
  const rowLower = new Float64Array(rows);
  const rowUpper = new Float64Array(rows);
  const start = new Int32Array(cols + 1);
  const index = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let c0 = 0;
  let r0 = 0;
  let k0 = 0;
  models.forEach((m, i) => {
    const p = prefix(i);
    for (const n of m.colNames) colNames.push(p + n);
    for (const n of m.rowNames) rowNames.push(p + n);
    colCost.set(m.colCost, c0);
    colLower.set(m.colLower, c0);
    colUpper.set(m.colUpper, c0);
    colInteger.set(m.colInteger, c0);
    rowLower.set(m.rowLower, r0);
    rowUpper.set(m.rowUpper, r0);
    const n = m.colNames.length;
    for (let j = 0; j < n; j++) start[c0 + j] = k0 + m.matrix.start[j]!;
    for (let k = 0; k < m.matrix.value.length; k++) {
      index[k0 + k] = r0 + m.matrix.index[k]!;
      value[k0 + k] = m.matrix.value[k]!;
    }
    c0 += n;
    r0 += m.rowNames.length;
    k0 += m.matrix.value.length;
  });
  start[cols] = k0;
  return {
    name,
    sense,
    objectiveOffset: models.reduce((s, m) => s + m.objectiveOffset, 0),
    colNames,
    colCost,
    colLower,
    colUpper,
    colInteger,
    rowNames,
    rowLower,
    rowUpper,
    matrix: { start, index, value },
  };
}
