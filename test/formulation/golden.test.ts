/**
 * Golden LP text per formulation unit (Calliope tests/math style): each unit's rows, objective
 * terms and bounds on a fixture that exercises every unit. Regenerate deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run test/formulation/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { FORMULATION_UNITS } from '../../engine/formulation/units.ts';
import { unitFragment } from './fragment.ts';

const fixture = join(import.meta.dirname, '../fixtures/scenarios/all-units.yaml');
const goldenDir = join(import.meta.dirname, 'golden');
const loaded = loadScenarioText(readFileSync(fixture, 'utf8'), fixture);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
const scenario = loaded.value;
// The residual rows exist only once stage 1 has found R_y (engine/optimise/residual.ts): give them values.
const built = buildPathwayModel(prepareFactoryData(scenario, scenario.factories[0]!), {
  offsetEligibleResidualTco2: { 2026: 1200, 2027: 500 },
  maxDiscountedGrossTco2: 2500,
});

describe('formulation units', () => {
  it('have unique snake_case names, titles and units', () => {
    const names = FORMULATION_UNITS.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    for (const u of FORMULATION_UNITS) {
      expect(u.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(u.title.length).toBeGreaterThan(10);
      expect(u.unit.length).toBeGreaterThan(0);
    }
  });

  it('every unit has a golden file', () => {
    for (const u of FORMULATION_UNITS) {
      const file = join(goldenDir, `${u.name}.lp`);
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, unitFragment(built, u.name));
      expect(existsSync(file), `missing golden file ${file}`).toBe(true);
    }
  });

  for (const u of FORMULATION_UNITS) {
    it(`${u.name} matches its golden LP and contributes to the fixture`, () => {
      const text = unitFragment(built, u.name);
      expect(text.split('\n').length).toBeGreaterThan(2);
      expect(text).toBe(readFileSync(join(goldenDir, `${u.name}.lp`), 'utf8'));
    });
  }
});

describe('component names', () => {
  it('are unique in every bundled scenario (the builder skips the per-add check)', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = join(import.meta.dirname, '../../scenarios');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      const r = loadScenarioText(readFileSync(join(dir, f), 'utf8'), f);
      if (!r.ok) throw new Error(f);
      for (const factory of r.value.factories) {
        const { model } = buildPathwayModel(prepareFactoryData(r.value, factory), { capShortfall: true });
        expect(new Set(model.colNames).size, f).toBe(model.colNames.length);
        expect(new Set(model.rowNames).size, f).toBe(model.rowNames.length);
      }
    }
    expect(new Set(built.model.colNames).size).toBe(built.model.colNames.length);
  });
});
