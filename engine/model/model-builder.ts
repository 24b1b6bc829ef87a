/**
 * Incremental builder for a `LinearModel`, used by the formulation units. Variables and
 * constraints are added by stable name (`build[pv_rooftop,2026]`, `net_emissions_cap[2030]`) and
 * referred to by the integer index returned on creation.
 *
 * Hot path: terms are appended to growable typed arrays (no per-entry objects); duplicate
 * columns within one row are merged with a scratch position array and exact zeros dropped;
 * `build()` produces the CSC matrix with one counting sort. ~100k nonzeros take milliseconds.
 *
 * Programming errors (duplicate names, unknown column index, NaN coefficients) throw: they are
 * bugs in the formulation, not bad user input.
 */
import type { LinearModel, ObjectiveSense } from './linear-model.ts';
import { cscFromTriplets } from './sparse.ts';

export type ConstraintSense = '<=' | '>=' | '=';

export interface VariableOptions {
  /** Lower bound; default 0. Use -Infinity for a free direction. */
  lower?: number;
  /** Upper bound; default +Infinity. */
  upper?: number;
  /** Objective coefficient; default 0 (more can be added with `addObjectiveTerm`). */
  cost?: number;
  /** Integer-valued column; default false. */
  integer?: boolean;
}

export interface ModelBuilderOptions {
  name?: string;
  sense?: ObjectiveSense;
  /**
   * Check every name for uniqueness as it is added (default true). Generators whose names are
   * unique by construction (the formulation, tested for it) turn this off on the hot path; the
   * name → index maps are then built on the first lookup.
   */
  checkNames?: boolean;
}

/** A constraint term: [column index, coefficient]. */
export type Term = readonly [col: number, coef: number];

