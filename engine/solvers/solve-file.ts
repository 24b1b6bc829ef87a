/**
 * Solving a model given as file text (MPS or CPLEX LP), for the future `lingtan solve` command.
 * Pure apart from the solver call: the caller reads the file and prints the result.
 *
 * - MPS text is read by our `readMps` (fixed/free auto-detection) and solved by any backend.
 * - LP text is read by the backend's own LP reader (`SolverBackend.readLp`; HiGHS has one). The
 *   jslp backend has none, so LP input with jslp ends in termination 'error' with a message
 *   saying so (convert the file to MPS, or use highs).
 * - Unreadable input ends in termination 'error' with the reader's message (line number for MPS).
 */
import type { LinearModel } from '../model/linear-model.ts';
import { numIntegers, numNonzeros } from '../model/linear-model.ts';
import { type MpsReadOptions, readMps } from '../model/mps-reader.ts';
import type { BackendId, ModelTextResult, SolveOptions, SolveResult, SolverBackend, Termination } from './types.ts';

export type ModelTextFormat = 'mps' | 'lp';

export interface SolveTextOptions extends SolveOptions {
  /** MPS layout; default 'auto' (free, then fixed). */
  mpsFormat?: MpsReadOptions['format'];
  /** A backend whose LP reader parses LP text when the solving backend has none (e.g. highs for jslp). */
  lpReader?: SolverBackend;
}

export interface ModelSize {
  readonly rows: number;
  readonly cols: number;
  readonly nonzeros: number;
  readonly integers: number;
}

export interface SolveTextResult {
  readonly backend: BackendId;
  readonly format: ModelTextFormat;
  readonly termination: Termination;
  readonly hasSolution: boolean;
  /** Objective including its constant; null without a solution. */
  readonly objective: number | null;
  readonly mipGap: number | null;
  /** Seconds for parsing plus solving. */
  readonly seconds: number;
  readonly parseSeconds: number;
  readonly solveSeconds: number;
  readonly message: string;
  /** Dimensions of the parsed model; null when it could not be read. */
  readonly size: ModelSize | null;
  /** The parsed model and the backend's full result (values, duals), when available. */
  readonly model: LinearModel | null;
  readonly result: SolveResult | null;
}

export function solveModelText(
  text: string,
  format: ModelTextFormat,
  backend: SolverBackend,
  options: SolveTextOptions = {},
): SolveTextResult {
  const startMs = performance.now();
  const parsed = parseModelText(text, format, backend, options);
  const parseSeconds = (performance.now() - startMs) / 1000;
  if (!parsed.ok) {
    return {
      backend: backend.id, format, termination: 'error', hasSolution: false, objective: null, mipGap: null,
      seconds: parseSeconds, parseSeconds, solveSeconds: 0, message: parsed.message, size: null, model: null, result: null,
    };
  }
  const { mpsFormat: _ignored, lpReader: _reader, ...solveOptions } = options;
  const result = backend.solve(parsed.model, solveOptions);
  return {
    backend: backend.id,
    format,
    termination: result.termination,
    hasSolution: result.hasSolution,
    objective: result.objective,
    mipGap: result.mipGap,
    seconds: parseSeconds + result.seconds,
    parseSeconds,
    solveSeconds: result.seconds,
    message: result.message,
    size: sizeOf(parsed.model),
    model: parsed.model,
    result,
  };
}

function parseModelText(text: string, format: ModelTextFormat, backend: SolverBackend, options: SolveTextOptions): ModelTextResult {
  if (format === 'mps') {
    const read = readMps(text, { format: options.mpsFormat ?? 'auto' });
    return read.ok ? { ok: true, model: read.model } : { ok: false, message: `MPS line ${read.error.line}: ${read.error.message}` };
  }
  const reader = backend.readLp ?? options.lpReader?.readLp;
  if (reader === undefined) {
    return {
      ok: false,
      message: `LP-format input is not supported by the ${backend.id} backend (it has no LP reader); give an MPS file or use the highs backend`,
    };
  }
  return reader(text);
}

function sizeOf(model: LinearModel): ModelSize {
  return { rows: model.rowNames.length, cols: model.colNames.length, nonzeros: numNonzeros(model), integers: numIntegers(model) };
}
