/**
 * MPS section parser (fixed or free format): turns meaningful lines into raw row, column, bound
 * and triplet data (`MpsData`). Rules follow the CPLEX/HiGHS/CBC conventions:
 *
 * - NAME rest-of-line; OBJSENSE (section or same line: MIN/MAX/MINIMIZE/MAXIMIZE); OBJNAME
 *   (section or same line) picks the objective among the N rows, else the first N row is the
 *   objective and further N rows are free rows whose entries are ignored (dsbmip has 672);
 * - COLUMNS may contain `'MARKER'` `'INTORG'`/`'INTEND'` blocks; explicit zeros register the
 *   column but store nothing; a column must be contiguous; a repeated (column, row) entry is an error;
 * - RHS and RANGES set names are ignored; the first value given for a row wins (as HiGHS);
 *   RHS on the objective row is stored as objective constant −value;
 * - BOUNDS types UP LO FX FR MI PL BV LI UI; the first lower / upper bound given wins (as HiGHS);
 *   UP/UI with a negative value on a column without an explicit lower bound sets the lower bound
 *   to −inf (CPLEX/CBC rule); SC/SI and quadratic/SOS/indicator sections are rejected;
 * - numbers with |value| >= 1e30 in RHS, RANGES and BOUNDS mean ±infinity.
 *
 * Errors are thrown as `MpsSyntaxError` and turned into a result by `mps-reader.ts`.
 */
import type { ObjectiveSense } from './linear-model.ts';
import { type MpsFormat, type MpsLine, fixedFields, freeTokens, isHeader, parseMpsNumber } from './mps-fields.ts';
import { MpsData } from './mps-data.ts';

export class MpsSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

type Section = 'none' | 'objsense' | 'objname' | 'rows' | 'columns' | 'rhs' | 'ranges' | 'bounds';

const UNSUPPORTED = new Set([
  'SOS', 'SETS', 'QUADOBJ', 'QMATRIX', 'QSECTION', 'QCMATRIX', 'CSECTION', 'INDICATORS',
  'DELAYEDROWS', 'LAZYCONS', 'USERCUTS', 'MODELCUTS', 'GENCONS', 'PWLOBJ', 'PWLNAM', 'PWLCON', 'BRANCH',
]);
const VALUED_BOUNDS = new Set(['UP', 'LO', 'FX', 'LI', 'UI']);
const BARE_BOUNDS = new Set(['FR', 'MI', 'PL', 'BV']);
const INFINITE_AT = 1e30;

export function parseMps(lines: readonly MpsLine[], format: MpsFormat): MpsData {
  return new MpsParser(format).run(lines);
}

class MpsParser {
  private section: Section = 'none';
  private readonly data = new MpsData();
  private lineNo = 0;
  private inIntegerBlock = false;
  private seenColumns = false;

  constructor(private readonly format: MpsFormat) {}

  run(lines: readonly MpsLine[]): MpsData {
    for (const line of lines) {
      this.lineNo = line.number;
      if (isHeader(line.text)) {
        if (this.header(line.text) === 'end') return this.data;
      } else {
        this.dataLine(line.text);
      }
    }
    return this.data;
  }

  private fail(message: string): never {
    throw new MpsSyntaxError(this.lineNo, message);
  }

  private header(text: string): 'end' | 'continue' {
    const tokens = freeTokens(text);
    const keyword = (tokens[0] ?? '').toUpperCase();
    if (keyword === 'ENDATA') return 'end';
    if (UNSUPPORTED.has(keyword)) this.fail(`section ${keyword} is not supported (linear models only)`);
    switch (keyword) {
      case 'NAME':
        this.data.name = text.slice(4).trim();
        this.section = 'none';
        break;
      case 'OBJSENSE':
        if (tokens[1] !== undefined) this.setSense(tokens[1]);
        this.section = 'objsense';
        break;
      case 'OBJSENCE':
        this.fail('misspelt section OBJSENCE (expected OBJSENSE)');
        break;
      case 'OBJNAME':
        if (tokens[1] !== undefined) this.data.objectiveName = tokens[1];
        this.section = 'objname';
        break;
      case 'ROWS':
        this.section = 'rows';
        break;
      case 'COLUMNS':
        if (this.seenColumns) this.fail('second COLUMNS section');
        this.seenColumns = true;
        this.fixObjective();
        this.section = 'columns';
        break;
      case 'RHS':
      case 'RANGES':
      case 'BOUNDS':
        if (!this.seenColumns) this.fixObjective();
        this.section = keyword === 'RHS' ? 'rhs' : keyword === 'RANGES' ? 'ranges' : 'bounds';
        break;
      default:
        this.fail(`unknown section ${tokens[0] ?? ''}`);
    }
    return 'continue';
  }

