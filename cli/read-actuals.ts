/** Read a factory's actuals folder: `actuals.yaml` (or `.yml`, `.json`) and `readings.csv`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, type Result } from '../engine/errors.ts';
import type { Scenario } from '../engine/data/schemas/scenario.ts';
import { loadActuals, type Actuals } from '../engine/tracking/load-actuals.ts';

export const ACTUALS_FILES = ['actuals.yaml', 'actuals.yml', 'actuals.json'] as const;
export const READINGS_FILE = 'readings.csv';

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

export async function readActuals(scenario: Scenario, dir: string): Promise<Result<Actuals>> {
  let actualsName: string | null = null;
  let text: string | null = null;
  for (const name of ACTUALS_FILES) {
    text = await readText(join(dir, name));
    if (text !== null) {
      actualsName = join(dir, name);
      break;
    }
  }
  if (text === null || actualsName === null) {
    return fail({ code: 'actuals_invalid', message: `no ${ACTUALS_FILES.join(', ')} in the actuals folder`, file: dir });
  }
  const readingsName = join(dir, READINGS_FILE);
  const csv = await readText(readingsName);
  if (csv === null) return fail({ code: 'actuals_invalid', message: 'cannot read the meter readings: file not found', file: readingsName });
  return loadActuals(scenario, { actuals: actualsName.endsWith('.json') ? safeJson(text) : text, actualsName, readingsCsv: csv, readingsName });
}

/** JSON text as data (YAML 1.2 would parse it too, but JSON errors read better from JSON.parse). */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
