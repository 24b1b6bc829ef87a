/**
 * Carbon accounting with hand-computed values (numbers below computed independently:
 * activity × NCV × carbon content × oxidation × 44/12 with the NDRC guideline defaults).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountYear, type EnergyFlow } from '../../engine/accounting/inventory.ts';
import { FUEL_TCO2_PER_MWH, PURCHASED_HEAT_TCO2_PER_MWH } from '../../engine/accounting/resolve-factors.ts';
import type { YearFactors } from '../../engine/accounting/factors.ts';
import { toMwh, CARRIER_IDS } from '../../engine/data/reference/fuels.ts';

const factors: YearFactors = {
  year: 2023,
  fuelTco2PerMwh: FUEL_TCO2_PER_MWH,
  purchasedHeatTco2PerMwh: PURCHASED_HEAT_TCO2_PER_MWH,
  gridLocationTco2PerMwh: 0.55, // East China 2023 (MEE)
  gridMarketResidualTco2PerMwh: 0.6096, // national excl. market-traded non-fossil 2023 (MEE)
};

const energy: EnergyFlow[] = [
  { endUse: 'steam', carrier: 'raw_coal', energyMwh: toMwh('raw_coal', 1000, 't') },
  { endUse: 'heat_medium', carrier: 'natural_gas', energyMwh: toMwh('natural_gas', 50, '10^4 Nm3') },
  { endUse: 'transport', carrier: 'diesel', energyMwh: toMwh('diesel', 100, 't') },
  { endUse: 'heat_low', carrier: 'purchased_heat', energyMwh: toMwh('purchased_heat', 10000, 'GJ') },
  { endUse: 'motors', carrier: 'electricity', energyMwh: 20000 },
];

describe('accountYear', () => {
  const inv = accountYear({ year: 2023, energy, processTco2: 78.5, greenPowerMwh: 5000, certificatesMwh: 3000, output: 1000 }, factors);

  it('gives fuel CO2 by carrier exactly', () => {
    const by = Object.fromEntries(inv.byCarrier.map((c) => [c.carrier, c.emissionsTco2]));
    expect(by['raw_coal']).toBeCloseTo(1860.832908, 5); // 1000 t × 20.908 × 26.1/1000 × 0.93 × 44/12
    expect(by['natural_gas']).toBeCloseTo(1081.0944045, 5); // 50 × 389.31 × 15.3/1000 × 0.99 × 44/12
    expect(by['diesel']).toBeCloseTo(309.5909637, 5); // 100 t × 42.652 × 20.2/1000 × 0.98 × 44/12
    expect(by['purchased_heat']).toBeCloseTo(1100, 6); // 10,000 GJ × 0.11
    expect(by['electricity']).toBeCloseTo(11000, 6); // 20,000 MWh × 0.55
  });

  it('gives totals by scope', () => {
    expect(inv.scope1FuelTco2).toBeCloseTo(3251.5182762, 5);
    expect(inv.processTco2).toBe(78.5);
    expect(inv.scope1Tco2).toBeCloseTo(3330.0182762, 5);
    expect(inv.scope2LocationTco2).toBeCloseTo(12100, 6);
    // market-based: (20,000 − 5,000 green − 3,000 certificates) × 0.6096 + heat 1,100
    expect(inv.scope2MarketTco2).toBeCloseTo(8415.2, 6);
    expect(inv.totalMarketTco2).toBeCloseTo(3330.0182762 + 8415.2, 5);
    expect(inv.intensityMarketTco2PerUnit).toBeCloseTo((3330.0182762 + 8415.2) / 1000, 8);
  });

  it('market-based Scope 2 differs exactly as the green purchases say', () => {
    const base = accountYear({ year: 2023, energy, processTco2: 0 }, factors);
    const green = accountYear({ year: 2023, energy, processTco2: 0, greenPowerMwh: 1234 }, factors);
    expect(base.scope2MarketTco2 - green.scope2MarketTco2).toBeCloseTo(1234 * 0.6096, 8);
    expect(green.scope2LocationTco2).toBe(base.scope2LocationTco2);
  });

  it('never deducts more green electricity than was bought from the grid', () => {
    const inv2 = accountYear({ year: 2023, energy, processTco2: 0, greenPowerMwh: 1e9 }, factors);
    expect(inv2.scope2MarketTco2).toBeCloseTo(1100, 6);
  });
});

const flowArb = fc.record({
  endUse: fc.constantFrom('steam', 'heat_high', 'motors', 'transport' as const),
  carrier: fc.constantFrom(...CARRIER_IDS),
  energyMwh: fc.double({ min: 0, max: 1e6, noNaN: true }),
});
const activityArb = fc.record({
  energy: fc.array(flowArb, { maxLength: 8 }),
  processTco2: fc.double({ min: 0, max: 1e6, noNaN: true }),
  greenPowerMwh: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

describe('accounting properties', () => {
  it('emissions are linear in activity', () => {
    fc.assert(
      fc.property(activityArb, fc.double({ min: 0, max: 100, noNaN: true }), (a, k) => {
        const one = accountYear({ year: 2023, ...a }, factors);
        const scaled = accountYear(
          {
            year: 2023,
            energy: a.energy.map((e) => ({ ...e, energyMwh: e.energyMwh * k })),
            processTco2: a.processTco2 * k,
            greenPowerMwh: a.greenPowerMwh * k,
          },
          factors,
        );
        const tol = 1e-9 * (1 + one.totalLocationTco2 * k);
        expect(Math.abs(scaled.totalLocationTco2 - k * one.totalLocationTco2)).toBeLessThan(tol);
        expect(Math.abs(scaled.totalMarketTco2 - k * one.totalMarketTco2)).toBeLessThan(tol + 1e-9 * one.totalMarketTco2 * k);
      }),
    );
  });

  it('non-negative inputs never give negative gross emissions', () => {
    fc.assert(
      fc.property(activityArb, (a) => {
        const inv = accountYear({ year: 2023, ...a }, factors);
        expect(inv.scope1Tco2).toBeGreaterThanOrEqual(0);
        expect(inv.scope2LocationTco2).toBeGreaterThanOrEqual(0);
        expect(inv.scope2MarketTco2).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('location-based Scope 2 is unchanged by green purchases', () => {
    fc.assert(
      fc.property(activityArb, fc.double({ min: 0, max: 1e7, noNaN: true }), (a, extra) => {
        const one = accountYear({ year: 2023, ...a }, factors);
        const more = accountYear({ year: 2023, ...a, greenPowerMwh: a.greenPowerMwh + extra, certificatesMwh: extra }, factors);
        expect(more.scope2LocationTco2).toBe(one.scope2LocationTco2);
        expect(more.scope2MarketTco2).toBeLessThanOrEqual(one.scope2MarketTco2 + 1e-9);
      }),
    );
  });
});
