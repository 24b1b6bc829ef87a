/**
 * Representative-day optima computed by hand (test/helpers/hourly-tiny.ts): one day for all 365, a
 * flat 1 MW load, r = 0, valley 0–8 at 300 RMB/MWh and every other hour at 600 (the 500 RMB/MWh
 * average of a flat load: flat = 500 / (20/24) = 600), no demand charge. The battery costs 500 RMB
 * per kWh over 10 years = 50 RMB/kWh·yr, charges at √0.81 = 0.9 and discharges at 0.9.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { FactoryPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { battery, hourlyTiny, noonPv, type HourlyTinyOptions } from '../helpers/hourly-tiny.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const solve = (o: HourlyTinyOptions): FactoryPlan => {
  const s = hourlyTiny(o);
  return optimiseFactory(s, s.factories[0]!, backend);
};
const stock = (p: FactoryPlan, id: string) => p.plan.find((r) => r.measureId === id && r.year === 2026)?.stockUnits ?? 0;

describe('a day with a two-price tariff', () => {
  it('arbitrage: the battery covers all 16 high-price hours; size and cost by hand', () => {
    // A kWh of capacity delivers 0.9 kWh at 600 and is refilled with 1/0.9 kWh at 300:
    // 365 × (0.9 × 0.6 − 0.3 / 0.9) = 75.43 RMB/yr > 50 RMB/yr, so it is built up to the load it
    // can serve: 16 MWh a day (1 MW × 16 h) needs a swing of 16 / 0.9 = 17,777.8 kWh.
    const p = solve({ measures: [battery()] });
    expect(p.status).toBe('optimal');
    expect(stock(p, 'battery')).toBeCloseTo(16_000 / 0.9, 3);
    // Baseline 4,380,000 RMB (8 × 300 + 16 × 600 a day), less 17,777.8 × (75.433 − 50).
    const net = (16_000 / 0.9) * (365 * (0.9 * 0.6 - 0.3 / 0.9) - 50);
    expect(p.objectiveRmb).toBeCloseTo(4_380_000 - net, 0);
    const value = p.hourly!.storage[0]!;
    expect(value.arbitrageRmb).toBeCloseTo((16_000 / 0.9) * 365 * (0.9 * 0.6 - 0.3 / 0.9), 0);
    expect(value.selfConsumptionRmb).toBeCloseTo(0, 6);
    expect(value.equivalentCycles).toBeCloseTo(365 * 0.9, 3);
  });

  it('PV at noon: surplus stored for the evening, the rest of the swing bought in the valley', () => {
    // 4,000 kW of PV at 0.75 kWh/kW = 3 MW at noon against 1 MW of load: 2 MWh surplus (export
    // pays 0) charged at 0.9 → 1.8 MWh stored. The battery serves the other 15 high hours: 15 MWh,
    // a swing of 16.667 MWh, of which 14.867 MWh comes from valley energy (16.519 MWh bought at 300).
    // Its energy capacity is the swing from full at 8:00 to empty at 24:00: 4.444 − 1.8 + 12.222
    // = 14,866.7 kWh. Cost a year: 300 × (8 + 16.519) × 365 + 14,866.7 × 50 + 4,000 × 10.
    const p = solve({ measures: [battery(), noonPv(4000, 0.75)] });
    const fromValleyMwh = (15 / 0.9 - 1.8) / 0.9;
    expect(stock(p, 'pv')).toBeCloseTo(4000, 3);
    expect(stock(p, 'battery')).toBeCloseTo((15 / 0.9 - 1.8) * 1000, 2);
    expect(p.objectiveRmb).toBeCloseTo(300 * (8 + fromValleyMwh) * 365 + (15 / 0.9 - 1.8) * 1000 * 50 + 4000 * 10, 0);
    const e = p.energy[0]!;
    expect(e.onsiteGenerationMwh).toBeCloseTo(3 * 365, 6);
    expect(e.selfConsumedMwh).toBeCloseTo(3 * 365, 6); // 1 MWh to the load, 2 MWh into the battery
    expect(e.exportedMwh).toBeCloseTo(0, 6);
    expect(p.hourly!.storage[0]!.selfConsumptionRmb).toBeGreaterThan(0);
  });

  it('with one price in every hour and no demand charge, no battery is built', () => {
    const p = solve({ measures: [battery()], tariff: { timeOfUse: false } });
    expect(stock(p, 'battery')).toBe(0);
    expect(p.objectiveRmb).toBeCloseTo(8760 * 500, 3);
  });

  it('a demand charge alone pays for shaving the peak until every hour is level', () => {
    // One price in every hour, demand charge 40 RMB/kW·month (480,000 RMB per MW a year), no contract
    // floor. The load is m = 8,760 MWh / 365 / 25 = 0.96 MW, with 2m at 19:00. The battery (1 h) shaves
    // 19:00 to P and refills (2m − P)/0.81 MWh over the other 23 hours, each raised to at most P:
    // 23 × 0.81 × (P − m) = 2m − P, so P = m (2 + 18.63) / 19.63 = 1.0089 MW. Each MW shaved saves
    // 480,000 RMB for 1/0.9 MWh of swing (55,556 RMB a year): shaving to the level is optimal.
    const s = hourlyTiny({ measures: [battery({ durationHours: 1 })], tariff: { timeOfUse: false, demandChargeRmbPerKwMonth: 40, contractDemandMinShareOfCapacity: 0 } });
    const profile = [Array.from({ length: 24 }, (_, h) => (h === 19 ? 2 : 1))];
    const shaped = { ...s, factories: [{ ...s.factories[0]!, hourly: { ...s.factories[0]!.hourly, electricLoadProfile: profile } }] };
    const p = optimiseFactory(shaped, shaped.factories[0]!, backend);
    const m = 8760 / 365 / 25;
    const level = (m * (2 + 23 * 0.81)) / (1 + 23 * 0.81);
    expect(p.hourly!.years[0]!.billedDemandMw.day).toBeCloseTo(level, 6);
    expect(stock(p, 'battery')).toBeCloseTo(((2 * m - level) / 0.9) * 1000, 3);
    expect(p.hourly!.storage[0]!.demandChargeRmb).toBeCloseTo(12 * 40 * 1000 * (2 * m - level), 0);
  });

  it('the contract floor (a share of the connection) caps what shaving can save', () => {
    // The same load with the floor at 40 % of 5,000 kVA = 2 MW ≥ the 1.92 MW peak: nothing to shave.
    const s = hourlyTiny({ measures: [battery({ durationHours: 1 })], tariff: { timeOfUse: false, demandChargeRmbPerKwMonth: 40 } });
    const profile = [Array.from({ length: 24 }, (_, h) => (h === 19 ? 2 : 1))];
    const f = s.factories[0]!;
    const shaped = { ...s, factories: [{ ...f, site: { ...f.site, gridConnectionKva: 5000 }, hourly: { ...f.hourly, electricLoadProfile: profile } }] };
    const p = optimiseFactory(shaped, shaped.factories[0]!, backend);
    expect(stock(p, 'battery')).toBe(0);
    expect(p.hourly!.years[0]!.billedDemandMw.day).toBeCloseTo(2, 9);
  });
});
