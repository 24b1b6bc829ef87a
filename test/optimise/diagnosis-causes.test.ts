/**
 * The causes of an infeasible plan, ranked by the share of the shortfall each removes alone.
 * The bundled infeasible example (coal kilns, electrification excluded, offsets capped at 0 %,
 * offsets only from the 2027 target year) must lead with its excluded electrification, name its
 * coal heat as what remains, and put offsets second with the share derived below. With
 * electrification back, the build pace of the electric kilns is what keeps 2026 short.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { MAX_RELAXATIONS } from '../../engine/optimise/diagnosis-causes.ts';
import { relaxationsFor } from '../../engine/optimise/diagnosis-relaxations.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';

const FILE = fileURLToPath(new URL('../../scenarios/infeasible-example.yaml', import.meta.url));

function load(text: string): Scenario {
  const r = loadScenarioText(text, 'infeasible-example.yaml');
  if (!r.ok) throw new Error(describeError(r.error));
  return r.value;
}

/** The example with every excluded measure back on offer. */
const openText = () => readFileSync(FILE, 'utf8').replace(/\n {4}- (electric|heat_pump|induction|hydrogen)[a-z_]*/g, '').replace('exclude:', 'exclude: []\n  # was:');

let scenario: Scenario;
let plan: FactoryPlan;
beforeAll(async () => {
  scenario = load(readFileSync(FILE, 'utf8'));
  plan = optimiseScenario(scenario, await loadBackend('highs')).factories[0]!;
}, 60_000);

describe('diagnosis of the infeasible example', () => {
  it('leads with the excluded electrification, which removes every shortfall but the build-pace-bound 2026 one, with the field to change', async () => {
    const d = plan.diagnosis!;
    const lead = d.causes[0]!;
    expect(lead.kind).toBe('excluded_measures');
    expect(lead.field).toBe('measures.exclude');
    expect(lead.what).toMatch(/^electrification measures/);
    expect(lead.what).toContain('electric_kiln');
    // With electrification on offer only 2026's shortfall is left (an electric kiln shop takes more than
    // one year to build: its pace), so the share is 1 − S26' / ΣS (S26' = the 2026 shortfall of the file
    // with electrification back, optimised on its own; ΣS the 2026–2030 shortfalls here).
    const open = optimiseScenario(load(openText()), await loadBackend('highs')).factories[0]!;
    const left = open.diagnosis!.shortfallTco2;
    expect(left.filter((x) => x.shortfallTco2 > 1e-6).map((x) => x.year)).toEqual([2026]);
    const total = d.shortfallTco2.reduce((a, x) => a + x.shortfallTco2, 0);
    expect(lead.shortfallAfterTco2).toBeCloseTo(left[0]!.shortfallTco2, 0);
    expect(lead.shareOfShortfall).toBeCloseTo(1 - left[0]!.shortfallTco2 / total, 3);
    expect(lead.shareOfShortfall).toBeGreaterThan(0.9);
    // The relaxed plan builds electric heat for the kilns: the ids it names are among the excluded ones.
    expect(lead.uses.length).toBeGreaterThan(0);
    for (const u of lead.uses) expect(scenario.measures.some((m) => m.id === u.id)).toBe(false);
    expect(plan.message).toContain('[measures.exclude]');
  });

  it('names the coal-fired kiln heat as what remains, adding up to the shortfall', () => {
    const d = plan.diagnosis!;
    expect(d.residual.year).toBe(2027);
    expect(d.residual.sources[0]!.source).toBe('raw_coal:heat_high');
    expect(d.residual.sources[0]!.label).toMatch(/^Raw coal for high-temperature heat/);
    // Net zero in 2027 with no offsets: what remains is the whole 2027 shortfall.
    const total = d.residual.sources.reduce((s, x) => s + x.tco2, 0);
    const short2027 = d.shortfallTco2.find((s) => s.year === 2027)!.shortfallTco2;
    expect(total).toBeCloseTo(short2027, 0);
    expect(d.residual.sources.every((x) => x.source.startsWith('raw_coal:'))).toBe(true);
  });

  it('puts offsets second, as a non-reduction, with the share the 2026 ban leaves them', () => {
    const d = plan.diagnosis!;
    const offsets = d.causes.find((c) => c.kind === 'offset_cap')!;
    expect(d.causes.indexOf(offsets)).toBe(1);
    expect(offsets.reduces).toBe(false);
    expect(offsets.field).toBe('policy.offsetShareCapFraction');
    // Offsets are allowed only from 2027: lifting the cap removes 2027–2030's shortfall but not 2026's,
    // share = 4 S27 / (4 S27 + S26) (S27 = the 2027..2030 yearly shortfall, output flat, S26 the 2026 one).
    const s = Object.fromEntries(d.shortfallTco2.map((x) => [x.year, x.shortfallTco2]));
    const expected = (s[2027]! + s[2028]! + s[2029]! + s[2030]!) / (s[2026]! + s[2027]! + s[2028]! + s[2029]! + s[2030]!);
    expect(offsets.shareOfShortfall).toBeCloseTo(expected, 3);
    // The relaxed plan buys at least the 2027 shortfall (what no reduction reaches) and, offsets being
    // cheaper than the last efficiency step, at most 1 % more.
    expect(offsets.uses[0]!.amount).toBeGreaterThanOrEqual(s[2027]! - 1e-3);
    expect(offsets.uses[0]!.amount).toBeLessThan(s[2027]! * 1.01);
  });

  it('tries every relaxation it lists within its bound, and each names a field', () => {
    const data = prepareFactoryData(scenario, scenario.factories[0]!);
    const all = relaxationsFor(data, 'factories[0]');
    expect(all.length).toBeLessThanOrEqual(MAX_RELAXATIONS);
    expect(all.map((r) => r.kind)).toEqual(expect.arrayContaining(['excluded_measures', 'site_area', 'offset_cap', 'offset_years']));
    expect(all.find((r) => r.kind === 'site_area' && r.id === 'site:roof')!.field).toBe('factories[0].site.roofAreaM2');
  });

  it('with its electrification back on offer only 2026 is short, and its diagnosis then leads with the build pace', async () => {
    const p = optimiseScenario(load(openText()), await loadBackend('highs')).factories[0]!;
    expect(p.status).toBe('infeasible');
    const lead = p.diagnosis!.causes[0]!;
    expect(lead.kind).toBe('build_pace');
    expect(lead.field).toBe('measures.pace');
    expect(lead.shareOfShortfall).toBeGreaterThan(0.995);
  }, 60_000);
});
