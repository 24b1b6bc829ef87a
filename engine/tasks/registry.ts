/**
 * The engine's task registry: every kind of work the worker pool runs, and the handler of each. It
 * sits above the layers it dispatches to (simulation, rollout, tracking, optimise, finance, data), so those
 * layers never import the pool's workers. Loaded once in each worker thread (see
 * engine/parallel/worker-host.ts), where it loads and warms HiGHS before the first task.
 */
import type { TaskHandlers } from '../parallel/tasks.ts';
import { solveRolloutRow, type RolloutTasks } from '../rollout/solve-row.ts';
import { runDraw, type DrawTasks } from '../simulation/draw.ts';
import { loadBackend } from '../solvers/index.ts';
import { warmUp } from '../solvers/warm-up.ts';
import { loadScenario, solveScenario, type ScenarioTasks } from './scenario-tasks.ts';
import { trackTask, type TrackTasks } from './track-task.ts';

/** Every task kind of the engine's pool. */
export type EngineTasks = DrawTasks & RolloutTasks & ScenarioTasks & TrackTasks;

export interface RegistrySetup {
  /** Small LP solves per worker before real work (a cold HiGHS solve is ~15× slower than a warm one). */
  readonly warmUpSolves: number;
}

export async function createHandlers(setup: RegistrySetup): Promise<TaskHandlers<EngineTasks>> {
  const highs = await loadBackend('highs');
  warmUp(highs, setup.warmUpSolves);
  return {
    draw: async (task, scenario) => runDraw(scenario, task.spec, await loadBackend(task.spec.settings.backend)),
    rollout_factory: async (task, templates) => {
      const template = templates[task.row.sector];
      if (template === undefined) throw new Error(`no template scenario for sector "${task.row.sector}"`);
      return solveRolloutRow(template, task.row, task.options, await loadBackend(task.options.settings.backend));
    },
    load_scenario: (task) => loadScenario(task.source),
    solve_scenario: async (task) => solveScenario(task, await loadBackend(task.settings.backend)),
    track: async (task) => trackTask(task, await loadBackend(task.settings.backend)),
  };
}
