/**
 * Properties of the representative-day balance: energy closes in every hour of every day and
 * year; the year's figures are the weighted sums of the hours; where nothing depends on the hour
 * (one price, no demand charge, no on-site generation) the hourly model gives the annual model's
 * plan and cost.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioData, loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { efficiency } from '../helpers/tiny.ts';
import { FLAT_DAY, hourlyTinyData } from '../helpers/hourly-tiny.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

function load(file: string): Scenario {
  const r = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const solve = (s: Scenario): FactoryPlan => optimiseFactory(s, s.factories[0]!, backend);

function expectBalancesClose(p: FactoryPlan): void {
  const h = p.hourly!;
  expect(h.dispatch.length).toBe(p.energy.length * h.days.length * 24);
  for (const r of h.dispatch) {
    const supply = r.gridMw - r.exportMw + r.dischargeMw - r.chargeMw + r.pvMw + r.windMw - r.curtailedMw;
    expect(supply, `${r.year} ${r.day} ${r.hour}`).toBeCloseTo(r.loadMw, 6);
    expect(r.curtailedMw).toBeGreaterThanOrEqual(0);
    expect(r.exportMw).toBeLessThanOrEqual(r.pvMw + r.windMw + 1e-7);
  }
  for (const e of p.energy) {
    const rows = h.dispatch.filter((r) => r.year === e.year);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + r.weightDays * f(r), 0);
    const scale = Math.max(1, e.electricityUseMwh);
    expect(sum((r) => r.loadMw) / scale).toBeCloseTo(e.electricityUseMwh / scale, 6);
    expect(sum((r) => r.gridMw) / scale).toBeCloseTo(e.gridMwh / scale, 6);
    expect(sum((r) => r.exportMw) / scale).toBeCloseTo(e.exportedMwh / scale, 6);
    expect(sum((r) => r.pvMw + r.windMw) / scale).toBeCloseTo(e.onsiteGenerationMwh / scale, 6);
    expect(sum((r) => r.curtailedMw) / scale).toBeCloseTo(e.curtailedMwh / scale, 6);
    const year = h.years.find((y) => y.year === e.year)!;
    // grid + self-consumed = use + battery losses
    expect((e.gridMwh + e.selfConsumedMwh) / scale).toBeCloseTo((e.electricityUseMwh + year.storageLossesMwh) / scale, 6);
  }
}

describe('energy balances close every hour', () => {
  it('on the hourly golden fixture (PV, battery, extra inverter power, electrified steam, demand charge)', () => {
    expectBalancesClose(solve(load(join(import.meta.dirname, '../fixtures/scenarios/hourly-units.yaml'))));
  });

  it('on a bundled plan with storage (electronics, Guangdong)', () => {
    const p = solve(load(join(import.meta.dirname, '../../scenarios/electronics-guangdong.yaml')));
    expect(p.hourly!.storage.length).toBeGreaterThan(0);
    expectBalancesClose(p);
  }, 60_000);
});

describe('where nothing depends on the hour', () => {
  it('the hourly model gives the annual plan, purchases and cost (fast-check over prices and measures)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 900 }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 1000, max: 4000 }),
        (price, saving, capex, capTco2) => {
          const plans = (['annual', 'representative_days'] as const).map((resolution) => {
            const data = hourlyTinyData({ measures: [efficiency('saver', saving, capex)], resolution, tariff: { timeOfUse: false } });
            const assumptions = data.assumptions;
            const r = loadScenarioData({
              ...data,
              factories: data.factories.map((f) => ({ ...f, hourly: { electricLoadProfile: FLAT_DAY } })),
              assumptions: { ...assumptions, prices: { ...assumptions.prices, carrierRmbPerMwh: { electricity: price } } },
              policy: { targetYear: 2026, netTargetTco2: capTco2, capPath: 'target_year_only', allowedOffsetProducts: [] },
            }, 'equivalence');
            if (!r.ok) throw new Error(JSON.stringify(r.error));
            return solve(r.value);
          });
          const [annual, hourly] = plans as [FactoryPlan, FactoryPlan];
          expect(hourly.status).toBe(annual.status);
          if (annual.objectiveRmb === null) return;
          expect(hourly.objectiveRmb! / annual.objectiveRmb).toBeCloseTo(1, 8);
          expect(hourly.energy[0]!.gridMwh).toBeCloseTo(annual.energy[0]!.gridMwh, 4);
          expect(hourly.plan.find((x) => x.measureId === 'saver')?.buildUnits ?? 0).toBeCloseTo(annual.plan.find((x) => x.measureId === 'saver')?.buildUnits ?? 0, 4);
        },
      ),
      { numRuns: 12, seed: 17 },
    );
  });

  it('the baseline bill at the TOU prices and demand charge of a flat load is the annual price × energy', () => {
    // Calibration (engine/data/hourly/factory-time.ts): a flat load pays the scenario's price on average.
    const r = loadScenarioData(hourlyTinyData({ measures: [], tariff: { bandMultipliers: {}, demandChargeRmbPerKwMonth: 30, contractDemandMinShareOfCapacity: 0 } }), 'flat');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const p = solve(r.value);
    const y = p.hourly!.years[0]!;
    expect(y.energyChargeRmb + y.basicChargeRmb).toBeCloseTo(8760 * 500, 3);
    expect(p.objectiveRmb).toBeCloseTo(8760 * 500, 3);
  });
});
