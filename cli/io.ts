/** The CLI's output layer: everything the CLI prints goes through here. */
import { describeError, type EngineError } from '../engine/errors.ts';

/** Exit codes: 0 success, 1 internal error, 2 bad input or usage, 3 infeasible. */
export const EXIT = { ok: 0, internal: 1, badInput: 2, infeasible: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function outJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function errEngine(error: EngineError): void {
  err(`error: ${describeError(error)}`);
}
