/**
 * Golden LP text per hourly formulation unit (engine/formulation/hourly/units), on a one-year,
 * two-day, six-slice fixture. Regenerate deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run test/formulation/hourly-golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { HOURLY_UNITS, formulationUnitsFor } from '../../engine/formulation/hourly/units.ts';
import { FORMULATION_UNITS } from '../../engine/formulation/units.ts';
import { unitFragment } from './fragment.ts';

const fixture = join(import.meta.dirname, '../fixtures/scenarios/hourly-units.yaml');
const goldenDir = join(import.meta.dirname, 'golden');
const loaded = loadScenarioText(readFileSync(fixture, 'utf8'), fixture);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
const scenario = loaded.value;
const data = prepareFactoryData(scenario, scenario.factories[0]!);
const built = buildPathwayModel(data);

describe('hourly formulation units', () => {
  it('have unique snake_case names, distinct from the annual units', () => {
    const names = [...FORMULATION_UNITS, ...HOURLY_UNITS].map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    for (const u of HOURLY_UNITS) {
      expect(u.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(u.title.length).toBeGreaterThan(10);
      expect(u.unit.length).toBeGreaterThan(0);
    }
  });

  it('replace grid_supply, onsite_generation, grid_connection and electricity_balance on representative days, after carbon capture', () => {
    const names = formulationUnitsFor(data).map((u) => u.name);
    for (const gone of ['grid_supply', 'onsite_generation', 'grid_connection', 'electricity_balance']) expect(names).not.toContain(gone);
    expect(names.indexOf('hourly_grid')).toBeLessThan(names.indexOf('green_purchases'));
    expect(names.indexOf('carbon_capture')).toBeLessThan(names.indexOf('electric_load'));
    expect(names.indexOf('demand_charge')).toBeLessThan(names.indexOf('emissions'));
    // The annual PV export rules limit the year's exports, so they follow the unit that defines them.
    expect(names.indexOf('hourly_generation')).toBeLessThan(names.indexOf('pv_export_rules'));
  });

  it('every hourly unit has a golden file', () => {
    for (const u of HOURLY_UNITS) {
      const file = join(goldenDir, `${u.name}.lp`);
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, unitFragment(built, u.name));
      expect(existsSync(file), `missing golden file ${file}`).toBe(true);
    }
  });

  for (const u of HOURLY_UNITS) {
    it(`${u.name} matches its golden LP and contributes to the fixture`, () => {
      const text = unitFragment(built, u.name);
      expect(text.split('\n').length).toBeGreaterThan(2);
      expect(text).toBe(readFileSync(join(goldenDir, `${u.name}.lp`), 'utf8'));
    });
  }

  it('gives unique component names', () => {
    expect(new Set(built.model.colNames).size).toBe(built.model.colNames.length);
    expect(new Set(built.model.rowNames).size).toBe(built.model.rowNames.length);
  });
});
