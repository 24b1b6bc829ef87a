/**
 * Run keys: a run is identified by sha256 over its kind and the canonical JSON of its normalised
 * input (object keys sorted, `undefined` members dropped, non-finite numbers as null), so the same
 * request answers from the store however its JSON was spelled.
 */
import { canonicalJson, sha256 } from '../../engine/data/canonical-json.ts';

export { canonicalJson, sha256 };

/** Bump when a change to the engine or the API changes what a stored result would be. */
export const RESULT_VERSION = 'lingtan-0.1.0/api-1';

/** The id of a run: sha256 of `kind`, the result version and the canonical input. */
export function runKey(kind: string, normalisedInput: unknown): string {
  return sha256(`${kind}\n${RESULT_VERSION}\n${canonicalJson(normalisedInput)}`);
}

/** A key for a request exactly as sent (before normalisation): the store's fast path for repeats. */
export function requestKey(kind: string, rawInput: unknown): string {
  return sha256(`request:${kind}\n${RESULT_VERSION}\n${canonicalJson(rawInput)}`);
}
