/**
 * Accumulator for what an MPS file declares (rows, columns, entries, RHS, ranges, bounds) and
 * its conversion to a `LinearModel`. Methods return an error message (string) instead of
 * throwing, so the parser can attach the line number.
 *
 * Final row bounds from type, rhs b and range R:
 *   E: [b, b] — with R: R > 0 → [b, b + R], R < 0 → [b + R, b], R = 0 → [b, b];
 *   L: (−inf, b] — with R: [b − |R|, b];   G: [b, +inf) — with R: [b, b + |R|].
 * Integer columns from a MARKER block that never receive a bound are binary [0, 1] (HiGHS and
 * lp_solve convention) unless `integerDefault` is 'nonnegative' ([0, +inf)).
 */
import type { LinearModel, ObjectiveSense } from './linear-model.ts';
import { cscFromTriplets } from './sparse.ts';

type RowType = 'E' | 'L' | 'G';

export interface MpsModelOptions {
  /** Bounds of MARKER-block integers that have no BOUNDS entry; default 'binary'. */
  integerDefault?: 'binary' | 'nonnegative';
}

export class MpsData {
  name = '';
  sense: ObjectiveSense = 'min';
  objectiveName: string | null = null;
  private objectiveOffset = 0;
  private objectiveOffsetSet = false;
  private firstFreeRow: string | null = null;
  private readonly freeRows = new Set<string>();
  private readonly rowIndex = new Map<string, number>();
  private readonly rowNames: string[] = [];
  private readonly rowTypes: RowType[] = [];
  private readonly rhs: number[] = [];
  private readonly range: number[] = [];
  private readonly rhsSet: boolean[] = [];
  private readonly rangeSet: boolean[] = [];
  private readonly colIndex = new Map<string, number>();
  private readonly colNames: string[] = [];
  private readonly colCost: number[] = [];
  private readonly colInteger: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly lowerSet: boolean[] = [];
  private readonly upperSet: boolean[] = [];
  private readonly costSet: boolean[] = [];
  private readonly bounded: boolean[] = [];
  private entryRows: number[] = [];
  private entryCols: number[] = [];
  private entryValues: number[] = [];
  /** For each row, the last column that put an entry in it (duplicate detection). */
  private lastColInRow: number[] = [];
  private currentCol = -1;

  addRow(type: 'N' | RowType, name: string): string | null {
    if (this.rowIndex.has(name) || this.freeRows.has(name)) return `duplicate row name ${name}`;
    if (type === 'N') {
      this.freeRows.add(name);
      this.firstFreeRow ??= name;
      return null;
    }
    this.rowIndex.set(name, this.rowNames.length);
    this.rowNames.push(name);
    this.rowTypes.push(type);
    this.rhs.push(0);
    this.range.push(Number.NaN);
    this.lastColInRow.push(-1);
    return null;
  }

  /** Chooses the objective row (OBJNAME or the first N row); call once ROWS is complete. */
  resolveObjective(): string | null {
    if (this.objectiveName !== null && !this.freeRows.has(this.objectiveName)) {
      return `objective row ${this.objectiveName} named in OBJNAME is not an N row`;
    }
    this.objectiveName ??= this.firstFreeRow;
    return null;
  }

  hasColumn(name: string): boolean {
    return this.colIndex.has(name);
  }

  /** Starts (or continues) the COLUMNS block of `name`; returns its index or an error. */
  enterColumn(name: string, integer: boolean): number | string {
    if (name === '') return 'COLUMNS line without a column name';
    if (this.currentCol >= 0 && this.colNames[this.currentCol] === name) return this.currentCol;
    if (this.colIndex.has(name)) return `column ${name} appears again after other columns`;
    this.currentCol = this.newColumn(name, integer);
    return this.currentCol;
  }

  /** The index of a column named in BOUNDS; unknown names become new empty columns (as HiGHS). */
  columnFor(name: string): number {
    return this.colIndex.get(name) ?? this.newColumn(name, false);
  }

  addEntry(col: number, rowName: string, value: number): string | null {
    if (rowName === this.objectiveName) {
      if (this.costSet[col] === true) return `second objective entry for column ${this.colNames[col]}`;
      this.costSet[col] = true;
      this.colCost[col] = value;
      return null;
    }
    if (this.freeRows.has(rowName)) return null;
    const row = this.rowIndex.get(rowName);
    if (row === undefined) return `unknown row ${rowName}`;
    if (this.lastColInRow[row] === col) return `second entry for column ${this.colNames[col]} in row ${rowName}`;
    this.lastColInRow[row] = col;
    if (value !== 0) {
      this.entryRows.push(row);
      this.entryCols.push(col);
      this.entryValues.push(value);
    }
    return null;
  }

