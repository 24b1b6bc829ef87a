/**
 * Sparse-matrix helpers shared by the model builder, the MPS reader, the file writers and the
 * solver adapters: triplets -> CSC (counting sort, no per-entry objects), CSC -> CSR (transpose)
 * and matrix-vector products.
 *
 * Terms: CSC = compressed sparse columns (`LinearModel.matrix`); CSR = compressed sparse rows,
 * the same numbers grouped by row (what LP text and row activities need).
 */
import type { LinearModel, SparseColumns } from './linear-model.ts';

/** Row-compressed view of a matrix: row i's entries are index/value[start[i] .. start[i+1]). */
export interface SparseRows {
  /** Length numRows + 1. */
  readonly start: Int32Array;
  /** Column index of each nonzero. */
  readonly index: Int32Array;
  /** Coefficient of each nonzero. */
  readonly value: Float64Array;
}

/**
 * Groups `count` triplets (row, col, value) by column with a stable counting sort, so entries keep
 * their insertion order within each column (the builder appends row by row, so rows come out
 * ascending). O(nnz + numCols); duplicates are kept as given (callers merge them first).
 */
export function cscFromTriplets(
  numCols: number,
  rows: Int32Array,
  cols: Int32Array,
  values: Float64Array,
  count: number,
): SparseColumns {
  const start = new Int32Array(numCols + 1);
  for (let k = 0; k < count; k++) start[(cols[k] as number) + 1]! += 1;
  for (let j = 0; j < numCols; j++) start[j + 1]! += start[j] as number;
  const next = start.slice(0, numCols);
  const index = new Int32Array(count);
  const value = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const col = cols[k] as number;
    const at = next[col] as number;
    index[at] = rows[k] as number;
    value[at] = values[k] as number;
    next[col] = at + 1;
  }
  return { start, index, value };
}

/** Transposes the model's CSC matrix into rows (columns ascending within each row). */
export function rowsOf(model: LinearModel): SparseRows {
  const numRows = model.rowNames.length;
  const numCols = model.colNames.length;
  const { start: cStart, index: cIndex, value: cValue } = model.matrix;
  const nnz = cValue.length;
  const start = new Int32Array(numRows + 1);
  for (let k = 0; k < nnz; k++) start[(cIndex[k] as number) + 1]! += 1;
  for (let i = 0; i < numRows; i++) start[i + 1]! += start[i] as number;
  const next = start.slice(0, numRows);
  const index = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  for (let j = 0; j < numCols; j++) {
    for (let k = cStart[j] as number; k < (cStart[j + 1] as number); k++) {
      const row = cIndex[k] as number;
      const at = next[row] as number;
      index[at] = j;
      value[at] = cValue[k] as number;
      next[row] = at + 1;
    }
  }
  return { start, index, value };
}

/** Row activities A·x for a column vector x (length numCols). */
export function rowActivities(model: LinearModel, x: Float64Array): Float64Array {
  const activity = new Float64Array(model.rowNames.length);
  const { start, index, value } = model.matrix;
  for (let j = 0; j < model.colNames.length; j++) {
    const xj = x[j] as number;
    if (xj === 0) continue;
    for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
      activity[index[k] as number]! += (value[k] as number) * xj;
    }
  }
  return activity;
}

/** Objective value offset + c·x (the quantity both backends report as `objective`). */
export function objectiveValue(model: LinearModel, x: Float64Array): number {
  let total = model.objectiveOffset;
  for (let j = 0; j < model.colCost.length; j++) total += (model.colCost[j] as number) * (x[j] as number);
  return total;
}
