/**
 * The solver-neutral linear model: the single hand-off between formulation, file writers and
 * solver backends. Columns and rows carry stable names (`build[pv_rooftop,2026]`); the matrix is
 * column-compressed (CSC) in typed arrays so it can be fed to HiGHS without copying into text.
 *
 * Row bounds follow the HiGHS convention: every row is `rowLower <= a·x <= rowUpper`, with
 * ±Infinity for a free side (`<=` rows have rowLower = -Infinity, `=` rows have lower = upper).
 */
export type ObjectiveSense = 'min' | 'max';

export interface SparseColumns {
  /** Column j's entries are index/value[start[j] .. start[j+1]); length = numCols + 1. */
  readonly start: Int32Array;
  /** Row index of each nonzero. */
  readonly index: Int32Array;
  /** Coefficient of each nonzero. */
  readonly value: Float64Array;
}

export interface LinearModel {
  readonly name: string;
  readonly sense: ObjectiveSense;
  /** Constant added to the objective (MPS: negative RHS on the objective row). */
  readonly objectiveOffset: number;
  readonly colNames: readonly string[];
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  /** 1 where the column must take an integer value. */
  readonly colInteger: Uint8Array;
  readonly rowNames: readonly string[];
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly matrix: SparseColumns;
  /**
   * A hint for backends about the model's shape. `time_slices`: a large dispatch model over time
   * slices whose coefficients are already of similar size (HiGHS solves such LPs about twice as fast
   * with devex pricing and without its own scaling: benchmarks/suites/hourly.ts).
   */
  readonly structure?: 'time_slices';
}

export const numCols = (m: LinearModel): number => m.colNames.length;
export const numRows = (m: LinearModel): number => m.rowNames.length;
export const numNonzeros = (m: LinearModel): number => m.matrix.value.length;
export const numIntegers = (m: LinearModel): number => m.colInteger.reduce((s, v) => s + v, 0);
export const isMip = (m: LinearModel): boolean => numIntegers(m) > 0;
