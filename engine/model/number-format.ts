/**
 * Number formatting for LP and MPS text. Every finite double is written with the shortest
 * decimal string that parses back to the same double (JavaScript's Number#toString: at most 17
 * significant digits, plain notation in [1e-7, 1e21), `1e-7` / `1.5e+21` otherwise), which
 * CBC 2.10, Clp and HiGHS all read. Negative zero is written as `0`.
 */

/** Round-trip text of a finite number; throws on NaN/±Infinity (writers handle infinities). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write non-finite number ${value}`);
  return value === 0 ? '0' : String(value);
}

/**
 * The shortest round-trip text of a finite number, choosing between plain and exponent
 * notation and dropping redundant characters (`0.5` → `.5`, `1e+21` → `1e21`). Used for the
 * 12-character numeric fields of fixed-format MPS.
 */
export function formatNumberCompact(value: number): string {
  const candidates = [formatNumber(value), value.toExponential()].map((text) =>
    text.replace('e+', 'e').replace(/^(-?)0\./, '$1.'),
  );
  return candidates.reduce((best, text) => (text.length < best.length ? text : best));
}
