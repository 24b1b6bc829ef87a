/**
 * The economic residual stage solved on the plan's own model (engine/optimise/residual.ts): freeing
 * the caps, the residual rows and the certification prerequisites gives the stage built without
 * them, and setting R_y gives the plan model built with it — so sharing one model changes nothing
 * a plan reports but the solver's starting point.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData, type FactoryData } from '../../engine/formulation/factory-data.ts';
import { grossTco2, withGrossPrice } from '../../engine/optimise/gross-price.ts';
import { buildPlanModel } from '../../engine/optimise/optimise-factory.ts';
import { CAP_UNITS, residualStage, withoutCaps, withResidual } from '../../engine/optimise/residual.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';

function scenario(file: string): Scenario {
  const path = new URL(`../../scenarios/${file}`, import.meta.url).pathname;
  const loaded = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { ...loaded.value, time: { ...loaded.value.time, resolution: 'annual' } };
}

const zeros = (data: FactoryData) => Object.fromEntries(data.years.map((y) => [y, 0]));

describe.each(['automotive-shanghai.yaml', 'textiles-zhejiang.yaml'])('one model for the residual stage and the plan: %s', (file) => {
  let highs: SolverBackend;
  let data: FactoryData;
  beforeAll(async () => {
    highs = await loadBackend('highs');
    const s = scenario(file);
    data = prepareFactoryData(s, s.factories[0]!);
  });

  it('setting R_y on a plan model built with any residual gives the model built with R_y', () => {
    const r = Object.fromEntries(data.years.map((y, i) => [y, 1000 * (i + 1) + 0.5]));
    const direct = buildPlanModel(data, r).model;
    const shared = withResidual(buildPlanModel(data, zeros(data)), r).model;
    expect(shared.rowNames).toEqual(direct.rowNames);
    expect(Array.from(shared.rowUpper)).toEqual(Array.from(direct.rowUpper));
    expect(Array.from(shared.rowLower)).toEqual(Array.from(direct.rowLower));
    expect(Array.from(shared.colCost)).toEqual(Array.from(direct.colCost));
    expect(Array.from(shared.matrix.value)).toEqual(Array.from(direct.matrix.value));
  });

  it('the rows it frees are exactly the rows a build with omitCaps leaves out', () => {
    const plan = buildPlanModel(data, zeros(data));
    const kept = new Set(buildPathwayModel(data, { omitCaps: true }).model.rowNames);
    const left = plan.model.rowNames.filter((n) => !kept.has(n));
    expect(left.length).toBeGreaterThan(0);
    expect(new Set(left.map((n) => plan.ctx.rowUnit[plan.model.rowNames.indexOf(n)]))).toEqual(new Set([...CAP_UNITS].filter((u) => plan.ctx.rowUnit.includes(u))));
    expect(plan.model.rowNames.filter((n, i) => CAP_UNITS.has(plan.ctx.rowUnit[i]!) && kept.has(n))).toEqual([]);
  });

  it('freeing the caps solves to the stage built without them: same objective, same R_y', () => {
    const ceiling = data.policy.residualCeilingRmbPerTco2;
    const plan = buildPlanModel(data, zeros(data));
    const freed = withoutCaps(plan);
    expect(plan.ctx.rowUnit.filter((u, i) => CAP_UNITS.has(u) && (freed.rowUpper[i] !== Infinity || freed.rowLower[i] !== -Infinity))).toEqual([]);
    const omitted = buildPathwayModel(data, { omitCaps: true });
    const a = highs.solve(withGrossPrice({ model: freed, ctx: plan.ctx }, ceiling), { wantDuals: false });
    const b = highs.solve(withGrossPrice(omitted, ceiling), { wantDuals: false });
    expect(a.termination).toBe('optimal');
    expect(b.termination).toBe('optimal');
    expect(Math.abs(a.objective! - b.objective!)).toBeLessThanOrEqual(1e-6 * Math.abs(b.objective!) + 1e-3);
    const viaPlan = residualStage(data, highs, { planModel: plan }).residualTco2!;
    const viaOwn = residualStage(data, highs, {}).residualTco2!;
    for (const y of data.years) {
      expect(viaPlan[y]).toBeCloseTo(viaOwn[y]!, 3);
      expect(viaOwn[y]).toBeCloseTo(Math.max(0, grossTco2(omitted, b.colValues!, y)), 3);
    }
  });
});
