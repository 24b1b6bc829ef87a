/** Test helper: find every `Sourced` value reachable from the reference module's exports. */
import { readFileSync } from 'node:fs';
import { type Sourced, isSourced } from '../../../engine/data/reference/sourced.ts';

export interface FoundSourced {
  path: string;
  sourced: Sourced<unknown>;
}

/** Walk plain objects and arrays (not functions) and collect `Sourced` leaves with their paths. */
export function collectSourced(root: Record<string, unknown>): FoundSourced[] {
  const found: FoundSourced[] = [];
  const seen = new Set<unknown>();
  const walk = (x: unknown, path: string): void => {
    if (typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    if (isSourced(x)) {
      found.push({ path, sourced: x });
      return;
    }
    for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
  };
  for (const [name, value] of Object.entries(root)) walk(value, name);
  return found;
}

export interface ReferenceRow {
  key: string;
  value: number | string;
  unit: string;
  year: number | string;
  source: string;
  note: string;
  section: string;
}

/** The rows of `sources/reference-data.json`, keyed by `key`. */
export function referenceRows(): Map<string, ReferenceRow> {
  const url = new URL('../../../engine/data/reference/sources/reference-data.json', import.meta.url);
  const rows = JSON.parse(readFileSync(url, 'utf8')) as ReferenceRow[];
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * True for a finite number, a non-empty label (a schedule or pattern id), or an object or array
 * whose values are all such (ranges, paths, hourly shapes).
 */
export function isFiniteValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.trim().length > 0;
  if (typeof v === 'object' && v !== null) return Object.values(v).length > 0 && Object.values(v).every(isFiniteValue);
  return false;
}
