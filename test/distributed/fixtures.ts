/** Inputs of the distributed tests: a small light-industry population and a short Monte Carlo sweep. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { synthesisePopulation } from '../../engine/rollout/population.ts';

export const population = (count: number) => synthesisePopulation('light_industry', count, 7);

/** The bundled automotive plant, whose scenario declares five uncertain inputs. */
export function uncertainScenario(): Scenario {
  const file = join(import.meta.dirname, '../../scenarios/automotive-shanghai.yaml');
  const s = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
}

/** JSON text, as the CLI prints it: equal text means equal numbers, to the last bit. */
export const json = (value: unknown) => JSON.stringify(value);
