/**
 * Calibration against published Chinese factories (test/calibration/cases.ts): each plan's PV size,
 * PV yield and export share must fall in the band written beside its case. The printed table (with
 * LINGTAN_CALIBRATION_REPORT=1) is the published-versus-modelled comparison quoted in README.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { CALIBRATION_CASES, type Band } from './cases.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

interface Outcome {
  readonly pvKwp: number;
  readonly yieldKwhPerKwp: number;
  readonly exportShareFraction: number;
  readonly selfSupplyShareFraction: number;
}

function outcome(plan: FactoryPlan): Outcome {
  const pv = (id: string) => id === 'rooftop_pv' || id === 'ground_pv';
  const pvKwp = Math.max(0, ...plan.plan.filter((r) => pv(r.measureId)).map((r) => r.stockUnits));
  const last = plan.energy.at(-1)!;
  const lastPvKwp = plan.plan.filter((r) => pv(r.measureId) && r.year === last.year).reduce((s, r) => s + r.stockUnits, 0);
  const generated = plan.energy.reduce((s, e) => s + e.onsiteGenerationMwh, 0);
  const exported = plan.energy.reduce((s, e) => s + e.exportedMwh, 0);
  const wind = plan.plan.some((r) => r.measureId === 'onsite_wind' && r.stockUnits > 0);
  if (wind) throw new Error('a calibration plan built wind: the yield check assumes PV only');
  return {
    pvKwp,
    yieldKwhPerKwp: lastPvKwp > 0 ? (last.onsiteGenerationMwh * 1000) / lastPvKwp : 0,
    exportShareFraction: generated > 0 ? exported / generated : 0,
    selfSupplyShareFraction: last.electricityUseMwh > 0 ? last.selfConsumedMwh / last.electricityUseMwh : 0,
  };
}

const within = (x: number, b: Band, what: string) => {
  expect(x, `${what} ${x.toFixed(3)} outside [${b.low}, ${b.high}]: ${b.why}`).toBeGreaterThanOrEqual(b.low);
  expect(x, `${what} ${x.toFixed(3)} outside [${b.low}, ${b.high}]: ${b.why}`).toBeLessThanOrEqual(b.high);
};

describe('published factories', () => {
  const rows: string[] = [];
  it.each(CALIBRATION_CASES.map((c) => [c.project.id, c] as const))('%s: PV size, yield and export share in their bands', (_id, c) => {
    const loaded = loadScenarioData(c.scenario, c.project.id);
    if (!loaded.ok) throw new Error(describeError(loaded.error));
    const s = loaded.value;
    const plan = optimiseFactory(s, s.factories[0]!, backend);
    expect(plan.status, plan.message).toBe('optimal');
    const o = outcome(plan);
    rows.push(
      `${c.project.id}: PV ${(c.project.capacityKwp.value / 1000).toFixed(1)} MW published / ${(o.pvKwp / 1000).toFixed(1)} MW modelled; ` +
        `yield ${c.project.yieldKwhPerKwp.value.toFixed(0)} / ${o.yieldKwhPerKwp.toFixed(0)} kWh/kWp; export ${(o.exportShareFraction * 100).toFixed(1)} %; ` +
        `self-supply ${(o.selfSupplyShareFraction * 100).toFixed(1)} %`,
    );
    within(o.pvKwp, c.pvKwp, 'PV kWp');
    within(o.yieldKwhPerKwp, c.yieldKwhPerKwp, 'yield kWh/kWp');
    within(o.exportShareFraction, c.exportShareFraction, 'export share');
    if (c.selfSupplyShareFraction !== undefined) within(o.selfSupplyShareFraction, c.selfSupplyShareFraction, 'self-supply share');
  }, 60_000);

  it('the Xi\'an car plant meets issue 15: 40–65 MW, 850–1,000 h, ≤ 10 % exported', () => {
    const c = CALIBRATION_CASES.find((x) => x.project.id === 'geely_xian')!;
    expect(c.pvKwp.low).toBeGreaterThanOrEqual(40_000);
    expect(c.pvKwp.high).toBeLessThanOrEqual(65_000);
    expect(c.yieldKwhPerKwp.low).toBeGreaterThanOrEqual(850);
    expect(c.yieldKwhPerKwp.high).toBeLessThanOrEqual(1000);
    expect(c.exportShareFraction.high).toBeLessThanOrEqual(0.1);
    if (process.env['LINGTAN_CALIBRATION_REPORT'] === '1') process.stdout.write(`${rows.join('\n')}\n`);
  });
});
