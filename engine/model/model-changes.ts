/**
 * What changed between two linear models of the same structure: the part of a re-solve a solver
 * can apply in place (new costs, bounds, right-hand sides, coefficients) instead of building the
 * model again. Two models share a structure when they have the same dimensions, the same sparsity
 * pattern (CSC starts and row indices) and the same integer columns; names are not compared (a
 * backend never sees them).
 */
import type { LinearModel } from './linear-model.ts';

export interface ModelChanges {
  readonly sense: boolean;
  readonly offset: boolean;
  readonly costs: boolean;
  readonly colBounds: boolean;
  readonly rowBounds: boolean;
  /** Positions (into `matrix.value`) of the nonzeros whose value changed. */
  readonly coefficients: readonly number[];
}

const sameInts = (a: Int32Array | Uint8Array, b: Int32Array | Uint8Array): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Same column and row counts, sparsity pattern and integrality. */
export function sameStructure(a: LinearModel, b: LinearModel): boolean {
  return (
    a.colNames.length === b.colNames.length &&
    a.rowNames.length === b.rowNames.length &&
    sameInts(a.matrix.start, b.matrix.start) &&
    sameInts(a.matrix.index, b.matrix.index) &&
    sameInts(a.colInteger, b.colInteger)
  );
}

/** `Object.is` per entry, so a bound moving between −0 and 0 or to NaN counts as a change too. */
const differs = (a: Float64Array, b: Float64Array): boolean => {
  if (a === b) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return true;
  return false;
};

/** The changes from `from` to `to`, two models of the same structure (see `sameStructure`). */
export function modelChanges(from: LinearModel, to: LinearModel): ModelChanges {
  const coefficients: number[] = [];
  const a = from.matrix.value;
  const b = to.matrix.value;
  if (a !== b) for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) coefficients.push(k);
  return {
    sense: from.sense !== to.sense,
    offset: !Object.is(from.objectiveOffset, to.objectiveOffset),
    costs: differs(from.colCost, to.colCost),
    colBounds: differs(from.colLower, to.colLower) || differs(from.colUpper, to.colUpper),
    rowBounds: differs(from.rowLower, to.rowLower) || differs(from.rowUpper, to.rowUpper),
    coefficients,
  };
}

/** Column of each nonzero position (CSC), for applying coefficient changes as (row, column, value). */
export function columnOfNonzero(start: Int32Array, position: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
