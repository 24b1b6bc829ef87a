/**
 * CPLEX LP text for a `LinearModel`, so a user can hand the model to any solver. Output is
 * deterministic (model order, fixed layout) and was checked by reading it back with HiGHS 1.15
 * and CBC 2.10.8.
 *
 * Layout choices (all read identically by HiGHS and CBC):
 * - names are made legal and unique by `lp-names.ts` (`build[pv,2026]` → `build(pv,2026)`);
 * - the objective is `obj:` followed by terms and the constant (`+ 1.5`). CBC 2.10 reads the
 *   constant but leaves it out of the objective it reports; `objectiveConstant: 'fixed-column'`
 *   writes it as `+ 1.5 objective_constant` with `objective_constant = 1` instead, which every
 *   reader honours;
 * - a ranged row `l <= a·x <= u` (l < u, both finite) becomes two rows `<name>_lo: a·x >= l` and
 *   `<name>_up: a·x <= u` (HiGHS rejects the double-inequality form; HiGHS writes ranges the same
 *   way); a row with no finite bound is written as `>= -1e+30`;
 * - bounds: default [0, +inf) is omitted; `x free`; `x = v`; `-inf <= x <= u`; `x >= l`;
 *   `l <= x <= u`; integer columns with bounds [0, 1] go to `Binaries`, other integers to
 *   `Generals`;
 * - numbers use the shortest round-trip form (`number-format.ts`); long lines are wrapped.
 */
import type { LinearModel } from './linear-model.ts';
import { lpNameRegistry } from './lp-names.ts';
import { formatNumber } from './number-format.ts';
import { rowsOf } from './sparse.ts';
import type { UniqueNames } from './unique-names.ts';

export interface LpWriteOptions {
  /** How to write the objective constant; default 'constant'. */
  objectiveConstant?: 'constant' | 'fixed-column';
}

/** Legal, unique LP names of the model's columns and rows (rows: the base name before `_lo`/`_up`). */
export interface LpNames {
  readonly cols: readonly string[];
  readonly rows: readonly string[];
}

const OBJECTIVE_NAME = 'obj';
const CONSTANT_COLUMN = 'objective_constant';
const WRAP_AT = 240;
const FREE_ROW_BOUND = '-1e+30';

/** The names `writeLp` uses, in model order. */
export function lpNames(model: LinearModel): LpNames {
  const colRegistry = lpNameRegistry();
  colRegistry.reserve(CONSTANT_COLUMN);
  const rowRegistry = lpNameRegistry();
  rowRegistry.reserve(OBJECTIVE_NAME);
  const cols = model.colNames.map((name) => colRegistry.claim(name));
  const rows = model.rowNames.map((name, i) =>
    isRanged(model, i) ? rangedBase(rowRegistry, name) : rowRegistry.claim(name),
  );
  return { cols, rows };
}

export function writeLp(model: LinearModel, options: LpWriteOptions = {}): string {
  const names = lpNames(model);
  const out: string[] = [];
  out.push(`\\ Problem: ${model.name.replace(/[\r\n]+/g, ' ')}`);
  out.push(model.sense === 'max' ? 'Maximize' : 'Minimize');
  out.push(objectiveLine(model, names.cols, options.objectiveConstant ?? 'constant'));
  out.push('Subject To');
  writeRows(model, names, out);
  writeBounds(model, names.cols, options.objectiveConstant === 'fixed-column', out);
  writeIntegers(model, names.cols, out);
  out.push('End');
  return `${out.join('\n')}\n`;
}

function objectiveLine(model: LinearModel, cols: readonly string[], constant: 'constant' | 'fixed-column'): string {
  const line = new TermLine(` ${OBJECTIVE_NAME}:`);
  model.colCost.forEach((cost, j) => {
    if (cost !== 0) line.term(cost, cols[j] as string);
  });
  const offset = model.objectiveOffset;
  if (offset !== 0 && constant === 'fixed-column') line.term(offset, CONSTANT_COLUMN);
  if (line.isEmpty() && cols.length > 0) line.term(0, cols[0] as string);
  if (offset !== 0 && constant === 'constant') line.constant(offset);
  return line.text();
}

