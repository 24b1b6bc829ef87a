import { describe, expect, it } from 'vitest';
import {
  CBAM, CERF_COVERAGE_FRACTION, CERF_RATE_CURRENT, ETS_COVERED_SECTORS, LPR_1Y, LPR_5Y, cerfRelendingRate, isEtsCovered,
} from '../../../engine/data/reference/finance-rates.ts';

describe('finance rates', () => {
  it('LPR 1y 3.0 %, 5y 3.5 % as fractions', () => {
    expect(LPR_1Y.value).toBe(0.03);
    expect(LPR_5Y.value).toBe(0.035);
  });

  it('CERF: 60 % of principal at 1.25 % from 19 Jan 2026, 1.5 % before, 1.75 % originally', () => {
    expect(CERF_COVERAGE_FRACTION.value).toBe(0.6);
    expect(CERF_RATE_CURRENT.value).toBe(0.0125);
    expect(cerfRelendingRate('2026-01-19').value).toBe(0.0125);
    expect(cerfRelendingRate('2026-01-18').value).toBe(0.015);
    expect(cerfRelendingRate('2022-06-01').value).toBe(0.0175);
    expect(cerfRelendingRate('2020-01-01').value).toBe(0.0175);
    expect(() => cerfRelendingRate('2026')).toThrow(RangeError);
  });

  it('ETS covers steel, building materials (cement) and non-ferrous (aluminium) from 2025 only', () => {
    expect(ETS_COVERED_SECTORS.map((c) => c.sector).sort()).toEqual(['building_materials', 'non_ferrous', 'steel']);
    expect(isEtsCovered('steel', 2025)).toBe(true);
    expect(isEtsCovered('steel', 2024)).toBe(false);
    expect(isEtsCovered('building_materials', 2030)).toBe(true);
    for (const s of ['automotive', 'lithium_battery', 'photovoltaic', 'electronics', 'light_industry', 'machinery', 'data_centre', 'chemicals', 'textiles'] as const) {
      expect(isEtsCovered(s, 2030)).toBe(false);
    }
  });

  it('CBAM payments start 2027', () => {
    expect(CBAM.paymentsFromYear.value).toBe(2027);
  });
});
