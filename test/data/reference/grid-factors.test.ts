import { describe, expect, it } from 'vitest';
import {
  GRID_FACTOR_DECLINE_RATE_DEFAULT, NATIONAL_AVERAGE_FACTORS, NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS, NATIONAL_FOSSIL_FACTORS,
  PROVINCES_WITHOUT_PROVINCIAL_FACTOR, PROVINCIAL_GRID_FACTORS, REGIONAL_GRID_FACTORS, gridFactorTco2PerMwh,
  GRID_RESIDUAL_DECLINE_RATE_DEFAULT, marketResidualFactorTco2PerMwh, projectGridFactor, publishedYears,
} from '../../../engine/data/reference/grid-factors.ts';
import { GRID_REGION_IDS, PROVINCE_IDS } from '../../../engine/data/reference/provinces.ts';

describe('published grid factors', () => {
  it('holds the MEE national series', () => {
    expect(NATIONAL_AVERAGE_FACTORS[2021]?.value).toBe(0.5568);
    expect(NATIONAL_AVERAGE_FACTORS[2022]?.value).toBe(0.5366);
    expect(NATIONAL_AVERAGE_FACTORS[2023]?.value).toBe(0.5306);
    expect(publishedYears(NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS)).toEqual([2022, 2023]);
    expect(NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS[2023]?.value).toBe(0.6096);
    expect(NATIONAL_FOSSIL_FACTORS[2023]?.value).toBe(0.8273);
    expect(NATIONAL_AVERAGE_FACTORS[2023]?.unit).toBe('tCO2/MWh');
  });

  it('has every region for 2021–2023 and 30 provinces for 2021–2022 (Tibet missing)', () => {
    for (const r of GRID_REGION_IDS) expect(publishedYears(REGIONAL_GRID_FACTORS[r])).toEqual([2021, 2022, 2023]);
    expect(PROVINCES_WITHOUT_PROVINCIAL_FACTOR).toEqual(['tibet']);
    for (const p of PROVINCE_IDS.filter((id) => id !== 'tibet')) {
      const s = PROVINCIAL_GRID_FACTORS[p];
      expect(s && publishedYears(s)).toEqual([2021, 2022]);
    }
    expect(REGIONAL_GRID_FACTORS.east[2023]?.value).toBe(0.55);
    expect(PROVINCIAL_GRID_FACTORS.yunnan?.[2022]?.value).toBe(0.1073);
    expect(PROVINCIAL_GRID_FACTORS.hebei?.[2022]?.confidence).toBe('high');
  });
});