function writeRows(model: LinearModel, names: LpNames, out: string[]): void {
  const rows = rowsOf(model);
  for (let i = 0; i < model.rowNames.length; i++) {
    const lower = model.rowLower[i] as number;
    const upper = model.rowUpper[i] as number;
    const name = names.rows[i] as string;
    const terms = (label: string): TermLine => {
      const line = new TermLine(` ${label}:`);
      for (let k = rows.start[i] as number; k < (rows.start[i + 1] as number); k++) {
        line.term(rows.value[k] as number, names.cols[rows.index[k] as number] as string);
      }
      if (line.isEmpty() && names.cols.length > 0) line.term(0, names.cols[0] as string);
      return line;
    };
    if (isRanged(model, i)) {
      out.push(terms(`${name}_lo`).text(` >= ${formatNumber(lower)}`));
      out.push(terms(`${name}_up`).text(` <= ${formatNumber(upper)}`));
    } else if (lower === upper) {
      out.push(terms(name).text(` = ${formatNumber(lower)}`));
    } else if (Number.isFinite(lower)) {
      out.push(terms(name).text(` >= ${formatNumber(lower)}`));
    } else if (Number.isFinite(upper)) {
      out.push(terms(name).text(` <= ${formatNumber(upper)}`));
    } else {
      out.push(terms(name).text(` >= ${FREE_ROW_BOUND}`));
    }
  }
}

function writeBounds(model: LinearModel, cols: readonly string[], constantColumn: boolean, out: string[]): void {
  const lines: string[] = [];
  for (let j = 0; j < cols.length; j++) {
    const line = boundLine(model, j, cols[j] as string);
    if (line !== null) lines.push(line);
  }
  if (constantColumn && model.objectiveOffset !== 0) lines.push(` ${CONSTANT_COLUMN} = 1`);
  if (lines.length > 0) out.push('Bounds', ...lines);
}

function boundLine(model: LinearModel, j: number, name: string): string | null {
  const lower = model.colLower[j] as number;
  const upper = model.colUpper[j] as number;
  if (isBinary(model, j)) return null;
  if (lower === 0 && upper === Infinity) return null;
  if (lower === -Infinity && upper === Infinity) return ` ${name} free`;
  if (lower === upper) return ` ${name} = ${formatNumber(lower)}`;
  if (lower === -Infinity) return ` -inf <= ${name} <= ${formatNumber(upper)}`;
  if (upper === Infinity) return ` ${name} >= ${formatNumber(lower)}`;
  return ` ${formatNumber(lower)} <= ${name} <= ${formatNumber(upper)}`;
}

function writeIntegers(model: LinearModel, cols: readonly string[], out: string[]): void {
  const generals: string[] = [];
  const binaries: string[] = [];
  for (let j = 0; j < cols.length; j++) {
    if (model.colInteger[j] !== 1) continue;
    (isBinary(model, j) ? binaries : generals).push(cols[j] as string);
  }
  if (generals.length > 0) out.push('Generals', ...wrapNames(generals));
  if (binaries.length > 0) out.push('Binaries', ...wrapNames(binaries));
}

function wrapNames(names: readonly string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    if (line.length > 0 && line.length + name.length + 1 > WRAP_AT) {
      lines.push(line);
      line = '';
    }
    line += ` ${name}`;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function isRanged(model: LinearModel, i: number): boolean {
  const lower = model.rowLower[i] as number;
  const upper = model.rowUpper[i] as number;
  return Number.isFinite(lower) && Number.isFinite(upper) && lower !== upper;
}

function isBinary(model: LinearModel, j: number): boolean {
  return model.colInteger[j] === 1 && model.colLower[j] === 0 && model.colUpper[j] === 1;
}

/** Claims `<base>`, `<base>_lo` and `<base>_up` together so all three stay unique. */
function rangedBase(registry: UniqueNames, name: string): string {
  for (;;) {
    const base = registry.claim(name);
    const lo = registry.claim(`${base}_lo`);
    const up = registry.claim(`${base}_up`);
    if (lo === `${base}_lo` && up === `${base}_up`) return base;
    name = `${name}~`;
  }
}

/** Accumulates `+ 3 x - y` terms, wrapping long lines with an indented continuation. */
class TermLine {
  private readonly lines: string[] = [];
  private current: string;
  private count = 0;

  constructor(label: string) {
    this.current = label;
  }

  isEmpty(): boolean {
    return this.count === 0;
  }

  term(coef: number, name: string): void {
    const sign = coef < 0 || Object.is(coef, -0) ? '-' : '+';
    const magnitude = Math.abs(coef);
    const body = magnitude === 1 ? name : `${formatNumber(magnitude)} ${name}`;
    this.append(this.count === 0 && sign === '+' ? ` ${body}` : ` ${sign} ${body}`);
    this.count++;
  }

  constant(value: number): void {
    this.append(` ${value < 0 ? '-' : '+'} ${formatNumber(Math.abs(value))}`);
  }

  text(suffix = ''): string {
    return [...this.lines, this.current + suffix].join('\n');
  }

  private append(piece: string): void {
    if (this.current.length + piece.length > WRAP_AT && this.current.trim().length > 0) {
      this.lines.push(this.current);
      this.current = '   ';
    }
    this.current += piece;
  }
}
