/** Scenario loading: every malformed file gets a message with the field path and the reason. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import { describeError } from '../../engine/errors.ts';

const bad = (name: string) => {
  const file = join(import.meta.dirname, '../fixtures/bad', name);
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (r.ok) throw new Error(`${name} should not load`);
  return r.error;
};

describe('malformed scenarios', () => {
  it.each([
    ['unknown-sector.yaml', 'factories[0].sector', /"cars" is not allowed; expected one of "automotive"/],
    ['unknown-province.yaml', 'factories[0].province', /"atlantis" is not allowed/],
    ['negative-energy.yaml', 'factories[0].inventory.energy[0].energyMwh', /energy must be ≥ 0/],
    ['wrong-type.yaml', 'factories[0].output.baseQuantity', /expected number, got string "ten"/],
    ['missing-field.yaml', 'factories[0].site', /required field is missing/],
    ['bad-expression.yaml', 'assumptions.prices.etsRmbPerTco2', /Undefined function foo/],
  ])('%s names %s and the reason', (name, path, reason) => {
    const error = bad(name);
    expect(error.code).toBe('scenario_invalid');
    expect(error.file).toContain(name);
    const issue = error.issues?.find((i) => i.path === path);
    expect(issue, describeError(error)).toBeDefined();
    expect(issue!.message).toMatch(reason);
  });

  it('broken YAML gives the line and column', () => {
    const error = bad('broken.yaml');
    expect(error.code).toBe('scenario_syntax');
    expect(error.message).toMatch(/not valid YAML \(line \d+, column \d+\)/);
  });

  it('resolves per-year inputs to numbers: number, year map and expression', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/hand-computed.yaml'), 'utf8').concat(
      '\nassumptions:\n  prices:\n    etsRmbPerTco2: "60 * 1.1 ^ (year - 2025)"\n    shadowCarbonRmbPerTco2: { "2026": 100, "2028": 200 }\n',
    );
    const r = loadScenarioText(text, 'inline.yaml');
    if (!r.ok) throw new Error(describeError(r.error));
    expect(r.value.assumptions.prices.etsRmbPerTco2[2027]).toBeCloseTo(72.6, 10);
    expect(r.value.assumptions.prices.shadowCarbonRmbPerTco2[2027]).toBe(150);
    expect(r.value.assumptions.prices.shadowCarbonRmbPerTco2[2025]).toBe(100);
    expect(r.value.factories[0]!.output.growthRate[2026]).toBe(0.1);
  });

  it('converts physical quantities to MWh with the net calorific value', () => {
    const r = loadScenarioText(readFileSync(join(import.meta.dirname, '../fixtures/scenarios/hand-computed.yaml'), 'utf8'), 'h.yaml');
    if (!r.ok) throw new Error(describeError(r.error));
    const coal = r.value.factories[0]!.inventory.energy.find((e) => e.carrier === 'raw_coal')!;
    expect(coal.energyMwh).toBeCloseTo((1000 * 20.908) / 3.6, 9); // 1,000 t × 20.908 GJ/t
  });

  it('rejects an unknown offset product and an unknown measure id', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/hand-computed.yaml'), 'utf8')
      .replace('policy:\n  targetYear: 2028', 'policy:\n  targetYear: 2028\n  allowedOffsetProducts: [moon_credit]');
    const r = loadScenarioText(text, 'x.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.message).toMatch(/unknown offset product "moon_credit"/);
  });
});

describe('value checks found by fuzzing the API', () => {
  const base = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/hand-computed.yaml'), 'utf8');
  it('rejects a negative capex or price with the field path', () => {
    const r = loadScenarioText(
      `${base}\nmeasures:\n  custom:\n    - { id: bad, nameEn: Bad, nameZh: 坏, category: efficiency, sectors: all, sizeUnit: MWh, capexRmbPerUnit: -5, lifetimeYears: 5, effect: { kind: efficiency, endUses: [motors], savingFraction: 0.1 }, source: t, confidence: assumption }\n`,
      'neg.yaml',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]).toEqual({ path: 'measures.custom[0].capexRmbPerUnit', message: 'must be ≥ 0 in every year' });
  });

  it('names an unknown effect kind', () => {
    const r = loadScenarioText(
      `${base}\nmeasures:\n  custom:\n    - { id: bad, nameEn: Bad, nameZh: 坏, category: efficiency, sectors: all, sizeUnit: MWh, capexRmbPerUnit: 5, lifetimeYears: 5, effect: { kind: teleport }, source: t, confidence: assumption }\n`,
      'kind.yaml',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.message).toMatch(/unknown kind/);
  });

  it('refuses an end-use listed twice by one measure', () => {
    const r = loadScenarioText(
      `${base}\nmeasures:\n  custom:\n    - { id: twice, nameEn: Twice, nameZh: 两次, category: efficiency, sectors: all, sizeUnit: MWh, capexRmbPerUnit: 5, lifetimeYears: 5, effect: { kind: efficiency, endUses: [motors, motors], savingFraction: 0.1 }, source: t, confidence: assumption }\n`,
      'twice.yaml',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]).toEqual({ path: 'measures.custom[0].effect.endUses', message: 'each end-use may be listed once' });
  });
});
