/**
 * Structural check of a `LinearModel` before it is handed to a solver: array lengths agree,
 * the CSC matrix is well formed (monotone starts, row indices in range, no repeated row within a
 * column), and no number is NaN (costs and coefficients must be finite). Bounds may be infinite
 * and may even cross (lower > upper): that is an infeasible model, not a malformed one.
 */
import type { LinearModel } from './linear-model.ts';

/** A description of the first problem found, or null if the model is well formed. */
export function modelProblem(model: LinearModel): string | null {
  return shapeProblem(model) ?? matrixProblem(model) ?? numberProblem(model);
}

function shapeProblem(model: LinearModel): string | null {
  const n = model.colNames.length;
  const m = model.rowNames.length;
  const colArrays = { colCost: model.colCost, colLower: model.colLower, colUpper: model.colUpper, colInteger: model.colInteger };
  for (const [name, array] of Object.entries(colArrays)) {
    if (array.length !== n) return `${name} has length ${array.length}, expected ${n} columns`;
  }
  if (model.rowLower.length !== m || model.rowUpper.length !== m) return `row bound arrays do not have ${m} entries`;
  const { start, index, value } = model.matrix;
  if (start.length !== n + 1) return `matrix.start has length ${start.length}, expected ${n + 1}`;
  if (index.length !== value.length) return 'matrix.index and matrix.value differ in length';
  if (start[0] !== 0 || start[n] !== value.length) return 'matrix.start must run from 0 to the number of nonzeros';
  return null;
}

function matrixProblem(model: LinearModel): string | null {
  const { start, index } = model.matrix;
  const m = model.rowNames.length;
  const lastCol = new Int32Array(m).fill(-1);
  for (let j = 0; j < model.colNames.length; j++) {
    const from = start[j] as number;
    const to = start[j + 1] as number;
    if (to < from) return `matrix.start decreases at column ${j}`;
    for (let k = from; k < to; k++) {
      const row = index[k] as number;
      if (!(row >= 0 && row < m)) return `row index ${row} out of range in column ${model.colNames[j]}`;
      if (lastCol[row] === j) return `column ${model.colNames[j]} has two entries in row ${model.rowNames[row]}`;
      lastCol[row] = j;
    }
  }
  return null;
}

function numberProblem(model: LinearModel): string | null {
  if (!Number.isFinite(model.objectiveOffset)) return 'objective offset is not finite';
  const finite = (array: Float64Array, what: string): string | null => {
    const k = array.findIndex((v) => !Number.isFinite(v));
    return k < 0 ? null : `${what} ${k} is ${array[k]}`;
  };
  const notNaN = (array: Float64Array, what: string): string | null => {
    const k = array.findIndex((v) => Number.isNaN(v));
    return k < 0 ? null : `${what} ${k} is NaN`;
  };
  return (
    finite(model.colCost, 'cost of column') ??
    finite(model.matrix.value, 'matrix coefficient') ??
    notNaN(model.colLower, 'lower bound of column') ??
    notNaN(model.colUpper, 'upper bound of column') ??
    notNaN(model.rowLower, 'lower bound of row') ??
    notNaN(model.rowUpper, 'upper bound of row')
  );
}
