/**
 * `Sourced<T>`: a reference value that carries its unit, year, source and confidence next to it.
 *
 * Every number that comes from outside the engine is stored as a `Sourced` value (DESIGN §5:
 * "every number from outside carries its source next to it"). Our own assumptions use
 * `confidence: 'assumption'`, with the rule and reasoning in `note`. Values that are our
 * arithmetic on sourced figures use `confidence: 'derived'`, with the formula in `note`.
 *
 * Confidence follows `sources/reference-data.md`:
 * - high: official figure reported by at least one mainstream outlet, or two independent sources agree;
 * - medium: one credible secondary source, or a code transcription that was partly cross-checked;
 * - low: an aggregator or an unverified code table;
 * - derived: arithmetic on sourced figures (formula in `note`);
 * - assumption: our own number, with the reasoning in `note`.
 * The reference's mixed grades are mapped down: "medium-high" → medium, "low-medium" → low
 * (the original grade is repeated in `note`).
 */

/** Confidence levels, as a tuple so zod enums can be built from it. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low', 'derived', 'assumption'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** A value with its unit, year, source and confidence. */
export interface Sourced<T = number> {
  value: T;
  /** Unit of `value`, e.g. `tCO2/MWh`, `RMB/kW`, `fraction`. */
  unit: string;
  /** Year (or vintage, e.g. `2013/2015`) the value refers to. */
  year: number | string;
  /** Where the value comes from: a URL, a repository and path, a standard, or `lingtan assumption`. */
  source: string;
  confidence: Confidence;
  /** Reasoning, formula or caveat. Required in practice for `derived` and `assumption`. */
  note?: string;
  /** Key of the row in `sources/reference-data.json` the value was transcribed or derived from. */
  refKey?: string;
}

/** Source string used for our own assumptions. */
export const ASSUMPTION_SOURCE = 'lingtan assumption (reasoning in note)';

/** Build a `Sourced` value. */
export function sourced<T = number>(
  value: T,
  unit: string,
  year: number | string,
  source: string,
  confidence: Confidence,
  note?: string,
  refKey?: string,
): Sourced<T> {
  const s: Sourced<T> = { value, unit, year, source, confidence };
  if (note !== undefined) s.note = note;
  if (refKey !== undefined) s.refKey = refKey;
  return s;
}

/** Build one of our own assumptions: `confidence: 'assumption'`, the reasoning is mandatory. */
export function assumption<T = number>(
  value: T,
  unit: string,
  year: number | string,
  note: string,
  refKey?: string,
): Sourced<T> {
  return sourced(value, unit, year, ASSUMPTION_SOURCE, 'assumption', note, refKey);
}

/** Build a value derived by arithmetic from sourced inputs; `note` states the formula. */
export function derived<T = number>(
  value: T,
  unit: string,
  year: number | string,
  source: string,
  note: string,
  refKey?: string,
): Sourced<T> {
  return sourced(value, unit, year, source, 'derived', note, refKey);
}

/** True when `x` has the shape of a `Sourced` value (used by tests and by validators). */
export function isSourced(x: unknown): x is Sourced<unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    'value' in r &&
    typeof r['unit'] === 'string' &&
    (typeof r['year'] === 'number' || typeof r['year'] === 'string') &&
    typeof r['source'] === 'string' &&
    typeof r['confidence'] === 'string' &&
    (CONFIDENCE_LEVELS as readonly string[]).includes(r['confidence'])
  );
}

/** A value between a low and a high bound (for ranges the sources give), with a central value. */
export interface Range {
  low: number;
  central: number;
  high: number;
}

/** Compound projection: `base × (1 + ratePerYear)^(year − baseYear)`; years before `baseYear` hold `base`. */
export function compound(base: number, baseYear: number, ratePerYear: number, year: number): number {
  if (year <= baseYear) return base;
  return base * (1 + ratePerYear) ** (year - baseYear);
}

/** Inclusive list of integer years `from..to`. */
export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/** Build a record with one entry per id (keeps the key type of an `as const` id tuple). */
export function recordFromIds<K extends string, V>(ids: readonly K[], f: (id: K) => V): Record<K, V> {
  const out: Partial<Record<K, V>> = {};
  for (const id of ids) out[id] = f(id);
  return out as Record<K, V>;
}
