/** The registry of CLI commands. */
import type { Command } from './command.ts';
import { inventoryCommand } from './inventory.ts';

export const COMMANDS: Readonly<Record<string, Command>> = {
  inventory: inventoryCommand,
};
