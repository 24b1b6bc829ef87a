import { describe, expect, it } from 'vitest';
import { CARRIER_IDS } from '../../../engine/data/reference/fuels.ts';
import {
  CARRIER_PRICE_IDS, PRICES, PRICE_IDS, PRICE_YEARS, carrierPricePathRmbPerMwh, pricePath, pricePathRmbPerMwh, priceRmbPerMwh,
} from '../../../engine/data/reference/prices.ts';

describe('price paths', () => {
  it('cover 2025–2035 and are positive and finite for every price', () => {
    expect(PRICE_YEARS).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    for (const id of PRICE_IDS) {
      const path = pricePath(id);
      expect(Object.keys(path).map(Number)).toEqual([...PRICE_YEARS]);
      for (const v of Object.values(path)) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThan(0);
      }
    }
  });

  it('CEA starts at the 2025 average 62.36 and grows 8 %/yr (assumption)', () => {
    const p = pricePath('cea', [2025, 2026, 2030]);
    expect(p[2025]).toBe(62.36);
    expect(p[2026]).toBeCloseTo(62.36 * 1.08, 10);
    expect(p[2030]).toBeCloseTo(62.36 * 1.08 ** 5, 10);
    expect(PRICES.cea.growthRatePerYear.confidence).toBe('assumption');
    expect(PRICES.ccer.base.value).toBe(70.76);
  });

  it('converts foreign prices at the stated FX assumptions', () => {
    expect(PRICES.vcs.base.value).toBeCloseTo(6.34 * 7.2, 10);
    expect(PRICES.eu_ets.base.value).toBeCloseTo(75 * 7.8, 10);
    expect(pricePath('eu_ets', [2030])[2030]).toBeCloseTo(85 * 7.8, 8);
    expect(PRICES.itmo.base.confidence).toBe('assumption');
  });

  it('marks prices the reference lacks as assumptions', () => {
    for (const id of ['green_power_premium', 'natural_gas', 'raw_coal', 'coke', 'diesel', 'fuel_oil', 'lpg', 'purchased_heat', 'hydrogen', 'biomass', 'itmo'] as const) {
      expect(PRICES[id].base.confidence).toBe('assumption');
      expect(PRICES[id].base.note?.length ?? 0).toBeGreaterThan(20);
    }
    expect(PRICES.green_power_premium.base.value).toBe(25);
  });
});

describe('energy prices per MWh of final energy', () => {
  it('converts natural units through the NCV', () => {
    expect(priceRmbPerMwh('industrial_power', 2025)).toBeCloseTo(0.088 * 7.2 * 1000, 8);
    expect(priceRmbPerMwh('natural_gas', 2025)).toBeCloseTo(3.6 / (389.31 / 1e4 / 3.6), 8);
    expect(priceRmbPerMwh('natural_gas', 2025)).toBeCloseTo(332.9, 1);
    expect(priceRmbPerMwh('lng', 2025)).toBeCloseTo(3974 / (51.498 / 3.6), 8);
    expect(priceRmbPerMwh('raw_coal', 2025)).toBeCloseTo(800 / (5500 * 4.1868 / 1000) * 3.6, 8);
    expect(priceRmbPerMwh('hydrogen', 2025)).toBeCloseTo(750, 8);
    expect(priceRmbPerMwh('purchased_heat', 2025)).toBeCloseTo(200 / 2.7 * 3.6, 8);
    expect(() => priceRmbPerMwh('cea', 2025)).toThrow(RangeError);
  });

  it('gives a positive delivered price path for every carrier', () => {
    for (const c of CARRIER_IDS) {
      expect(CARRIER_PRICE_IDS[c]).toBeDefined();
      const path = carrierPricePathRmbPerMwh(c, [2026, 2030]);
      expect(path[2026]).toBeGreaterThan(0);
      expect(path[2030]).toBeGreaterThan(0);
    }
    expect(pricePathRmbPerMwh('hydrogen', [2026])[2026]).toBeCloseTo(750 * 0.96, 8);
  });
});
