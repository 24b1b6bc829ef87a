/**
 * Making model component names legal in CPLEX LP files, as read by HiGHS 1.15 and CBC 2.10
 * (both checked by round-tripping):
 *
 * 1. `[` → `(` and `]` → `)` (square brackets mean quadratic terms in LP files), so
 *    `build[pv_rooftop,2026]` becomes `build(pv_rooftop,2026)`. Commas and parentheses are legal.
 * 2. Any other character outside `A-Z a-z 0-9 _ ( ) , . ~ # $ % & @ ? ! { }` becomes `_`
 *    (`/` breaks HiGHS; `|`, `-`, `:` and spaces break CBC); a non-ASCII character becomes
 *    `u` + its hex code point (`光` → `u5149`).
 * 3. A name that is empty, starts with a digit or `.`, or equals an LP keyword (`free`, `inf`,
 *    `st`, `end`, `bounds`, `gen`, ... — both readers reject these) gets a leading `_`.
 * 4. Names longer than 100 characters (CBC's limit) are cut to 91 characters + `~` + an 8-digit
 *    hex hash of the original name.
 * 5. If the result is already taken, `~2`, `~3`, ... is appended until it is unique.
 */

import { UniqueNames } from './unique-names.ts';

const MAX_LENGTH = 100;
const LEGAL = /^[A-Za-z0-9_(),.~#$%&@?!{}]$/;
const KEYWORDS = new Set([
  'min', 'max', 'minimize', 'maximize', 'minimise', 'maximise', 'minimum', 'maximum',
  'subject', 'such', 'that', 'to', 'st', 's.t.', 'st.', 'bound', 'bounds', 'free', 'inf',
  'infinity', 'general', 'generals', 'gen', 'integer', 'integers', 'int', 'binary', 'binaries',
  'bin', 'semi', 'semis', 'semi-continuous', 'sos', 'sos1', 'sos2', 'end',
]);

/** The legal spelling of one name (rules 1–4), without the uniqueness suffix. */
export function lpSafeName(name: string): string {
  let safe = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '[') safe += '(';
    else if (ch === ']') safe += ')';
    else if (code > 127) safe += `u${code.toString(16)}`;
    else safe += LEGAL.test(ch) ? ch : '_';
  }
  if (safe === '' || /^[0-9.]/.test(safe) || KEYWORDS.has(safe.toLowerCase())) safe = `_${safe}`;
  return safe.length > MAX_LENGTH ? `${safe.slice(0, MAX_LENGTH - 9)}~${fnv1aHex(name)}` : safe;
}

/** A registry of unique LP-legal names (rules 1–5) for one namespace. */
export function lpNameRegistry(): UniqueNames {
  return new UniqueNames(lpSafeName, MAX_LENGTH);
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits. */
function fnv1aHex(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
