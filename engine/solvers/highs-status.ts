/**
 * HiGHS model status codes (`highs.constants.modelStatus`) → `Termination`, plus readable names.
 *
 * 7 Optimal → optimal; 8 Infeasible → infeasible; 10 Unbounded → unbounded;
 * 9 "unbounded or infeasible" → infeasible_or_unbounded; 13 → time_limit; 14 → iteration_limit;
 * 11 objective bound, 12 objective target, 16 solution limit, 17 interrupted → interrupted;
 * 0 not set, 1-5 load/model/presolve/solve/postsolve errors, 6 empty (never reached: models
 * without columns are answered before HiGHS is called), 15 unknown → error.
 */
import type { Termination } from './types.ts';

const TERMINATION: Readonly<Record<number, Termination>> = {
  7: 'optimal',
  8: 'infeasible',
  9: 'infeasible_or_unbounded',
  10: 'unbounded',
  11: 'interrupted',
  12: 'interrupted',
  13: 'time_limit',
  14: 'iteration_limit',
  16: 'interrupted',
  17: 'interrupted',
};

const NAMES: readonly string[] = [
  'not set', 'load error', 'model error', 'presolve error', 'solve error', 'postsolve error', 'empty',
  'optimal', 'infeasible', 'unbounded or infeasible', 'unbounded', 'objective bound reached',
  'objective target reached', 'time limit reached', 'iteration limit reached', 'unknown',
  'solution limit reached', 'interrupted',
];

export function terminationOfHighsStatus(status: number): Termination {
  return TERMINATION[status] ?? 'error';
}

export function highsStatusName(status: number): string {
  return NAMES[status] ?? `status ${status}`;
}
