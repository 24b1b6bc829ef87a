/**
 * MPS reader: fixed and free format, returning a `LinearModel` or a line-numbered error. It never
 * throws on bad input.
 *
 * Format choice ('auto', the default): the text is parsed as free MPS first; if that fails it
 * is parsed as fixed MPS (names with spaces, e.g. Netlib forplan, only make sense there). If both
 * fail, the error of the attempt that got further is returned. Rules for sections, bounds,
 * RANGES and the objective constant are documented in `mps-parser.ts` and `mps-data.ts`.
 */
import type { LinearModel } from './linear-model.ts';
import type { MpsModelOptions } from './mps-data.ts';
import { type MpsFormat, meaningfulLines } from './mps-fields.ts';
import { MpsSyntaxError, parseMps } from './mps-parser.ts';

export interface MpsReadOptions extends MpsModelOptions {
  /** 'auto' (default): free first, then fixed. */
  format?: MpsFormat | 'auto';
}

export interface MpsReadError {
  /** 1-based line number (0 when the problem is not tied to a line). */
  readonly line: number;
  readonly message: string;
}

export type MpsReadResult =
  | { readonly ok: true; readonly model: LinearModel; readonly format: MpsFormat }
  | { readonly ok: false; readonly error: MpsReadError };

export function readMps(text: string, options: MpsReadOptions = {}): MpsReadResult {
  if (typeof text !== 'string') return { ok: false, error: { line: 0, message: 'MPS input is not text' } };
  const lines = meaningfulLines(text);
  const format = options.format ?? 'auto';
  if (format !== 'auto') return readAs(lines, format, options);
  const free = readAs(lines, 'free', options);
  if (free.ok) return free;
  const fixed = readAs(lines, 'fixed', options);
  if (fixed.ok) return fixed;
  return fixed.error.line > free.error.line ? fixed : free;
}

function readAs(lines: ReturnType<typeof meaningfulLines>, format: MpsFormat, options: MpsModelOptions): MpsReadResult {
  try {
    const data = parseMps(lines, format);
    return { ok: true, model: data.toModel(options), format };
  } catch (error) {
    if (error instanceof MpsSyntaxError) {
      return { ok: false, error: { line: error.line, message: `${error.message} (${format} format)` } };
    }
    return { ok: false, error: { line: 0, message: `MPS reader failure: ${String(error)}` } };
  }
}
