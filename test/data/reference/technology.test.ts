import { describe, expect, it } from 'vitest';
import { PROVINCE_IDS } from '../../../engine/data/reference/provinces.ts';
import {
  CAPEX, CAPEX_IDS, ELECTRIC_BOILER_EFFICIENCY, HEAT_PUMP_COP, MOTOR_EFFICIENCY, STORAGE_H2_EVIDENCE, capexPath, heatPumpCop,
  pvYieldMwhPerKw, windFullLoadHours, windYieldMwhPerKw, pvYield, pvYieldKwhPerKwp, PV_REFERENCE_YIELD, PV_DEGRADATION_DEFAULT,
} from '../../../engine/data/reference/technology.ts';
import { lifetimeDegradationFactor } from '../../../engine/data/reference/renewable-yield.ts';

describe('capex paths', () => {
  it('are positive and non-increasing for every technology', () => {
    const years = [2025, 2026, 2027, 2028, 2029, 2030, 2035];
    for (const id of CAPEX_IDS) {
      const p = capexPath(id, years);
      let prev = Infinity;
      for (const y of years) {
        const v = p[y] ?? NaN;
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThanOrEqual(prev);
        prev = v;
      }
    }
  });

  it('rooftop PV: 2750 RMB/kW in 2025, −2 %/yr, inside the reference 2030 band of 2.2–2.6 RMB/W', () => {
    const p = capexPath('pv_rooftop_ci', [2025, 2030]);
    expect(p[2025]).toBe(2750);
    expect(p[2030]).toBeCloseTo(2750 * 0.98 ** 5, 8);
    expect(p[2030]).toBeGreaterThan(2200);
    expect(p[2030]).toBeLessThan(2600);
    expect(CAPEX.pv_rooftop_ci.base.confidence).toBe('assumption');
  });

  it('BESS: 544 RMB/kWh in 2025, declining at the LBNL path rate', () => {
    expect(STORAGE_H2_EVIDENCE.bess2hSystemBid2025.value).toBe(544);
    const rate = 1 - (310 / 650) ** 0.1;
    expect(capexPath('bess_2h', [2030])[2030]).toBeCloseTo(544 * (1 - rate) ** 5, 8);
  });

  it('electrolyser halves from 2022 to 2030', () => {
    const p = capexPath('electrolyser_alkaline', [2022, 2030]);
    expect(p[2022]).toBeCloseTo(343 * 7.2, 8);
    expect(p[2030]).toBeCloseTo(343 * 7.2 / 2, 8);
  });
});

describe('performance', () => {
  it('motor IE3 → IE4 saves 1 − 0.953/0.960 of input electricity', () => {
    expect(MOTOR_EFFICIENCY.ie3ToIe4SavingShare.value).toBeCloseTo(0.00729, 5);
  });

  it('heat-pump COP follows 0.5 × Carnot (reference example 60 → 120 °C ≈ 3.3)', () => {
    expect(heatPumpCop(120, 60)).toBeCloseTo(0.5 * 393.15 / 60, 12);
    expect(heatPumpCop(120, 60, 0.45)).toBeGreaterThan(2.9);
    expect(() => heatPumpCop(50, 60)).toThrow(RangeError);
    expect(HEAT_PUMP_COP.sink80to100C.value.central).toBe(3.5);
    expect(ELECTRIC_BOILER_EFFICIENCY.value.central).toBe(0.97);
  });
});

describe('renewable yields by province', () => {
  it('give a plausible rooftop PV yield and wind yield for every province', () => {
    for (const p of PROVINCE_IDS) {
      // Published Chinese factory arrays run 770–1,180 kWh/kWp; the plateau provinces reach ≈1,300.
      expect(pvYieldMwhPerKw(p)).toBeGreaterThanOrEqual(0.7);
      expect(pvYieldMwhPerKw(p)).toBeLessThanOrEqual(1.4);
      expect(windFullLoadHours(p)).toBeGreaterThanOrEqual(1500);
      expect(windYieldMwhPerKw(p)).toBeCloseTo(windFullLoadHours(p) / 1000, 12);
    }
  });

  it('multiply the provincial reference by mounting, site losses and lifetime degradation', () => {
    // Shaanxi: 1,173 (solarbe table) × 0.92 (low tilt) × 0.97 × (1 − 0.01 − 0.004 × 24 / 2 = 0.942) = 986.1
    expect(pvYieldKwhPerKwp('shaanxi')).toBeCloseTo(1173 * 0.92 * 0.97 * 0.942, 9);
    expect(pvYieldKwhPerKwp('guangdong')).toBeCloseTo(1033 * 0.92 * 0.97 * 0.942, 9);
    expect(pvYield({ province: 'liaoning', mounting: 'optimal_tilt' }).kwhPerKwp).toBeCloseTo(1238 * 0.97 * 0.942, 9);
    expect(pvYield({ province: 'jiangsu', mounting: 'east_west', lifetimeYears: 1 }).kwhPerKwp).toBeCloseTo(1063 * 0.88 * 0.97 * 0.99, 9);
    expect(lifetimeDegradationFactor({ firstYearFraction: 0.02, perYearFraction: 0.0055 }, 25)).toBeCloseTo(1 - 0.02 - 0.0055 * 12, 12);
    expect(() => lifetimeDegradationFactor(PV_DEGRADATION_DEFAULT.value, 0)).toThrow(RangeError);
  });

  it('take the table where it has the province and say where it does not', () => {
    expect(PV_REFERENCE_YIELD.shaanxi.value).toBe(1173);
    expect(PV_REFERENCE_YIELD.hebei.value).toBe(1363);
    expect(PV_REFERENCE_YIELD.qinghai.value).toBe(1473);
    for (const p of ['chongqing', 'sichuan', 'guizhou', 'xinjiang', 'tibet'] as const) {
      expect(PV_REFERENCE_YIELD[p].confidence).toBe('assumption');
    }
    expect(PROVINCE_IDS.filter((p) => PV_REFERENCE_YIELD[p].confidence !== 'assumption')).toHaveLength(26);
  });
});
