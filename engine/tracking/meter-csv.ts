/**
 * Interval readings as energy-management systems export them: CSV with the columns
 * `timestamp,meter_id,quantity,unit` (any order, more columns ignored), one row per meter and interval.
 * The timestamp is the start of the interval in China Standard Time (`2026-01`, `2026-01-01`,
 * `2026-01-01T05:00`, optionally with `+08:00`); the interval length is the meter's (`month` or `hour`).
 * Every problem names its CSV line and column: a meter that maps nowhere, a negative or non-numeric
 * quantity, a unit other than the meter's, a timestamp that is not an interval start, and two readings
 * of one meter for the same interval (overlapping intervals). Pure: text in, readings or issues out.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../errors.ts';
import type { Meter } from '../data/schemas/actuals.ts';

export const READING_COLUMNS = ['timestamp', 'meter_id', 'quantity', 'unit'] as const;

/** One validated reading. Hours count from 1970-01-01T00:00 on the CST clock (no daylight saving). */
export interface Reading {
  readonly line: number;
  readonly meterId: string;
  readonly startHour: number;
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly quantity: number;
}

const MAX_ISSUES = 50;
const TIMESTAMP = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?(\+08:00)?$/;

export interface ClockTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** Hours since 1970-01-01T00:00 of a CST wall-clock time (a fixed offset, so plain UTC arithmetic). */
export const hourOf = (t: Pick<ClockTime, 'year' | 'month' | 'day' | 'hour'>): number => Date.UTC(t.year, t.month - 1, t.day, t.hour) / 3_600_000;

/** `2026-03-01T05:00` for an hour count. */
export function formatHour(hour: number): string {
  return new Date(hour * 3_600_000).toISOString().slice(0, 16);
}

export function parseTimestamp(text: string): ClockTime | string {
  const m = TIMESTAMP.exec(text.trim());
  if (m === null) return `"${text}" is not a timestamp (YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, China Standard Time)`;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3] ?? '1', m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (month < 1 || month > 12 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return `"${text}" is not a valid date and time`;
  return { year, month, day, hour, minute, second };
}

export interface ParsedReadings {
  readonly readings: readonly Reading[];
  readonly issues: readonly Issue[];
}

export function parseReadings(text: string, meters: readonly Meter[]): ParsedReadings {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (error) {
    return { readings: [], issues: [{ path: csvLineOf(error), message: (error as Error).message }] };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const missing = READING_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { readings: [], issues: [{ path: 'line 1', message: `the header must name the columns ${READING_COLUMNS.join(',')} (missing: ${missing.join(', ')})` }] };
  }
  const col = Object.fromEntries(READING_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof READING_COLUMNS)[number], number>;
  const byId = new Map(meters.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  const readings: Reading[] = [];
  const issues: Issue[] = [];
  let more = 0;
  const issue = (line: number, column: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: `line ${line}, column ${column}`, message });
    else more++;
  };
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const cell = (c: keyof typeof col) => r[col[c]] ?? '';
    const meterId = cell('meter_id');
    const meter = byId.get(meterId);
    if (meter === undefined) {
      issue(line, 'meter_id', `meter "${meterId}" maps to no carrier or end-use (it is not in the meter map)`);
      return;
    }
    const quantityText = cell('quantity');
    const quantity = Number(quantityText);
    if (quantityText === '' || !Number.isFinite(quantity)) issue(line, 'quantity', `"${quantityText}" is not a number`);
    else if (quantity < 0) issue(line, 'quantity', `negative reading ${quantityText} ${cell('unit')}: meters count consumption up; record exports on a grid_export meter`);
    const unit = cell('unit');
    if (unit !== meter.unit) issue(line, 'unit', `unit "${unit}" does not match meter ${meterId}'s unit "${meter.unit}"`);
    const t = parseTimestamp(cell('timestamp'));
    if (typeof t === 'string') {
      issue(line, 'timestamp', t);
      return;
    }
    const aligned = meter.interval === 'month' ? t.day === 1 && t.hour === 0 && t.minute === 0 && t.second === 0 : t.minute === 0 && t.second === 0;
    if (!aligned) {
      issue(line, 'timestamp', `${cell('timestamp')} is not the start of a${meter.interval === 'hour' ? 'n hour' : ' month'} (meter ${meterId} reads by ${meter.interval}; the timestamp is the interval's start)`);
      return;
    }
    const startHour = hourOf(t);
    const key = `${meterId}|${startHour}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issue(line, 'timestamp', `overlapping interval: meter ${meterId} already has a reading for the ${meter.interval} starting ${formatHour(startHour)} (line ${earlier})`);
      return;
    }
    seen.set(key, line);
    if (Number.isFinite(quantity) && quantity >= 0 && unit === meter.unit) readings.push({ line, meterId, startHour, year: t.year, month: t.month, quantity });
  });
  if (more > 0) issues.push({ path: 'lines', message: `${more} more problems not listed` });
  return { readings, issues };
}

function csvLineOf(error: unknown): string {
  const lines = (error as { lines?: number }).lines;
  return typeof lines === 'number' ? `line ${lines}` : 'csv';
}
