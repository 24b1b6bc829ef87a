/**
 * The registry of CLI commands. A command module holds its flag table and statically imports only
 * light modules; what its `run` needs (the engine, the server, charts) it imports when it runs, so
 * `lingtan --help` and small commands load only what they use (test/cli/lazy-imports.test.ts).
 */
import type { Command } from './command.ts';
import { compareCommand } from './compare.ts';
import { financeCommand } from './finance.ts';
import { footprintCommand } from './footprint.ts';
import { inventoryCommand } from './inventory.ts';
import { optimiseCommand } from './optimise.ts';
import { solveCommand } from './solve.ts';
import { simulateCommand } from './simulate.ts';
import { sensitivityCommand } from './sensitivity.ts';
import { stochasticCommand } from './stochastic.ts';
import { populationCommand } from './population.ts';
import { rolloutCommand } from './rollout.ts';
import { checkCommand } from './check.ts';
import { keysCommand } from './keys.ts';
import { storeCommand } from './store.ts';
import { trackCommand } from './track.ts';
import { reportCommand } from './report.ts';
import { serveCommand } from './serve.ts';
import { workerCommand } from './worker.ts';

export const COMMANDS: Readonly<Record<string, Command>> = {
  inventory: inventoryCommand,
  optimise: optimiseCommand,
  compare: compareCommand,
  solve: solveCommand,
  finance: financeCommand,
  footprint: footprintCommand,
  simulate: simulateCommand,
  sensitivity: sensitivityCommand,
  stochastic: stochasticCommand,
  population: populationCommand,
  rollout: rolloutCommand,
  check: checkCommand,
  track: trackCommand,
  report: reportCommand,
  serve: serveCommand,
  worker: workerCommand,
  keys: keysCommand,
  store: storeCommand,
};