/** Growable Float64Array / Int32Array pair storage. */
class GrowableNumbers<T extends Float64Array | Int32Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (n: number) => T, capacity = 64) {
    this.data = make(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  grow(minCapacity: number): void {
    const bigger = this.make(Math.max(minCapacity, this.data.length * 2));
    bigger.set(this.data);
    this.data = bigger;
  }
  /** Trimmed copy of the first `length` values. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export class ModelBuilder {
  private readonly name: string;
  private sense: ObjectiveSense;
  private offset = 0;
  private readonly colNames: string[] = [];
  private readonly rowNames: string[] = [];
  private colIndexByName = new Map<string, number>();
  private rowIndexByName = new Map<string, number>();
  private readonly checkNames: boolean;
  private readonly colCost = new GrowableNumbers((n) => new Float64Array(n));
  private readonly colLower = new GrowableNumbers((n) => new Float64Array(n));
  private readonly colUpper = new GrowableNumbers((n) => new Float64Array(n));
  private readonly colInteger = new GrowableNumbers((n) => new Int32Array(n));
  private readonly rowLower = new GrowableNumbers((n) => new Float64Array(n));
  private readonly rowUpper = new GrowableNumbers((n) => new Float64Array(n));
  private readonly termRow = new GrowableNumbers((n) => new Int32Array(n), 256);
  private readonly termCol = new GrowableNumbers((n) => new Int32Array(n), 256);
  private readonly termValue = new GrowableNumbers((n) => new Float64Array(n), 256);
  /** Scratch: position of column j's term in the row being added, or -1. */
  private slotOfCol = new Int32Array(64).fill(-1);

  constructor(options: ModelBuilderOptions = {}) {
    this.name = options.name ?? 'lingtan';
    this.sense = options.sense ?? 'min';
    this.checkNames = options.checkNames ?? true;
  }

  get numCols(): number {
    return this.colNames.length;
  }

  get numRows(): number {
    return this.rowNames.length;
  }

  get numNonzeros(): number {
    return this.termValue.length;
  }

  setSense(sense: ObjectiveSense): void {
    this.sense = sense;
  }

  /** Sets the constant term of the objective (replaces any earlier value). */
  setObjectiveOffset(offset: number): void {
    assertNumber(offset, 'objective offset');
    this.offset = offset;
  }

  /** Adds a column and returns its index. Throws on a duplicate name or NaN bound/cost. */
  addVariable(name: string, options: VariableOptions = {}): number {
    const lower = options.lower ?? 0;
    const upper = options.upper ?? Infinity;
    const cost = options.cost ?? 0;
    assertNumber(lower, `lower bound of ${name}`);
    assertNumber(upper, `upper bound of ${name}`);
    if (!Number.isFinite(cost)) throw new Error(`cost of variable ${name} must be finite, got ${cost}`);
    if (lower === Infinity || upper === -Infinity) {
      throw new Error(`variable ${name} has an impossible bound [${lower}, ${upper}]`);
    }
    const col = this.colNames.length;
    if (this.checkNames) {
      if (this.colIndexByName.has(name)) throw new Error(`duplicate variable name ${name}`);
      this.colIndexByName.set(name, col);
    }
    this.colNames.push(name);
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.colInteger.push(options.integer === true ? 1 : 0);
    if (col >= this.slotOfCol.length) {
      const bigger = new Int32Array(this.slotOfCol.length * 2).fill(-1);
      bigger.set(this.slotOfCol);
      this.slotOfCol = bigger;
    }
    return col;
  }

  /** Adds `coef` to the objective coefficient of `col`. */
  addObjectiveTerm(col: number, coef: number): void {
    this.checkCol(col);
    if (!Number.isFinite(coef)) throw new Error(`objective coefficient must be finite, got ${coef}`);
    this.colCost.data[col]! += coef;
  }

  /** Adds `terms sense rhs` and returns the row index. */
  addConstraint(name: string, terms: Iterable<Term>, sense: ConstraintSense, rhs: number): number {
    assertNumber(rhs, `right-hand side of ${name}`);
    const lower = sense === '<=' ? -Infinity : rhs;
    const upper = sense === '>=' ? Infinity : rhs;
    return this.addRangeConstraint(name, terms, lower, upper);
  }

  /** Adds `lower <= terms <= upper` (either side may be infinite) and returns the row index. */
  addRangeConstraint(name: string, terms: Iterable<Term>, lower: number, upper: number): number {
    assertNumber(lower, `lower bound of ${name}`);
    assertNumber(upper, `upper bound of ${name}`);
    if (this.checkNames && this.rowIndexByName.has(name)) throw new Error(`duplicate constraint name ${name}`);
    const row = this.rowNames.length;
    const first = this.termValue.length;
    try {
      for (const [col, coef] of terms) this.appendTerm(row, col, coef, name);
    } catch (error) {
      this.truncateTerms(first);
      throw error;
    }
    this.compactRow(first);
    if (this.checkNames) this.rowIndexByName.set(name, row);
    this.rowNames.push(name);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return row;
  }

  columnIndex(name: string): number | undefined {
    if (!this.checkNames && this.colIndexByName.size !== this.colNames.length) {
      this.colIndexByName = new Map(this.colNames.map((n, i) => [n, i]));
    }
    return this.colIndexByName.get(name);
  }

  rowIndex(name: string): number | undefined {
    if (!this.checkNames && this.rowIndexByName.size !== this.rowNames.length) {
      this.rowIndexByName = new Map(this.rowNames.map((n, i) => [n, i]));
    }
    return this.rowIndexByName.get(name);
  }

  /** Produces an immutable snapshot; the builder can keep growing afterwards. */
  build(): LinearModel {
    const numCols = this.colNames.length;
    const integer = new Uint8Array(numCols);
    for (let j = 0; j < numCols; j++) integer[j] = this.colInteger.data[j] as number;
    return {
      name: this.name,
      sense: this.sense,
      objectiveOffset: this.offset,
      colNames: [...this.colNames],
      colCost: this.colCost.toArray(),
      colLower: this.colLower.toArray(),
      colUpper: this.colUpper.toArray(),
      colInteger: integer,
      rowNames: [...this.rowNames],
      rowLower: this.rowLower.toArray(),
      rowUpper: this.rowUpper.toArray(),
      matrix: cscFromTriplets(
        numCols,
        this.termRow.data,
        this.termCol.data,
        this.termValue.data,
        this.termValue.length,
      ),
    };
  }

  /** Appends one term, adding into an earlier term of the same column in this row. */
  private appendTerm(row: number, col: number, coef: number, rowName: string): void {
    this.checkCol(col);
    if (!Number.isFinite(coef)) {
      throw new Error(`coefficient of column ${this.colNames[col]} in ${rowName} must be finite, got ${coef}`);
    }
    const slot = this.slotOfCol[col] as number;
    if (slot >= 0) {
      this.termValue.data[slot]! += coef;
      return;
    }
    this.slotOfCol[col] = this.termValue.length;
    this.termRow.push(row);
    this.termCol.push(col);
    this.termValue.push(coef);
  }

  /** Clears the scratch slots of the row started at `first` and removes exact zeros. */
  private compactRow(first: number): void {
    const cols = this.termCol.data;
    const values = this.termValue.data;
    const rows = this.termRow.data;
    let kept = first;
    for (let k = first; k < this.termValue.length; k++) {
      this.slotOfCol[cols[k] as number] = -1;
      if (values[k] === 0) continue;
      cols[kept] = cols[k] as number;
      values[kept] = values[k] as number;
      rows[kept] = rows[k] as number;
      kept++;
    }
    this.termCol.length = kept;
    this.termValue.length = kept;
    this.termRow.length = kept;
  }

  /** Drops the terms of a row that failed half-way, leaving the builder as before the call. */
  private truncateTerms(first: number): void {
    for (let k = first; k < this.termCol.length; k++) this.slotOfCol[this.termCol.data[k] as number] = -1;
    this.termCol.length = first;
    this.termValue.length = first;
    this.termRow.length = first;
  }

  private checkCol(col: number): void {
    if (!Number.isInteger(col) || col < 0 || col >= this.colNames.length) {
      throw new Error(`unknown column index ${col} (model has ${this.colNames.length} columns)`);
    }
  }
}

function assertNumber(value: number, what: string): void {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`${what} must be a number, got ${value}`);
}
