/**
 * Every bundled archetype scenario solves to an optimal plan with the default (HiGHS) backend, builds no
 * more of any measure in a year than its pace allows, counts vehicles, boilers and kilns in whole units,
 * and the infeasible example is reported infeasible with a shortfall in its target year.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { describeError } from '../../engine/errors.ts';
import { buildLimitUnits, firstBuildYear } from '../../engine/formulation/build-limits.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const INFEASIBLE = 'infeasible-example.yaml';

function load(f: string): Scenario {
  const r = loadScenarioText(readFileSync(DIR + f, 'utf8'), f);
  if (!r.ok) throw new Error(describeError(r.error));
  return r.value;
}

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

describe('bundled scenarios solve', () => {
  it.each(FILES.filter((f) => f !== INFEASIBLE))('%s has an optimal plan that meets every cap, its pace and whole units', (f) => {
    const scenario = load(f);
    const plan = optimiseScenario(scenario, backend);
    expect(plan.status, plan.factories[0]?.message).toBe('optimal');
    for (const e of plan.factories[0]?.emissions ?? []) {
      if (e.capTco2 !== null) expect(e.netTco2, `${f} ${e.year}`).toBeLessThanOrEqual(e.capTco2 * (1 + 1e-6) + 1e-3);
    }
    const data = prepareFactoryData(scenario, scenario.factories[0]!);
    for (const row of plan.factories[0]?.plan ?? []) {
      const m = data.measures.find((x) => x.id === row.measureId)!;
      expect(m.pace, `${m.id} has a pace`).toBeDefined();
      if (row.buildUnits <= 1e-6) continue;
      expect(row.year, `${f} ${m.id} built before its first year`).toBeGreaterThanOrEqual(firstBuildYear(data, m));
      expect(row.buildUnits, `${f} ${m.id} ${row.year} faster than its pace`).toBeLessThanOrEqual(buildLimitUnits(data, m, row.year) * (1 + 1e-7) + 1e-6);
      if (m.unitSizeUnits !== undefined) {
        const units = row.buildUnits / m.unitSizeUnits;
        expect(Math.abs(units - Math.round(units)), `${f} ${m.id} ${row.year}: ${units} units`).toBeLessThan(1e-6);
      }
    }
  }, 60_000);

  it('the infeasible example is infeasible', () => {
    const plan = optimiseScenario(load(INFEASIBLE), backend);
    expect(plan.status).toBe('infeasible');
    expect(plan.factories[0]?.message).toMatch(/exceed the cap/);
  }, 60_000);
});
