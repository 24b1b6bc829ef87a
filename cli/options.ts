/** Parsing of shared numeric CLI options, with clear errors. */
import type { OptionValues } from './commands/command.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function intOption(options: OptionValues, name: string, min: number): Parsed<number | undefined> {
  const raw = options[name];
  if (raw === undefined) return { ok: true, value: undefined };
  const n = Number(raw);
  return Number.isInteger(n) && n >= min ? { ok: true, value: n } : { ok: false, message: `--${name} must be an integer ≥ ${min}, got "${String(raw)}"` };
}

export function numberOption(options: OptionValues, name: string): Parsed<number | undefined> {
  const raw = options[name];
  if (raw === undefined) return { ok: true, value: undefined };
  const n = Number(raw);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `--${name} must be a number, got "${String(raw)}"` };
}
