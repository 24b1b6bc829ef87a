/** The registry of CLI commands. */
import type { Command } from './command.ts';
import { financeCommand } from './finance.ts';
import { inventoryCommand } from './inventory.ts';
import { optimiseCommand } from './optimise.ts';
import { solveCommand } from './solve.ts';
import { simulateCommand } from './simulate.ts';
import { sensitivityCommand } from './sensitivity.ts';
import { populationCommand } from './population.ts';
import { rolloutCommand } from './rollout.ts';
import { checkCommand } from './check.ts';

export const COMMANDS: Readonly<Record<string, Command>> = {
  inventory: inventoryCommand,
  optimise: optimiseCommand,
  solve: solveCommand,
  finance: financeCommand,
  simulate: simulateCommand,
  sensitivity: sensitivityCommand,
  population: populationCommand,
  rollout: rolloutCommand,
  check: checkCommand,
  report: (await import('./report.ts')).reportCommand,
  serve: (await import('./serve.ts')).serveCommand,
  worker: (await import('./worker.ts')).workerCommand,
};
