/**
 * The site rules of issue 15 on representative days (test/helpers/hourly-tiny.ts: one day for all
 * 365, a flat 1 MW load, r = 0, valley 0–8 at 300 RMB/MWh and every other hour at 600). The
 * battery (500 RMB/kWh over 10 years = 50 RMB/kWh·yr, √0.81 = 0.9 each way) earns
 * 365 × (0.9 × 0.6 − 0.3 / 0.9) = 75.43 RMB per kWh a year, so it is built as far as the site lets it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { MeasureInput, ScenarioFile } from '../../engine/data/schemas/scenario.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { battery, hourlyTinyData, noonPv, type HourlyTinyOptions } from '../helpers/hourly-tiny.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const UPGRADE: MeasureInput = {
  id: 'grid_up', nameEn: 'Upgrade', nameZh: '增容', category: 'grid_connection', sectors: 'all', sizeUnit: 'kVA', capexRmbPerUnit: 30,
  lifetimeYears: 30, effect: { kind: 'grid_connection' }, source: 'test', confidence: 'assumption',
};

type SiteInput = NonNullable<ScenarioFile['factories'][number]['site']>;

function scenario(o: HourlyTinyOptions, site: Partial<SiteInput>): Scenario {
  const data = hourlyTinyData(o);
  const r = loadScenarioData({ ...data, factories: data.factories.map((f) => ({ ...f, site: { ...f.site, ...site } })) }, 'hourly_site_rules');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const solve = (s: Scenario): FactoryPlan => optimiseFactory(s, s.factories[0]!, backend);
const stock = (p: FactoryPlan, id: string) => p.plan.find((r) => r.measureId === id && r.year === 2026)?.stockUnits ?? 0;

describe('the grid connection in every hour', () => {
  it('caps valley charging: 2,000 kVA × 0.9 = 1.8 MW, 0.8 MW above the load for 8 h', () => {
    // Charged 0.8 MW × 8 h = 6.4 MWh → 5.76 MWh stored: a 5,760 kWh battery, full at 8:00, empty at 24:00.
    const p = solve(scenario({ measures: [battery()] }, { gridConnectionKva: 2000 }));
    expect(p.status).toBe('optimal');
    expect(stock(p, 'battery')).toBeCloseTo(5760, 3);
    const valley = p.hourly!.dispatch.filter((h) => h.year === 2026 && h.hour < 8);
    expect(valley).toHaveLength(8);
    for (const h of valley) expect(h.gridMw).toBeCloseTo(1.8, 6);
  });

  it('buys an upgrade when the spread pays for it: the import peak 1 + 19.753 / 8 MW needs 3,854.6 kVA', () => {
    // Unconstrained, the battery swings 16 / 0.9 = 17.778 MWh, charged with 17.778 / 0.9 = 19.753 MWh
    // spread evenly over the 8 valley hours (any other spread needs a larger connection): import
    // 1 + 2.469 = 3.469 MW = 3,854.6 kVA at 0.9, so the upgrade is 1,854.6 kVA at 1 RMB/kVA·yr.
    const p = solve(scenario({ measures: [battery(), UPGRADE] }, { gridConnectionKva: 2000 }));
    expect(stock(p, 'battery')).toBeCloseTo(16_000 / 0.9, 2);
    const importMw = 1 + 16 / 0.81 / 8;
    expect(stock(p, 'grid_up')).toBeCloseTo((importMw / 0.9) * 1000 - 2000, 2);
  });
});

describe('the PV export rules on the hours (Jiangsu)', () => {
  // 4,000 kW of PV at 0.75 kWh/kW at noon = 3 MWh against 1 MWh of load: 2 MWh surplus a day,
  // exports paid 200 RMB/MWh, no battery.
  const pv = noonPv(4000, 0.75);
  it('general C&I: exports at most 50 % of generation (1.5 of the 2 MWh surplus), the rest curtailed', () => {
    const p = solve(scenario({ measures: [pv], exportRmbPerMwh: 200 }, { pv: { projectClass: 'general_ci' } }));
    const e = p.energy.find((r) => r.year === 2026)!;
    expect(e.onsiteGenerationMwh).toBeCloseTo(365 * 3, 3);
    expect(e.exportedMwh).toBeCloseTo(365 * 1.5, 3);
    expect(e.selfConsumedMwh).toBeCloseTo(365 * 1, 3);
  });

  it('large C&I: exports nothing', () => {
    const p = solve(scenario({ measures: [pv], exportRmbPerMwh: 200 }, { pv: { projectClass: 'large_ci' } }));
    expect(p.energy.find((r) => r.year === 2026)!.exportedMwh).toBeCloseTo(0, 6);
  });
});
