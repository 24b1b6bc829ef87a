/**
 * A copy of a model with rows added (sparse, by column index) and, optionally, its objective scaled:
 * the linking rows of a stochastic program's extensive form (non-anticipativity, CVaR, cuts) are
 * added to stacked scenario blocks this way.
 */
import type { LinearModel } from './linear-model.ts';

export interface RowSpec {
  readonly name: string;
  readonly terms: ReadonlyArray<readonly [col: number, coef: number]>;
  readonly lower: number;
  readonly upper: number;
}

export function appendRows(model: LinearModel, rows: readonly RowSpec[]): LinearModel {
  const n = model.colNames.length;
  const r0 = model.rowNames.length;
  const extra: number[][] = Array.from({ length: n }, () => []);
  rows.forEach((row, i) => {
    for (const [col, coef] of row.terms) if (coef !== 0) extra[col]!.push(r0 + i, coef);
  });
  const added = extra.reduce((s, e) => s + e.length / 2, 0);
  const { start, index, value } = model.matrix;
  const nnz = value.length + added;
  const newStart = new Int32Array(n + 1);
  const newIndex = new Int32Array(nnz);
  const newValue = new Float64Array(nnz);
  let k = 0;
  for (let j = 0; j < n; j++) {
    newStart[j] = k;
    for (let p = start[j]!; p < start[j + 1]!; p++, k++) {
      newIndex[k] = index[p]!;
      newValue[k] = value[p]!;
    }
    const e = extra[j]!;
    for (let p = 0; p < e.length; p += 2, k++) {
      newIndex[k] = e[p]!;
      newValue[k] = e[p + 1]!;
    }
  }
  newStart[n] = k;
  const rowLower = new Float64Array(r0 + rows.length);
  const rowUpper = new Float64Array(r0 + rows.length);
  rowLower.set(model.rowLower);
  rowUpper.set(model.rowUpper);
  rows.forEach((row, i) => {
    rowLower[r0 + i] = row.lower;
    rowUpper[r0 + i] = row.upper;
  });
  return { ...model, rowNames: [...model.rowNames, ...rows.map((r) => r.name)], rowLower, rowUpper, matrix: { start: newStart, index: newIndex, value: newValue } };
}

/** A copy of a model whose objective (costs and constant) is multiplied by k. */
export function scaleObjective(model: LinearModel, k: number): LinearModel {
  return { ...model, colCost: model.colCost.map((c) => c * k), objectiveOffset: model.objectiveOffset * k };
}
