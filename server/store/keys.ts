/**
 * Run keys: a run is identified by sha256 over its kind and the canonical JSON of its normalised
 * input (object keys sorted, `undefined` members dropped, non-finite numbers as null), so the same
 * request answers from the store however its JSON was spelled.
 */
import { createHash } from 'node:crypto';

/** Bump when a change to the engine or the API changes what a stored result would be. */
export const RESULT_VERSION = 'lingtan-0.1.0/api-1';

/** JSON with object keys in sorted order; the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
      if (ArrayBuffer.isView(value)) return canonicalJson(Array.from(value as unknown as ArrayLike<number>));
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
    }
    default:
      return 'null';
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The id of a run: sha256 of `kind`, the result version and the canonical input. */
export function runKey(kind: string, normalisedInput: unknown): string {
  return sha256(`${kind}\n${RESULT_VERSION}\n${canonicalJson(normalisedInput)}`);
}

/** A key for a request exactly as sent (before normalisation): the store's fast path for repeats. */
export function requestKey(kind: string, rawInput: unknown): string {
  return sha256(`request:${kind}\n${RESULT_VERSION}\n${canonicalJson(rawInput)}`);
}