  setRhs(rowName: string, value: number): string | null {
    if (rowName === this.objectiveName) {
      if (!this.objectiveOffsetSet) this.objectiveOffset = -value;
      this.objectiveOffsetSet = true;
      return null;
    }
    return this.setRowValue(rowName, value, this.rhs, 'RHS');
  }

  setRange(rowName: string, value: number): string | null {
    if (rowName === this.objectiveName || this.freeRows.has(rowName)) return null;
    return this.setRowValue(rowName, value, this.range, 'RANGES');
  }

  /** Applies one BOUNDS entry (type already validated); duplicates of a side are ignored. */
  applyBound(type: string, col: number, value: number): void {
    const setsLower = type === 'LO' || type === 'FX' || type === 'MI' || type === 'FR' || type === 'BV' || type === 'LI';
    const setsUpper = type === 'UP' || type === 'FX' || type === 'PL' || type === 'FR' || type === 'BV' || type === 'UI';
    if ((setsLower && this.lowerSet[col] === true) || (setsUpper && this.upperSet[col] === true)) return;
    this.bounded[col] = true;
    if (type === 'BV' || type === 'LI' || type === 'UI') this.colInteger[col] = 1;
    const lower = type === 'MI' || type === 'FR' ? -Infinity : type === 'BV' ? 0 : value;
    const upper = type === 'PL' || type === 'FR' ? Infinity : type === 'BV' ? 1 : value;
    if (setsLower) {
      this.lower[col] = lower;
      this.lowerSet[col] = true;
    }
    if (setsUpper) {
      this.upper[col] = upper;
      this.upperSet[col] = true;
      if ((type === 'UP' || type === 'UI') && upper < 0 && this.lowerSet[col] !== true) this.lower[col] = -Infinity;
    }
  }

  toModel(options: MpsModelOptions = {}): LinearModel {
    const numCols = this.colNames.length;
    const binaryDefault = (options.integerDefault ?? 'binary') === 'binary';
    const colUpper = Float64Array.from(this.upper);
    for (let j = 0; j < numCols; j++) {
      if (binaryDefault && this.colInteger[j] === 1 && this.bounded[j] !== true) colUpper[j] = 1;
    }
    const [rowLower, rowUpper] = this.rowBounds();
    return {
      name: this.name,
      sense: this.sense,
      objectiveOffset: this.objectiveOffset,
      colNames: this.colNames,
      colCost: Float64Array.from(this.colCost),
      colLower: Float64Array.from(this.lower),
      colUpper,
      colInteger: Uint8Array.from(this.colInteger),
      rowNames: this.rowNames,
      rowLower,
      rowUpper,
      matrix: cscFromTriplets(
        numCols,
        Int32Array.from(this.entryRows),
        Int32Array.from(this.entryCols),
        Float64Array.from(this.entryValues),
        this.entryValues.length,
      ),
    };
  }

  private rowBounds(): [Float64Array, Float64Array] {
    const n = this.rowNames.length;
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const b = this.rhs[i] as number;
      const r = this.range[i] as number;
      const type = this.rowTypes[i] as RowType;
      const hasRange = !Number.isNaN(r);
      if (type === 'E') {
        lower[i] = hasRange && r < 0 ? b + r : b;
        upper[i] = hasRange && r > 0 ? b + r : b;
      } else if (type === 'L') {
        lower[i] = hasRange ? b - Math.abs(r) : -Infinity;
        upper[i] = b;
      } else {
        lower[i] = b;
        upper[i] = hasRange ? b + Math.abs(r) : Infinity;
      }
    }
    return [lower, upper];
  }

  /** Sets rhs/range of a constraint row unless already set (first value wins); N rows are ignored. */
  private setRowValue(rowName: string, value: number, target: number[], section: 'RHS' | 'RANGES'): string | null {
    if (this.freeRows.has(rowName)) return null;
    const row = this.rowIndex.get(rowName);
    if (row === undefined) return `unknown row ${rowName} in ${section}`;
    const seen = section === 'RHS' ? this.rhsSet : this.rangeSet;
    if (seen[row] !== true) {
      target[row] = value;
      seen[row] = true;
    }
    return null;
  }

  private newColumn(name: string, integer: boolean): number {
    const col = this.colNames.length;
    this.colIndex.set(name, col);
    this.colNames.push(name);
    this.colCost.push(0);
    this.colInteger.push(integer ? 1 : 0);
    this.lower.push(0);
    this.upper.push(Infinity);
    this.lowerSet.push(false);
    this.upperSet.push(false);
    this.costSet.push(false);
    this.bounded.push(false);
    return col;
  }
}