  private dataLine(text: string): void {
    switch (this.section) {
      case 'objsense':
        return this.setSense(freeTokens(text)[0] ?? '');
      case 'objname':
        this.data.objectiveName = freeTokens(text)[0] ?? '';
        return;
      case 'rows':
        return this.rowLine(text);
      case 'columns':
        return this.columnLine(text);
      case 'rhs':
      case 'ranges':
        return this.rhsOrRangeLine(text, this.section);
      case 'bounds':
        return this.boundLine(text);
      default:
        this.fail('data line outside a section');
    }
  }

  private setSense(word: string): void {
    const sense: ObjectiveSense | undefined = { MIN: 'min', MINIMIZE: 'min', MAX: 'max', MAXIMIZE: 'max' }[
      word.toUpperCase()
    ] as ObjectiveSense | undefined;
    if (sense === undefined) this.fail(`unknown objective sense ${word}`);
    this.data.sense = sense;
  }

  private fixObjective(): void {
    const problem = this.data.resolveObjective();
    if (problem !== null) this.fail(problem);
  }

  private fields(text: string): string[] {
    if (this.format === 'free') return freeTokens(text);
    const gaps = [3, 12, 13, 22, 23, 47, 48].filter((i) => text[i] !== undefined && text[i] !== ' ');
    if (gaps.length > 0) this.fail(`text in column ${(gaps[0] as number) + 1}, between fixed-format fields`);
    return fixedFields(text);
  }

  private rowLine(text: string): void {
    const f = this.fields(text);
    if (this.format === 'free' && f.length !== 2) {
      this.fail(`ROWS line needs a type and one name, got ${f.length} fields`);
    }
    const type = (f[0] ?? '').toUpperCase();
    const name = f[1] ?? '';
    if (this.format === 'fixed' && (f[2] !== '' || f[3] !== '' || f[4] !== '' || f[5] !== '')) {
      this.fail('ROWS line has text after the name field (columns 5-12)');
    }
    if (name === '') this.fail('ROWS line without a row name');
    if (type !== 'N' && type !== 'E' && type !== 'L' && type !== 'G') this.fail(`unknown row type ${f[0]}`);
    const problem = this.data.addRow(type, name);
    if (problem !== null) this.fail(problem);
  }

  private columnLine(text: string): void {
    const f = this.fields(text);
    if (f[this.format === 'free' ? 1 : 2] === "'MARKER'") return this.marker(text);
    const pairs = this.format === 'free' ? freePairs(f, 1, (n) => n === 3 || n === 5) : fixedPairs(f);
    if (pairs === null) this.fail(`COLUMNS line needs a column and 1 or 2 (row, value) pairs`);
    const col = this.data.enterColumn(f[this.format === 'free' ? 0 : 1] ?? '', this.inIntegerBlock);
    if (typeof col === 'string') this.fail(col);
    for (const [row, valueText] of pairs) {
      const problem = this.data.addEntry(col, row, this.number(valueText));
      if (problem !== null) this.fail(problem);
    }
  }

  private marker(text: string): void {
    const upper = text.toUpperCase();
    if (upper.includes("'INTORG'")) {
      if (this.inIntegerBlock) this.fail("'INTORG' marker inside an integer block");
      this.inIntegerBlock = true;
    } else if (upper.includes("'INTEND'")) {
      if (!this.inIntegerBlock) this.fail("'INTEND' marker without 'INTORG'");
      this.inIntegerBlock = false;
    } else {
      this.fail("'MARKER' line without 'INTORG' or 'INTEND'");
    }
  }

