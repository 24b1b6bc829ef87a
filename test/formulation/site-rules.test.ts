/**
 * Site and market rules on hand-computable factories: the PV project class (size cap and export share),
 * the grid connection (inverters within the connection, new load within the headroom, the upgrade
 * measure), build pace and whole units. One end-use: 2,000 MWh/yr of grid electricity at 600 RMB/MWh,
 * r = 0, no growth, no binding cap. A test PV measure costs 1,000 RMB/kWp over 25 years
 * (40 RMB/kWp/yr) and yields 1.0 MWh/kWp: 40 RMB/MWh, below every export price, so the rules decide.
 * Self-consumption ≤ 35 % of use (the default): 700 MWh. These are the annual units (time:
 * annual); test/hourly/site-rules.test.ts covers the same rules on representative days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import type { MeasureInput, Scenario } from '../../engine/data/schemas/scenario.ts';
import { newPvExportPriceRmbPerMwh } from '../../engine/data/reference/pv-export-rules.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';

const PV: MeasureInput = {
  id: 'pv', nameEn: 'PV', nameZh: '光伏', category: 'renewable_supply', sectors: 'all', sizeUnit: 'kWp', capexRmbPerUnit: 1000,
  lifetimeYears: 25, effect: { kind: 'onsite_generation', technology: 'pv', yieldMwhPerKwYear: 1, siteLimit: 'roof', areaM2PerKw: 1 },
  source: 'test', confidence: 'assumption',
};
const UPGRADE: MeasureInput = {
  id: 'grid_up', nameEn: 'Upgrade', nameZh: '增容', category: 'grid_connection', sectors: 'all', sizeUnit: 'kVA', capexRmbPerUnit: 300,
  lifetimeYears: 30, effect: { kind: 'grid_connection' }, source: 'test', confidence: 'assumption',
};

function scenario(o: { province: string; kva: number; voltageKv?: number; measures: MeasureInput[]; roofM2?: number; extraEnergy?: unknown[]; policy?: object; wholeUnits?: boolean }): Scenario {
  const r = loadScenarioData({
    id: 'site_rules',
    name: 'Site rules',
    horizon: { startYear: 2026, endYear: 2026 },
    time: { resolution: 'annual' },
    factory: {
      id: 'f', name: 'F', sector: 'machinery', province: o.province,
      output: { unit: 't', baseQuantity: 100 },
      site: { gridConnectionKva: o.kva, roofAreaM2: o.roofM2 ?? 100_000, ...(o.voltageKv !== undefined ? { connectionVoltageKv: o.voltageKv } : {}) },
      inventory: { energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: 2000 }, ...(o.extraEnergy ?? [])] },
    },
    assumptions: { discountRate: 0, gridFactor: { locationTco2PerMwh: 0.5, marketResidualTco2PerMwh: 0.5 }, prices: { carrierRmbPerMwh: { electricity: 600, diesel: 600 } } },
    policy: o.policy ?? { targetYear: 2026, netTargetTco2: 1e9, capPath: 'target_year_only', allowedOffsetProducts: [] },
    measures: { include: [], custom: o.measures, wholeUnits: o.wholeUnits ?? true },
  }, 'site_rules');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});
const solve = (s: Scenario): FactoryPlan => optimiseFactory(s, s.factories[0]!, backend);
const built = (p: FactoryPlan, id: string) => p.plan.filter((r) => r.measureId === id).reduce((s, r) => s + r.buildUnits, 0);

describe('PV project class and export rules', () => {
  it('Jiangsu (no continuous spot market): stays general C&I at 6 MW to export half its output', () => {
    // General C&I: ≤ 6,000 kWp, export ≤ 50 % of generation (default). Large C&I (110 kV, ≤ 50 MW): no export.
    // Price 391 × 0.570 = 222.8 RMB/MWh. General at 6 MW: 700 MWh self (420,000) + 3,000 MWh exported
    // (668,430) − 240,000 capex = 848,430 better than the baseline; large class at its best (700 kWp, self only) gains
    // 700 × (600 − 40) = 392,000. So the binary picks general C&I and builds the 6 MW cap.
    const p = solve(scenario({ province: 'jiangsu', kva: 60_000, measures: [PV] }));
    expect(p.status).toBe('optimal');
    expect(built(p, 'pv')).toBeCloseTo(6000, 4);
    expect(p.energy[0]!.exportedMwh).toBeCloseTo(3000, 4);
    expect(p.energy[0]!.selfConsumedMwh).toBeCloseTo(700, 4);
    expect(p.solver.integers).toBe(1);
    const price = newPvExportPriceRmbPerMwh('jiangsu');
    expect(price).toBeCloseTo(391 * (225 / 394.9), 9);
    expect(p.objectiveRmb).toBeCloseTo(1300 * 600 + 6000 * 40 - 3000 * price, 2);
  });

  it('Guangdong (continuous spot market): large C&I may sell its surplus, so the roof fills up to the 50 MW cap', () => {
    // The large class exports on the same 50 % cap: no binary; 50,000 kWp → 25,000 MWh exported.
    const p = solve(scenario({ province: 'guangdong', kva: 60_000, measures: [PV] }));
    expect(p.solver.integers).toBe(0);
    expect(built(p, 'pv')).toBeCloseTo(50_000, 3);
    expect(p.energy[0]!.exportedMwh).toBeCloseTo(25_000, 3);
  });

  it('a 10 kV site can host only general C&I: 6 MW, no binary', () => {
    const p = solve(scenario({ province: 'guangdong', kva: 8000, measures: [PV] }));
    expect(p.solver.integers).toBe(0);
    expect(built(p, 'pv')).toBeCloseTo(6000, 4);
  });
});

describe('grid connection', () => {
  it('infers 35 kV for a 30,000 kVA connection, so large C&I stops at 20 MW', () => {
    expect(built(solve(scenario({ province: 'guangdong', kva: 30_000, measures: [PV] })), 'pv')).toBeCloseTo(20_000, 3);
  });

  it('caps the PV inverters at the connection: 30,000 kVA × 0.9 × 1.2 kWp/kW = 32,400 kWp (at 110 kV)', () => {
    const p = solve(scenario({ province: 'guangdong', kva: 30_000, voltageKv: 110, measures: [PV] }));
    expect(built(p, 'pv')).toBeCloseTo(32_400, 3);
  });

  it('buys an upgrade when exports pay for it: +17,600 kWp needs 17,600 / 1.2 / 0.9 = 16,296 kVA', () => {
    // Each upgraded kVA carries 1.08 kWp; at 300 RMB over 30 years it costs 10 RMB/yr and earns
    // 1.08 × (0.5 × 258.2 − 40) ≫ 10, so the site upgrades to the 50 MW class cap.
    const p = solve(scenario({ province: 'guangdong', kva: 30_000, voltageKv: 110, measures: [PV, UPGRADE] }));
    expect(built(p, 'pv')).toBeCloseTo(50_000, 3);
    expect(built(p, 'grid_up')).toBeCloseTo(17_600 / 1.2 / 0.9, 3);
  });

  it('keeps new electric load within the headroom above the baseline peak', () => {
    // Baseline peak 2,000 MWh ÷ (8,760 h × 0.5, machinery) = 456.6 kW; connection 1,000 kVA × 0.9 = 900 kW:
    // headroom 443.4 kW. A free electric boiler (ratio 0.97, 1 kW_th per unit) beats diesel steam (600 ÷ 0.88 =
    // 681.8 RMB per useful MWh against 600 ÷ 0.97 = 618.6), so it fills the headroom: 443.4 × 0.97 = 430.1 kW_th.
    const boiler: MeasureInput = {
      id: 'e_boiler', nameEn: 'E-boiler', nameZh: '电锅炉', category: 'electrification', sectors: 'all', sizeUnit: 'kW_th',
      capexRmbPerUnit: 0, lifetimeYears: 20, effect: { kind: 'electrification', endUses: ['steam'], usefulPerElectricity: 0.97, usefulMwhPerUnitYear: 6 },
      source: 'test', confidence: 'assumption',
    };
    const steam = [{ endUse: 'steam', carrier: 'diesel', energyMwh: 10_000 }];
    const p = solve(scenario({ province: 'jiangsu', kva: 1000, measures: [boiler], extraEnergy: steam }));
    const headroomKw = 900 - (2000 * 1000) / (8760 * 0.5);
    expect(built(p, 'e_boiler')).toBeCloseTo(headroomKw * 0.97, 4);
    const bigger = solve(scenario({ province: 'jiangsu', kva: 1000, measures: [boiler, UPGRADE], extraEnergy: steam }));
    // With the upgrade (300 RMB/kVA over 30 years = 10 RMB/kVA/yr ≪ the 63 RMB/MWh saved × 6 MWh per kW_th), all
    // 8,800 useful MWh are electrified: 1,466.7 kW_th.
    expect(built(bigger, 'e_boiler')).toBeCloseTo(8800 / 6, 3);
    expect(built(bigger, 'grid_up')).toBeCloseTo((8800 / 6 / 0.97 - headroomKw) / 0.9, 3);
  });
});

describe('build pace and whole units', () => {
  const truck: MeasureInput = {
    id: 'truck', nameEn: 'E-truck', nameZh: '电卡', category: 'electrification', sectors: 'all', sizeUnit: 'vehicle', capexRmbPerUnit: 100_000,
    lifetimeYears: 8, effect: { kind: 'electrification', endUses: ['transport'], usefulPerElectricity: 2.4, usefulMwhPerUnitYear: 100 },
    unitSizeUnits: 1, source: 'test', confidence: 'assumption',
  };
  const fleet = [{ endUse: 'transport', carrier: 'diesel', energyMwh: 250 }];
  // Electricity emits 1,000 t; trucks must carry all 250 MWh of transport energy (useful = final for transport).
  // 3 trucks: 250 ÷ 2.4 = 104.2 MWh → 52.1 t, total 1,052.1 t. 2 trucks leave 50 MWh of diesel (13.1 t) and
  // draw 83.3 MWh (41.7 t): 1,054.7 t. A cap of 1,053 t therefore needs the third truck.
  const netZeroFuel = { targetYear: 2026, netTargetTco2: 1053, capPath: 'target_year_only', allowedOffsetProducts: [] };

  it('builds whole trucks: 2.5 trucks of transport energy means 3 trucks bought', () => {
    const p = solve(scenario({ province: 'jiangsu', kva: 1000, measures: [truck], extraEnergy: fleet, policy: netZeroFuel }));
    expect(p.status).toBe('optimal');
    expect(built(p, 'truck')).toBe(3);
    const relaxed = solve(scenario({ province: 'jiangsu', kva: 1000, measures: [truck], extraEnergy: fleet, policy: netZeroFuel, wholeUnits: false }));
    expect(built(relaxed, 'truck')).toBeCloseTo(2.5, 6);
  });

  it('a pace of a third of the potential a year cannot replace the fleet in one year', () => {
    const paced: MeasureInput = { ...truck, pace: { leadTimeYears: 0, maxShareOfPotentialPerYear: 0.34, basis: 'test' } };
    const p = solve(scenario({ province: 'jiangsu', kva: 1000, measures: [paced], extraEnergy: fleet, policy: netZeroFuel }));
    // 0.34 × 2.5 = 0.85 truck → at most 1 whole truck: 100 of 250 MWh, the rest stays diesel (1,060 t > 1,053).
    expect(p.status).toBe('infeasible');
  });

  it('a lead time pushes the first build past the horizon start', () => {
    const late: MeasureInput = { ...truck, pace: { leadTimeYears: 1, maxShareOfPotentialPerYear: 1, basis: 'test' } };
    const p = solve(scenario({ province: 'jiangsu', kva: 1000, measures: [late], extraEnergy: fleet, policy: netZeroFuel }));
    expect(p.status).toBe('infeasible');
  });
});
