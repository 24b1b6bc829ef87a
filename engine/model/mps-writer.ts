/**
 * MPS text for a `LinearModel`: free format by default, fixed format on request when every name
 * and number fits the fixed fields. Output is deterministic and reads back identically with our
 * `mps-reader.ts`, HiGHS and CBC.
 *
 * Conventions written (the same ones the reader applies):
 * - the objective row is `N obj` (renamed `obj_`… if a row already has that name);
 *   `OBJSENSE` section with `MAX` for maximisation;
 * - objective constant c is written as RHS −c on the objective row (CPLEX/HiGHS/CBC convention);
 * - row `l <= a·x <= u`: `E` if l = u, `G` with rhs l if only l is finite, `L` with rhs u if only
 *   u is finite, `G` with rhs l plus RANGES u − l if both are finite and differ. A row with no
 *   finite bound is written as an extra `N` row, which MPS readers drop;
 * - every column appears in COLUMNS (an empty one as `x obj 0`); integer columns sit in
 *   `'MARKER'` `'INTORG'`/`'INTEND'` blocks and always get explicit bounds (`PL` for [0, +inf)),
 *   so the "integer without bounds is binary" rule never applies;
 * - `UP` with a negative value is preceded by an explicit `LO`/`MI` so the "negative UP makes the
 *   lower bound −inf" rule never applies by accident;
 * - free format replaces whitespace in names by `_`, prefixes `_` to names that are section words
 *   (`RHS`, `BOUNDS`, `MAX`, ...: HiGHS would take them for a new section) and makes names unique
 *   with `~2`, ...
 *
 * CoinMpsIO (CBC, CLP) guesses the format line by line and can take free-format lines whose names
 * all fit 8 characters for fixed format: write such models with `format: 'fixed'` for those solvers.
 */
import type { LinearModel } from './linear-model.ts';
import { formatNumber, formatNumberCompact } from './number-format.ts';
import { UniqueNames } from './unique-names.ts';

export interface MpsWriteOptions {
  /** 'free' (default) or 'fixed' (throws if `fixedMpsObstacle` reports a reason). */
  format?: 'free' | 'fixed';
}

type Field = string;