describe('gridFactorTco2PerMwh', () => {
  it('returns published values unprojected', () => {
    const r = gridFactorTco2PerMwh({ level: 'national', year: 2022 });
    expect(r).toMatchObject({ valueTco2PerMwh: 0.5366, basisYear: 2022, projected: false, level: 'national', fallback: false });
    expect(gridFactorTco2PerMwh({ level: 'provincial', province: 'jiangsu', year: 2021 }).valueTco2PerMwh).toBe(0.6451);
    expect(gridFactorTco2PerMwh({ level: 'regional', region: 'north', year: 2023 }).valueTco2PerMwh).toBe(0.6361);
  });

  it('projects beyond the latest year by factor × (1 − r)^(y − latest): East 2026 = 0.55 × 0.97^3', () => {
    const r = gridFactorTco2PerMwh({ level: 'regional', province: 'shanghai', year: 2026 });
    expect(r.valueTco2PerMwh).toBeCloseTo(0.55 * 0.97 ** 3, 12);
    expect(r.valueTco2PerMwh).toBeCloseTo(0.50197015, 8);
    expect(r).toMatchObject({ basisYear: 2023, projected: true, region: 'east', level: 'regional' });
    expect(r.source).toMatch(/projected/);
    expect(GRID_FACTOR_DECLINE_RATE_DEFAULT.value).toBe(0.03);
    expect(GRID_FACTOR_DECLINE_RATE_DEFAULT.confidence).toBe('assumption');
  });

  it('uses a caller-given decline rate', () => {
    const r = gridFactorTco2PerMwh({ level: 'national', year: 2030, declineRatePerYear: 0.04 });
    expect(r.valueTco2PerMwh).toBeCloseTo(0.5306 * 0.96 ** 7, 12);
    expect(projectGridFactor(1, 2023, 2023, 0.5)).toBe(1);
  });

  it('projects a province from its own latest year (2022) by default', () => {
    const r = gridFactorTco2PerMwh({ level: 'provincial', province: 'qinghai', year: 2025 });
    expect(r.valueTco2PerMwh).toBeCloseTo(0.1567 * 0.97 ** 3, 12);
    expect(r).toMatchObject({ level: 'provincial', basisYear: 2022, projected: true, fallback: false });
  });

  it('flags the fallback to the regional factor for a province with no published factor', () => {
    const r = gridFactorTco2PerMwh({ level: 'provincial', province: 'tibet', year: 2023 });
    expect(r).toMatchObject({ requestedLevel: 'provincial', level: 'regional', region: 'southwest', fallback: true, valueTco2PerMwh: 0.2472 });
    expect(r.fallbackReason).toMatch(/tibet/);
  });

  it('optionally prefers the newer regional series after the last provincial year', () => {
    const r = gridFactorTco2PerMwh({ level: 'provincial', province: 'jiangsu', year: 2023, provincialBeyondLatest: 'prefer_newer_regional' });
    expect(r).toMatchObject({ level: 'regional', fallback: true, valueTco2PerMwh: 0.55, projected: false });
    const same = gridFactorTco2PerMwh({ level: 'provincial', province: 'jiangsu', year: 2022, provincialBeyondLatest: 'prefer_newer_regional' });
    expect(same).toMatchObject({ level: 'provincial', fallback: false, valueTco2PerMwh: 0.5978 });
  });

  it('uses the earliest published value before the first year, flagged', () => {
    const r = gridFactorTco2PerMwh({ level: 'regional', region: 'south', year: 2019 });
    expect(r).toMatchObject({ valueTco2PerMwh: 0.4326, basisYear: 2021, beforeFirstPublished: true, projected: false });
  });

  it('rejects bad input', () => {
    expect(() => gridFactorTco2PerMwh({ level: 'regional', year: 2025 })).toThrow(RangeError);
    expect(() => gridFactorTco2PerMwh({ level: 'provincial', region: 'east', year: 2025 })).toThrow(RangeError);
    expect(() => gridFactorTco2PerMwh({ level: 'national', year: 2025.5 })).toThrow(RangeError);
    expect(() => gridFactorTco2PerMwh({ level: 'national', year: 2025, declineRatePerYear: 1 })).toThrow(RangeError);
  });
});

describe('marketResidualFactorTco2PerMwh', () => {
  it('returns the published residual factors', () => {
    expect(marketResidualFactorTco2PerMwh(2022).valueTco2PerMwh).toBe(0.5856);
    expect(marketResidualFactorTco2PerMwh(2023).valueTco2PerMwh).toBe(0.6096);
  });

  it('holds the 2023 value beyond 2023 by default (it rose 2022→2023), and projects an explicit rate by the same rule', () => {
    const r = marketResidualFactorTco2PerMwh(2027);
    expect(r.valueTco2PerMwh).toBe(0.6096);
    expect(r.projected).toBe(true);
    expect(GRID_RESIDUAL_DECLINE_RATE_DEFAULT.value).toBe(0);
    expect(marketResidualFactorTco2PerMwh(2027, 0.03).valueTco2PerMwh).toBeCloseTo(0.6096 * 0.97 ** 4, 12);
    expect(marketResidualFactorTco2PerMwh(2025, -0.041).valueTco2PerMwh).toBeCloseTo(0.6096 * 1.041 ** 2, 12);
  });

  it('falls back to 2022 before 2022 and says so', () => {
    const r = marketResidualFactorTco2PerMwh(2021);
    expect(r).toMatchObject({ valueTco2PerMwh: 0.5856, basisYear: 2022, beforeFirstPublished: true });
    expect(r.note).toMatch(/No 2021/);
  });

  it('is above the location-based national average in published years', () => {
    for (const y of [2022, 2023]) {
      expect(marketResidualFactorTco2PerMwh(y).valueTco2PerMwh).toBeGreaterThan(gridFactorTco2PerMwh({ level: 'national', year: y }).valueTco2PerMwh);
    }
  });
});
