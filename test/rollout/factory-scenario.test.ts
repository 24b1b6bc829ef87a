/**
 * A rollout factory opened on its own (the dashboard's drill-down) is the factory the rollout
 * solved: the scenario file of a population row, loaded and optimised, gives the same cost and
 * net emissions as the rollout's own solve of that row.
 */
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';
import { describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { rolloutFactoryScenarioFile } from '../../engine/rollout/factory-scenario.ts';
import { synthesisePopulation } from '../../engine/rollout/population.ts';
import { solveRolloutRow } from '../../engine/rollout/solve-row.ts';
import { sectorTemplate } from '../../engine/rollout/templates.ts';
import { loadBackend } from '../../engine/solvers/index.ts';

describe('rollout factory scenario', () => {
  it.each(['textiles', 'machinery'] as const)('reproduces the rollout solve of a %s factory', async (sector) => {
    const backend = await loadBackend('highs');
    const row = synthesisePopulation(sector, 3, 7)[2]!;
    const file = rolloutFactoryScenarioFile(row);
    if (!file.ok) throw new Error(describeError(file.error));
    const loaded = loadScenarioData(JSON.parse(JSON.stringify(file.value)), 'rollout-factory');
    if (!loaded.ok) throw new Error(describeError(loaded.error));
    expect(loaded.value.factories[0]!.id).toBe(row.id);
    const plan = optimiseScenario(loaded.value, backend).factories[0]!;
    const template = sectorTemplate(sector);
    if (!template.ok) throw new Error('template');
    const rolled = solveRolloutRow(template.value, row, { settings: DEFAULT_SOLVER_SETTINGS }, backend);
    expect(plan.baseGrossTco2).toBeCloseTo(rolled.baseGrossTco2, 6);
    expect(plan.costRmb!).toBeCloseTo(rolled.costRmb, 0);
    for (const e of plan.emissions) expect(e.netTco2).toBeCloseTo(rolled.netTco2ByYear[e.year]!, 3);
  }, 60_000);
});
