/**
 * A population as CSV (header `id,sector,province,outputScaleFraction`), read with `csv-parse`
 * within budgets applied while reading: at most `maxRows` factories (one more and reading stops),
 * reading stops at the first malformed line or after `maxIssues` invalid rows, every line has
 * exactly the header's cells, and the header names exactly the four columns. So a hostile CSV
 * costs at most `maxRows` rows of work, whatever its size. Streams (a request body) and strings
 * (a file, a JSON field) are read alike.
 */
import { parse as parseStream, CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { PopulationRowSchema, type PopulationRow } from './population-row.ts';

export const POPULATION_COLUMNS = ['id', 'sector', 'province', 'outputScaleFraction'] as const;

export interface PopulationCsvLimits {
  readonly maxRows: number;
  /** Invalid rows listed before reading stops. */
  readonly maxIssues: number;
}

export const DEFAULT_CSV_LIMITS: PopulationCsvLimits = { maxRows: 1_000_000, maxIssues: 20 };

/** Bytes handed to the parser at a time. */
const SLICE_BYTES = 16 * 1024;

/** Longest line, characters (a row is about 50). */
const MAX_RECORD_SIZE = 4096;

const OPTIONS = { bom: true, comment: '#', trim: true, skip_empty_lines: true, max_record_size: MAX_RECORD_SIZE } as const satisfies Options;

/** Raised inside the parser to stop reading (the reader holds why). */
class Stop extends Error {}

/** Folds records into rows and issues; `stopped` once a budget is spent. */
class Reader {
  readonly rows: PopulationRow[] = [];
  readonly issues: Issue[] = [];
  private readonly ids = new Map<string, number>();
  private columns: readonly string[] | null = null;
  tooMany = false;
  syntax: string | null = null;

  constructor(private readonly limits: PopulationCsvLimits) {}

  get stopped(): boolean {
    return this.tooMany || this.syntax !== null || this.issues.length >= this.limits.maxIssues;
  }

  /** The first line: exactly the four columns, in any order. */
  header(cells: readonly string[]): void {
    const unknown = cells.filter((c) => !(POPULATION_COLUMNS as readonly string[]).includes(c));
    const missing = POPULATION_COLUMNS.filter((c) => !cells.includes(c));
    const repeated = cells.filter((c, i) => cells.indexOf(c) !== i);
    if (unknown.length > 0 || missing.length > 0 || repeated.length > 0) {
      const what = [
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        unknown.length > 0 ? `unknown ${unknown.slice(0, 5).map((c) => JSON.stringify(c.slice(0, 40))).join(', ')}${unknown.length > 5 ? ', …' : ''}` : '',
        repeated.length > 0 ? `repeated ${[...new Set(repeated)].slice(0, 5).join(', ')}` : '',
      ].filter((x) => x !== '');
      this.syntax = `the CSV header must name the columns ${POPULATION_COLUMNS.join(',')} (${what.join('; ')})`;
      return;
    }
    this.columns = cells;
  }

  record(cells: readonly string[], line: number): void {
    if (this.columns === null) return this.header(cells);
    const index = this.rows.length + this.issues.length;
    if (index >= this.limits.maxRows) {
      this.tooMany = true;
      return;
    }
    const raw: Record<string, string | number> = {};
    this.columns.forEach((c, i) => {
      const v = cells[i] ?? '';
      raw[c] = c === 'outputScaleFraction' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    });
    const parsed = PopulationRowSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      this.issues.push({ path: `[${index}].${String(first.path[0] ?? '')}`, message: `line ${line}: ${first.message}` });
      return;
    }
    const before = this.ids.get(parsed.data.id);
    if (before !== undefined) {
      this.issues.push({ path: `[${index}].id`, message: `line ${line}: duplicate id "${parsed.data.id.slice(0, 60)}" (first on line ${before})` });
      return;
    }
    this.ids.set(parsed.data.id, line);
    this.rows.push(parsed.data);
  }

  result(): Result<PopulationRow[]> {
    if (this.syntax !== null) return fail({ code: 'scenario_syntax', message: this.syntax });
    if (this.tooMany) return fail({ code: 'input_too_large', message: `more than ${this.limits.maxRows} factories (this server's limit); reading stopped there` });
    if (this.issues.length > 0) {
      const all = this.issues.length >= this.limits.maxIssues ? `the first ${this.issues.length} problems; reading stopped there` : `${this.issues.length} problem${this.issues.length > 1 ? 's' : ''}`;
      return fail({ code: this.issues.every((i) => i.message.includes('duplicate id')) ? 'scenario_inconsistent' : 'scenario_invalid', message: `invalid population (${all})`, issues: this.issues });
    }
    if (this.columns === null) return fail({ code: 'scenario_syntax', message: `the CSV header must name the columns ${POPULATION_COLUMNS.join(',')}` });
    if (this.rows.length === 0) return fail({ code: 'scenario_invalid', message: 'a population needs at least one factory', issues: [{ path: '(root)', message: 'no factory rows after the header' }] });
    return ok(this.rows);
  }

  malformed(error: unknown): void {
    const lines = (error as { lines?: unknown }).lines;
    const line = typeof lines === 'number' ? ` (line ${lines})` : '';
    this.syntax = error instanceof CsvError && (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' || error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH')
      ? `not valid CSV${line}: every line must have the ${this.columns?.length ?? POPULATION_COLUMNS.length} cells of the header`
      : `not valid CSV${line}: ${(error as Error).message.split('\n')[0]!.slice(0, 200)}`;
  }
}

