/**
 * One factory of a rollout as a scenario file of its own: the sector template with the archetype
 * factory scaled to the population row, exactly what the rollout solves for that row (under the
 * factory's own target; a sector price search adds a uniform carbon price instead). The dashboard's
 * drill-down optimises it as any other scenario.
 */
import { fail, ok, type Result } from '../errors.ts';
import type { PopulationRow } from './population.ts';
import { scaleFactory } from './solve-row.ts';
import { sectorTemplate, sectorTemplateFile, type TemplateOptions } from './templates.ts';

export function rolloutFactoryScenarioFile(row: PopulationRow, o: TemplateOptions = {}): Result<Record<string, unknown>> {
  const template = sectorTemplate(row.sector, o);
  if (!template.ok) return fail(template.error);
  // The loaded factory (energy in MWh) is also valid scenario-file input.
  const factory = scaleFactory(template.value.factories[0]!, row);
  const file = sectorTemplateFile(row.sector, o);
  return ok({ ...file, id: `rollout_${row.sector}_${row.id}`, name: `${factory.name} (rollout factory)`, factories: [factory] });
}
