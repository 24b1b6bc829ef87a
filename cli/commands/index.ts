/** The registry of CLI commands. */
import type { Command } from './command.ts';
import { inventoryCommand } from './inventory.ts';
import { optimiseCommand } from './optimise.ts';
import { solveCommand } from './solve.ts';

export const COMMANDS: Readonly<Record<string, Command>> = {
  inventory: inventoryCommand,
  optimise: optimiseCommand,
  solve: solveCommand,
};
