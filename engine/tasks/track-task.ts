/**
 * The tracking task: load a factory's actuals against its scenario, then track them (the original
 * plan, plan vs actual, the re-plan from the actual state, the loan KPI), in a worker thread. Bad
 * actuals come back as a value (the caller answers them as bad input), not as a task failure.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import type { EngineError } from '../errors.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { loadActuals, type ActualsSources } from '../tracking/load-actuals.ts';
import { trackFactory } from '../tracking/track.ts';
import { trackJson, type TrackJson } from '../tracking/track-json.ts';

export interface TrackTask {
  readonly scenario: Scenario;
  readonly actuals: ActualsSources;
  /** The operation's solver settings (its time limit already capped by the caller). */
  readonly settings: SolverSettings;
}

/** A tracking run's JSON, or the actuals' input error (a 400 with paths). */
export type TrackedFactory =
  | { readonly ok: true; readonly result: TrackJson; readonly seconds: number }
  | { readonly ok: false; readonly inputError: EngineError };

export type TrackTasks = {
  readonly track: { readonly task: TrackTask; readonly value: TrackedFactory };
};

export function trackTask(task: TrackTask, backend: SolverBackend): TrackedFactory {
  const t0 = performance.now();
  const actuals = loadActuals(task.scenario, task.actuals);
  if (!actuals.ok) return { ok: false, inputError: actuals.error };
  const result = trackJson(trackFactory(task.scenario, actuals.value, backend, task.settings));
  return { ok: true, result, seconds: (performance.now() - t0) / 1000 };
}
