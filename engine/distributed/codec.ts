/**
 * JSON text for values that cross Redis (run inputs, shard results). Plain JSON would turn NaN and
 * ±Infinity into null and −0 into 0; these are written as tagged objects and read back exactly, so a
 * merged result is bit-identical to one computed in a single process. Every other number survives
 * JSON unchanged (JavaScript prints the shortest text that reads back to the same double).
 */

const TAG = '$lingtanNumber';

type Tagged = { readonly [TAG]: 'NaN' | 'Infinity' | '-Infinity' | '-0' };

function tag(value: number): Tagged | number {
  if (Number.isNaN(value)) return { [TAG]: 'NaN' };
  if (value === Infinity) return { [TAG]: 'Infinity' };
  if (value === -Infinity) return { [TAG]: '-Infinity' };
  if (Object.is(value, -0)) return { [TAG]: '-0' };
  return value;
}

const UNTAG: Readonly<Record<Tagged[typeof TAG], number>> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

function isTagged(value: unknown): value is Tagged {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === TAG && Object.hasOwn(UNTAG, (value as Record<string, unknown>)[TAG] as string);
}

/** Encode a plain-data value (objects, arrays, strings, numbers, booleans, null) as JSON text. */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? tag(v) : v));
}

/** Decode text written by `encode`; the caller states the type it stored. */
export function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => (isTagged(v) ? UNTAG[v[TAG]] : v)) as T;
}
