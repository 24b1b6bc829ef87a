/**
 * policy.certify in the optimisation: a plan optimised with a pack passes the check for it from the
 * target year on; an unreachable criterion makes the plan infeasible with a diagnosis naming it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../engine/compliance/check.ts';
import { loadScenarioData, loadScenarioText } from '../../engine/data/load-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { parse } from 'yaml';

const file = (name: string) => join(import.meta.dirname, '../../scenarios', name);
const withPolicy = (name: string, policy: Record<string, unknown>, over: { readonly measures?: object } = {}) => {
  const data = parse(readFileSync(file(name), 'utf8')) as { policy: Record<string, unknown> };
  const r = loadScenarioData({ ...data, ...over, policy: { ...data.policy, ...policy } }, name);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('policy.certify', () => {
  // The coal-based ammonia plant misses both without the pack and meets them with it, at 2,084 instead
  // of 1,446 M RMB (representative days, measured with HiGHS after issue 17; continuous sizes keep
  // this an LP: with whole units the certified MILP needs more than the 60 s limit on a busy machine).
  // The unit and the check read the same quantities: the electricity the equipment uses (not the
  // battery's losses, which the plan's 2.4 GWh of Shandong arbitrage storage would otherwise add to
  // the energy the criteria divide by) and renewable electricity at most that use. The BF-BOF steel
  // mill used to serve here; with build pace (EAF first in 2028) it reaches only 17 % renewable
  // energy by 2030, so Hunan's 55 % is out of reach for it (see the infeasible case below).
  it('makes the ammonia plan meet Hunan’s 2030 prerequisites (≤ 0.87 tCO2/tce, ≥ 55 % renewable energy), which it misses without', async () => {
    const highs = await loadBackend('highs');
    const continuous = { measures: { ...(parse(readFileSync(file('chemicals-shandong.yaml'), 'utf8')) as { measures: object }).measures, wholeUnits: false } };
    const plain = withPolicy('chemicals-shandong.yaml', {}, continuous);
    const certified = withPolicy('chemicals-shandong.yaml', { certify: ['hunan_2025'] }, continuous);
    const p0 = optimiseScenario(plain, highs);
    const p1 = optimiseScenario(certified, highs);
    expect(p1.status).toBe('optimal');
    const year = (s: typeof plain, p: typeof p0) => {
      const r = checkScenario(s, p.factories, { packs: ['hunan_2025'], year: 2030 });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.factories[0]!.results[0]!.plan!.years[0]!;
    };
    expect(year(plain, p0).blockers.map((b) => b.criterion)).toEqual(['HN-CI', 'HN-RE']);
    const met = year(certified, p1);
    expect(met.blockers).toEqual([]);
    // The cheapest plan that qualifies costs more than the plain optimum.
    expect(p1.objectiveRmb!).toBeGreaterThan(p0.objectiveRmb!);
  });

  it('an unreachable criterion is infeasible with a diagnosis naming it', async () => {
    const s = withPolicy('steel-hebei.yaml', { certify: ['cn_ceca_0171'] });
    const plan = optimiseScenario(s, await loadBackend('highs'));
    const f = plan.factories[0]!;
    // 6★ needs the residual fully offset, but offsets are capped at 10 % of base-year gross and the
    // BF-BOF plant keeps far more than that in 2030 (its own near-zero target is 30 % of base).
    expect(f.status).toBe('infeasible');
    expect(f.diagnosis!.summary).toContain('CECA-6S-OFF');
  });

  // On representative days this mill once came out feasible: certificates bought for a 26.6 GWh
  // battery's 1.2 TWh of losses a year diluted its carbon per energy and raised its renewable share.
  // Losses are no energy use (certify_criteria, certify_use), so it is infeasible on both balances.
  it('a BF-BOF mill cannot reach Hunan’s 55 % renewable energy by 2030: infeasible, naming HN-RE and HN-CI', async () => {
    const plan = optimiseScenario(withPolicy('steel-hebei.yaml', { certify: ['hunan_2025'] }), await loadBackend('highs'));
    const f = plan.factories[0]!;
    expect(f.status).toBe('infeasible');
    expect(f.diagnosis!.summary).toContain('HN-RE');
    expect(f.diagnosis!.summary).toContain('HN-CI');
  });

  it('rejects an unknown pack in policy.certify with its path', () => {
    const text = readFileSync(file('machinery-jiangsu.yaml'), 'utf8').replace('  scope2Method: market', '  scope2Method: market\n  certify: [atlantis_2099]');
    const r = loadScenarioText(text, 'x.yaml');
    expect(!r.ok && r.error.issues).toContainEqual({ path: 'policy.certify[0]', message: expect.stringContaining('unknown rule pack "atlantis_2099"') });
  });
});
