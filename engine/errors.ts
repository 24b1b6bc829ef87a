/**
 * The engine's error codes, in one catalogue. Errors are results, never exceptions across a
 * boundary: functions that can fail on user input return `Result<T>`.
 */
export const ERROR_CODES = {
  scenario_syntax: 'The scenario file is not valid YAML or JSON.',
  scenario_invalid: 'The scenario does not match the schema.',
  scenario_inconsistent: 'The scenario fields contradict each other.',
  input_too_large: 'The input holds more values than the budget allows.',
  input_too_deep: 'The input nests deeper than the budget allows.',
  model_too_large: 'The model is too large for the chosen solver backend.',
  solver_error: 'The solver failed.',
  infeasible: 'No plan meets every constraint.',
  unbounded: 'The model is unbounded (a cost or limit is missing).',
  time_limit: 'The solver stopped at its time limit.',
  pack_invalid: 'A compliance rule pack does not match the pack schema.',
  unknown_pack: 'No bundled compliance rule pack has this id.',
  year_outside_horizon: 'The year is outside the scenario horizon.',
  actuals_invalid: 'The actuals (meter map, readings, installed measures, purchases, offsets) are not valid.',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with an input, located by a dotted field path (`factories[0].sector`). */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

export interface EngineError {
  readonly code: ErrorCode;
  readonly message: string;
  /** File the input came from, when there is one. */
  readonly file?: string;
  readonly issues?: readonly Issue[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: EngineError): Result<T> => ({ ok: false, error });

/** `a.b[0].c` from a path of keys and indices. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Human-readable multi-line message for an engine error. */
export function describeError(error: EngineError): string {
  const head = error.file ? `${error.file}: ${error.message}` : error.message;
  const lines = (error.issues ?? []).map((i) => `  - ${i.path}: ${i.message}`);
  return [head, ...lines].join('\n');
}