/** A population from CSV text (a file, a JSON field). Never throws. */
export function parsePopulationCsv(text: string, limits: PopulationCsvLimits = DEFAULT_CSV_LIMITS): Result<PopulationRow[]> {
  const reader = new Reader(limits);
  try {
    parseSync(text, {
      ...OPTIONS,
      on_record: (record: string[], context) => {
        reader.record(record, context.lines);
        if (reader.stopped) throw new Stop();
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof Stop)) reader.malformed(error);
  }
  return reader.result();
}

/** What `readPopulationCsv` saw: the population (or why not), the bytes read, and whether it read to the end. */
export interface PopulationCsvRead {
  readonly result: Result<PopulationRow[]>;
  readonly bytes: number;
  /** false: reading stopped at a spent budget; the rest of the stream was left unread. */
  readonly complete: boolean;
}

/** The part of a readable stream the reader uses (a request body). */
export interface ByteSource {
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeAllListeners(event: string): unknown;
  pause(): unknown;
  resume(): unknown;
}

/**
 * A population from a stream of CSV (a request body as it arrives). As soon as a budget is spent
 * (rows, issues, `maxBytes`) reading stops: the stream is paused and left to its owner, who can
 * still answer on the same connection.
 */
export function readPopulationCsv(source: ByteSource, limits: PopulationCsvLimits & { readonly maxBytes: number }): Promise<PopulationCsvRead> {
  const reader = new Reader(limits);
  const parser = parseStream({ ...OPTIONS, info: true });
  let bytes = 0;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (complete: boolean) => {
      if (settled) return;
      settled = true;
      source.removeAllListeners('data');
      source.pause();
      parser.removeAllListeners('data');
      parser.destroy();
      resolve({ result: reader.result(), bytes, complete });
    };
    parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
      reader.record(record, info.lines);
      if (reader.stopped) finish(false);
    });
    parser.on('error', (error) => {
      reader.malformed(error);
      finish(false);
    });
    parser.on('end', () => finish(true));
    parser.on('drain', () => source.resume());
    source.on('data', (chunk) => {
      if (settled) return;
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (bytes > limits.maxBytes) return finish(false);
      // In slices: the parser works through what it is given at once, so a spent budget stops it within a slice.
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      let flowing = true;
      for (let at = 0; at < buffer.length && !settled; at += SLICE_BYTES) flowing = parser.write(buffer.subarray(at, at + SLICE_BYTES)) && flowing;
      if (!flowing && !settled) source.pause();
    });
    source.on('end', () => parser.end());
    source.on('error', (error) => {
      reader.malformed(error);
      finish(false);
    });
  });
}
