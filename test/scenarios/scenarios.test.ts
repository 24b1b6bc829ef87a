/**
 * Bundled scenarios: every YAML file parses, validates (header, then the year-bound schema, then the
 * loader), one scenario per sector matches its archetype, each passes the optimistic reach bound, and the
 * infeasible example fails it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../engine/data/archetypes/index.ts';
import { MEASURE_CATALOGUE } from '../../engine/data/catalogue/index.ts';
import { loadScenarioText, targetYearOf } from '../../engine/data/load-scenario.ts';
import { type Scenario, ScenarioHeaderSchema, scenarioSchema } from '../../engine/data/schemas/scenario.ts';
import { factorySchema } from '../../engine/data/schemas/factory.ts';
import { SECTOR_IDS, SECTORS } from '../../engine/data/sectors.ts';
import { yearRange, yearValue } from '../../engine/data/year-value.ts';
import { describeError } from '../../engine/errors.ts';
import { reachBound } from './reach-bound.ts';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const INFEASIBLE = 'infeasible-example.yaml';
/** Use-case scenarios built on an archetype (e.g. the bank case); they are not one-per-sector files. */
const USE_CASES = ['bank-loan-lithium-battery.yaml'];
const text = (f: string): string => readFileSync(DIR + f, 'utf8');

function load(f: string): Scenario {
  const r = loadScenarioText(text(f), f);
  if (!r.ok) throw new Error(describeError(r.error));
  return r.value;
}

describe('bundled scenario files', () => {
  it('has one file per sector plus the infeasible example', () => {
    expect(FILES).toContain(INFEASIBLE);
    expect(FILES.length).toBe(SECTOR_IDS.length + 1 + USE_CASES.length);
    for (const f of USE_CASES) expect(FILES).toContain(f);
  });

  it.each(FILES)('%s validates against the header and the year-bound schema', (f) => {
    const raw: unknown = parseYaml(text(f));
    const header = ScenarioHeaderSchema.parse(raw);
    const years = yearRange(header.baseYear, header.horizon.endYear);
    const r = scenarioSchema(yearValue(years)).safeParse(raw);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
  });

  it.each(FILES)('%s loads with the scenario loader (catalogue resolved)', (f) => {
    const r = loadScenarioText(text(f), f);
    expect(r.ok, r.ok ? '' : describeError(r.error)).toBe(true);
  });

  it('is listed in scenarios/README.md', () => {
    const readme = text('README.md');
    for (const f of FILES) expect(readme, f).toContain(f);
  });
});

const sectorFiles = FILES.filter((f) => f !== INFEASIBLE && !USE_CASES.includes(f));

describe('archetype scenarios', () => {
  it('cover every sector once', () => {
    const sectors = sectorFiles.map((f) => load(f).factories[0]?.sector);
    expect([...sectors].sort()).toEqual([...SECTOR_IDS].sort());
  });

  it.each(sectorFiles)('%s matches its archetype factory', (f) => {
    const s = load(f);
    const factory = s.factories[0];
    expect(factory).toBeDefined();
    if (factory === undefined) return;
    const archetype = factorySchema(yearValue(s.years)).parse(ARCHETYPES[factory.sector].factory);
    const numbers = (x: typeof archetype) => ({
      id: x.id, sector: x.sector, province: x.province, output: x.output, site: x.site, eu: x.euExportShareFraction,
      energy: x.inventory.energy,
      process: x.inventory.process.map((p) => [p.id, p.activity, p.activityUnit, p.factorTco2PerUnit]),
    });
    expect(numbers(factory)).toEqual(numbers(archetype));
  });

  it.each(sectorFiles)('%s targets its sector wave year', (f) => {
    const s = load(f);
    const sector = s.factories[0]?.sector ?? 'automotive';
    expect(targetYearOf(s)).toBe(SECTORS[sector].waveYear);
    expect(s.policy.netTargetFractionOfBase).toBeLessThanOrEqual(0.4);
    if (SECTORS[sector].waveYear === 2027) expect(s.policy.netTargetFractionOfBase).toBe(0);
    if (s.policy.netTargetFractionOfBase > 0) expect(s.description ?? '').toMatch(/threshold/);
  });

  it.each(sectorFiles)('%s is within reach every year (optimistic bound ≤ cap)', (f) => {
    const { years } = reachBound(load(f));
    for (const y of years) expect(y.boundTco2, `${f} ${y.year}`).toBeLessThanOrEqual(y.capTco2 + 1e-6);
  });
});

describe('infeasible example', () => {
  const s = load(INFEASIBLE);

  it('caps offsets at zero and excludes every electrification measure', () => {
    expect(s.policy.offsetShareCapFraction).toBe(0);
    const electrification = MEASURE_CATALOGUE.filter((m) => m.category === 'electrification').map((m) => m.id);
    for (const id of electrification) expect(s.measures.some((m) => m.id === id), id).toBe(false);
  });

  it('cannot reach its target even on the optimistic bound', () => {
    const { years } = reachBound(s);
    const target = years.find((y) => y.year === targetYearOf(s));
    expect(target).toBeDefined();
    expect(target?.boundTco2 ?? 0).toBeGreaterThan((target?.capTco2 ?? 0) + 1000);
  });
});
