/**
 * Worker thread: loads and warms the HiGHS solver once, reads the run context from workerData, and
 * answers tasks. Loaded through worker-entry.js (which registers tsx: Node 20 cannot run .ts).
 */
import { workerData } from 'node:worker_threads';
import { loadBackend } from '../solvers/index.ts';
import { warmUp } from './warm-up.ts';
import { runTask } from './run-task.ts';
import type { RunContext, Task, TaskOutcome } from './tasks.ts';

export interface WorkerData {
  readonly context: RunContext;
  readonly warmUpSolves: number;
}

export async function createHandler(): Promise<(task: Task) => TaskOutcome<unknown>> {
  const data = workerData as WorkerData;
  const backend = await loadBackend('highs');
  warmUp(backend, data.warmUpSolves);
  return (task: Task) => {
    if (task.kind === 'crash_worker') process.exit(70);
    return runTask(task, data.context, backend);
  };
}