/** Why the model cannot be written as fixed-format MPS, or null if it can. */
export function fixedMpsObstacle(model: LinearModel): string | null {
  const badName = [...model.colNames, ...model.rowNames].find(
    (name) => name.length === 0 || name.length > 8 || name !== name.trim() || /[\t\r\n]/.test(name),
  );
  if (badName !== undefined) return `name "${badName}" does not fit an 8-character fixed MPS field`;
  try {
    writeText(model, true);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function writeMps(model: LinearModel, options: MpsWriteOptions = {}): string {
  if (options.format !== 'fixed') return writeText(model, false);
  const obstacle = fixedMpsObstacle(model);
  if (obstacle !== null) throw new Error(`cannot write fixed MPS: ${obstacle}`);
  return writeText(model, true);
}

/** The MPS text; in fixed format, throws if a number needs more than 12 characters. */
function writeText(model: LinearModel, fixed: boolean): string {
  const cols = fixed ? [...model.colNames] : uniqueFreeNames(model.colNames);
  const rows = fixed ? [...model.rowNames] : uniqueFreeNames(model.rowNames);
  const objective = objectiveName(rows);
  const num = fixed ? fixedNumber : formatNumber;
  const line = fixed ? fixedLine : freeLine;
  const out: string[] = [fixed ? `NAME          ${model.name}` : `NAME ${model.name.replace(/\s+/g, '_')}`];
  if (model.sense === 'max') out.push('OBJSENSE', '    MAX');
  out.push('ROWS', ` N  ${objective}`);
  rows.forEach((name, i) => out.push(` ${rowType(model, i)}  ${name}`));
  out.push('COLUMNS');
  writeColumns(model, cols, rows, objective, num, line, out, fixed);
  writeRhsAndRanges(model, rows, objective, num, line, out);
  writeBounds(model, cols, num, line, out);
  out.push('ENDATA');
  return `${out.join('\n')}\n`;
}

/** Words HiGHS's MPS reader takes as a section start wherever they begin a (trimmed) line. */
const SECTION_WORDS = new Set([
  'NAME', 'OBJSENSE', 'OBJSENCE', 'OBJNAME', 'ROWS', 'COLUMNS', 'RHS', 'RANGES', 'BOUNDS', 'ENDATA', 'MAX', 'MIN',
  'SOS', 'SETS', 'QUADOBJ', 'QMATRIX', 'QSECTION', 'QCMATRIX', 'CSECTION', 'DELAYEDROWS', 'MODELCUTS',
  'INDICATORS', 'GENCONS', 'PWLOBJ', 'PWLNAM', 'PWLCON',
]);

/** Free-format names: whitespace → `_`, a section word gets a leading `_`, duplicates get `~2`, ... */
function uniqueFreeNames(names: readonly string[]): string[] {
  const clean = (name: string): string => {
    const safe = name.length === 0 ? '_' : name.replace(/\s/g, '_');
    return SECTION_WORDS.has(safe.toUpperCase()) ? `_${safe}` : safe;
  };
  const registry = new UniqueNames(clean);
  return names.map((name) => registry.claim(name));
}

function objectiveName(rows: readonly string[]): string {
  const taken = new Set(rows);
  let name = 'obj';
  for (let k = 1; taken.has(name); k++) name = `obj${k}`;
  return name;
}

function rowType(model: LinearModel, i: number): 'E' | 'G' | 'L' | 'N' {
  const lower = model.rowLower[i] as number;
  const upper = model.rowUpper[i] as number;
  if (lower === upper) return 'E';
  if (Number.isFinite(lower)) return 'G';
  return Number.isFinite(upper) ? 'L' : 'N';
}

function writeColumns(
  model: LinearModel, cols: readonly string[], rows: readonly string[], objective: string,
  num: (v: number) => string, line: (fields: readonly Field[]) => string, out: string[], fixed: boolean,
): void {
  const { start, index, value } = model.matrix;
  let inIntegerBlock = false;
  let marker = 0;
  // Free format: names of at most 7 characters (CBC's CoinMpsIO takes a line whose first name has
  // exactly 8 characters for fixed format and then misreads the file).
  const markerName = (n: number) => (fixed ? `MARKER${String(n).padStart(2, '0')}` : `M${n}`);
  for (let j = 0; j < cols.length; j++) {
    const integer = model.colInteger[j] === 1;
    if (integer !== inIntegerBlock) {
      const tag = integer ? "'INTORG'" : "'INTEND'";
      out.push(line(['', markerName(marker++), "'MARKER'", '', tag]));
      inIntegerBlock = integer;
    }
    const name = cols[j] as string;
    const cost = model.colCost[j] as number;
    const first = start[j] as number;
    const last = start[j + 1] as number;
    if (cost !== 0 || first === last) out.push(line(['', name, objective, num(cost)]));
    for (let k = first; k < last; k++) {
      out.push(line(['', name, rows[index[k] as number] as string, num(value[k] as number)]));
    }
  }
  if (inIntegerBlock) out.push(line(['', markerName(marker), "'MARKER'", '', "'INTEND'"]));
}

function writeRhsAndRanges(
  model: LinearModel, rows: readonly string[], objective: string,
  num: (v: number) => string, line: (fields: readonly Field[]) => string, out: string[],
): void {
  const rhs: string[] = [];
  const ranges: string[] = [];
  if (model.objectiveOffset !== 0) rhs.push(line(['', 'RHS', objective, num(-model.objectiveOffset)]));
  rows.forEach((name, i) => {
    const lower = model.rowLower[i] as number;
    const upper = model.rowUpper[i] as number;
    const type = rowType(model, i);
    const value = type === 'L' ? upper : lower;
    if (type !== 'N' && value !== 0) rhs.push(line(['', 'RHS', name, num(value)]));
    if (type === 'G' && Number.isFinite(upper)) ranges.push(line(['', 'RNG', name, num(upper - lower)]));
  });
  out.push('RHS', ...rhs);
  if (ranges.length > 0) out.push('RANGES', ...ranges);
}

function writeBounds(
  model: LinearModel, cols: readonly string[], num: (v: number) => string,
  line: (fields: readonly Field[]) => string, out: string[],
): void {
  const bounds: string[] = [];
  const bound = (type: string, j: number, value?: number): void => {
    const fields = [type, 'BND', cols[j] as string];
    bounds.push(line(value === undefined ? fields : [...fields, num(value)]));
  };
  for (let j = 0; j < cols.length; j++) {
    const lower = model.colLower[j] as number;
    const upper = model.colUpper[j] as number;
    const integer = model.colInteger[j] === 1;
    if (lower === -Infinity && upper === Infinity) bound('FR', j);
    else if (lower === upper) bound('FX', j, lower);
    else {
      if (lower === -Infinity) bound('MI', j);
      else if (lower !== 0 || (upper < 0 && upper !== -Infinity)) bound('LO', j, lower);
      if (upper !== Infinity) bound('UP', j, upper);
      else if (integer) bound('PL', j);
    }
  }
  if (bounds.length > 0) out.push('BOUNDS', ...bounds);
}

/** A number for a 12-character fixed field, or an error naming the value. */
function fixedNumber(value: number): string {
  const text = formatNumberCompact(value);
  if (text.length > 12) throw new Error(`number ${value} needs more than 12 characters`);
  return text;
}

/** Free format: fields separated by single spaces, data lines indented. */
function freeLine(fields: readonly Field[]): string {
  const [type = '', ...rest] = fields;
  return ` ${type.padEnd(2)} ${rest.filter((f) => f !== '').join(' ')}`;
}

/** Fixed format: fields in columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61. */
function fixedLine(fields: readonly Field[]): string {
  const [type = '', name1 = '', name2 = '', value1 = '', name3 = ''] = fields;
  const text = ` ${type.padEnd(2)} ${name1.padEnd(8)}  ${name2.padEnd(8)}  ${value1.padStart(12)}   ${name3}`;
  return text.trimEnd();
}