  private rhsOrRangeLine(text: string, section: 'rhs' | 'ranges'): void {
    const f = this.fields(text);
    const pairs =
      this.format === 'free'
        ? freePairs(f, f.length % 2 === 0 ? 0 : 1, (n) => n >= 2 && n <= 5)
        : fixedPairs(f);
    if (pairs === null) this.fail(`${section.toUpperCase()} line needs 1 or 2 (row, value) pairs`);
    for (const [row, valueText] of pairs) {
      const value = infinite(this.number(valueText));
      const problem = section === 'rhs' ? this.data.setRhs(row, value) : this.data.setRange(row, value);
      if (problem !== null) this.fail(problem);
    }
  }

  private boundLine(text: string): void {
    const f = this.fields(text);
    const type = (f[0] ?? '').toUpperCase();
    if (type === 'SC' || type === 'SI') this.fail(`bound type ${type} (semi-continuous) is not supported`);
    if (!VALUED_BOUNDS.has(type) && !BARE_BOUNDS.has(type)) this.fail(`unknown bound type ${f[0]}`);
    const [colName, valueText] = this.format === 'free' ? this.freeBound(type, f.slice(1)) : [f[2] ?? '', f[3] ?? ''];
    if (colName === '') this.fail(`${type} bound without a column name`);
    if (VALUED_BOUNDS.has(type) && valueText === '') this.fail(`${type} bound on ${colName} without a value`);
    const value = VALUED_BOUNDS.has(type) ? infinite(this.number(valueText)) : 0;
    this.data.applyBound(type, this.data.columnFor(colName), value);
  }

  /** Free-format bound fields after the type: [set] column [value]. */
  private freeBound(type: string, rest: string[]): [string, string] {
    if (VALUED_BOUNDS.has(type)) {
      if (rest.length === 3) return [rest[1] as string, rest[2] as string];
      if (rest.length === 2) return [rest[0] as string, rest[1] as string];
      this.fail(`${type} bound needs [set] column value, got ${rest.length} fields`);
    }
    if (rest.length === 1) return [rest[0] as string, ''];
    if (rest.length === 2) return this.data.hasColumn(rest[1] as string) || !this.data.hasColumn(rest[0] as string)
      ? [rest[1] as string, '']
      : [rest[0] as string, ''];
    if (rest.length === 3) return [rest[1] as string, ''];
    return this.fail(`${type} bound needs [set] column, got ${rest.length} fields`);
  }

  private number(text: string): number {
    const value = parseMpsNumber(text);
    if (value === null) this.fail(`malformed number "${text}"`);
    return value;
  }
}

/** (row, value) pairs from free tokens starting at `from`; null if the token count is wrong. */
function freePairs(tokens: string[], from: number, countOk: (n: number) => boolean): Array<[string, string]> | null {
  if (!countOk(tokens.length) || (tokens.length - from) % 2 !== 0) return null;
  const pairs: Array<[string, string]> = [];
  for (let k = from; k < tokens.length; k += 2) pairs.push([tokens[k] as string, tokens[k + 1] as string]);
  return pairs;
}

/** (row, value) pairs from fixed fields 3-4 and 5-6; null if the first pair is missing. */
function fixedPairs(f: string[]): Array<[string, string]> | null {
  if ((f[2] ?? '') === '' || (f[3] ?? '') === '') return null;
  const pairs: Array<[string, string]> = [[f[2] as string, f[3] as string]];
  if ((f[4] ?? '') !== '' || (f[5] ?? '') !== '') {
    if ((f[4] ?? '') === '' || (f[5] ?? '') === '') return null;
    pairs.push([f[4] as string, f[5] as string]);
  }
  return pairs;
}

function infinite(value: number): number {
  if (value >= INFINITE_AT) return Infinity;
  if (value <= -INFINITE_AT) return -Infinity;
  return value;
}
