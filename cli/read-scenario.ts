/** Read a scenario file from disk and load it; file errors become engine errors. */
import { readFile } from 'node:fs/promises';
import { fail, type Result } from '../engine/errors.ts';
import { loadScenarioText } from '../engine/data/load-scenario.ts';
import type { Scenario } from '../engine/data/schemas/scenario.ts';
import { errEngine } from './io.ts';

export async function readScenario(path: string): Promise<Result<Scenario>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return fail({ code: 'scenario_syntax', message: `cannot read the scenario: ${reason}`, file: path });
  }
  return loadScenarioText(text, path);
}

/**
 * The scenario named by a command's first positional argument, or null after printing why not
 * (missing argument, unreadable or invalid file) — the caller then exits with EXIT.badInput.
 */
export async function scenarioArgument(positionals: readonly string[]): Promise<Scenario | null> {
  const [file] = positionals;
  if (file === undefined) {
    errEngine({ code: 'scenario_syntax', message: 'missing scenario file' });
    return null;
  }
  const loaded = await readScenario(file);
  if (!loaded.ok) {
    errEngine(loaded.error);
    return null;
  }
  return loaded.value;
}
