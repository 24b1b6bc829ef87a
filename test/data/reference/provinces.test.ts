import { describe, expect, it } from 'vitest';
import {
  GRID_REGIONS, GRID_REGION_IDS, PROVINCES, PROVINCE_IDS, gridRegionOf, isGridRegionId, isProvinceId, provinceByNameZh, provincesInRegion,
} from '../../../engine/data/reference/provinces.ts';

describe('provinces and grid regions', () => {
  it('has all 31 mainland provinces, each with a record matching its id', () => {
    expect(PROVINCE_IDS).toHaveLength(31);
    expect(new Set(PROVINCE_IDS).size).toBe(31);
    for (const id of PROVINCE_IDS) {
      expect(PROVINCES[id].id).toBe(id);
      expect(PROVINCES[id].nameZh.length).toBeGreaterThan(0);
      expect(PROVINCES[id].nameEn.length).toBeGreaterThan(0);
      expect(isGridRegionId(PROVINCES[id].gridRegion)).toBe(true);
    }
    expect(Object.keys(PROVINCES).sort()).toEqual([...PROVINCE_IDS].sort());
  });

  it('has the seven MEE grid regions, each non-empty', () => {
    expect(GRID_REGION_IDS).toEqual(['north', 'northeast', 'east', 'central', 'northwest', 'south', 'southwest']);
    for (const r of GRID_REGION_IDS) {
      expect(GRID_REGIONS[r].id).toBe(r);
      expect(provincesInRegion(r).length).toBeGreaterThan(0);
    }
    const total = GRID_REGION_IDS.reduce((n, r) => n + provincesInRegion(r).length, 0);
    expect(total).toBe(31);
  });

  it('maps provinces to the MEE regional split', () => {
    expect(provincesInRegion('north').sort()).toEqual(['beijing', 'hebei', 'inner_mongolia', 'shandong', 'shanxi', 'tianjin']);
    expect(provincesInRegion('northeast').sort()).toEqual(['heilongjiang', 'jilin', 'liaoning']);
    expect(provincesInRegion('east').sort()).toEqual(['anhui', 'fujian', 'jiangsu', 'shanghai', 'zhejiang']);
    expect(provincesInRegion('central').sort()).toEqual(['henan', 'hubei', 'hunan', 'jiangxi']);
    expect(provincesInRegion('northwest').sort()).toEqual(['gansu', 'ningxia', 'qinghai', 'shaanxi', 'xinjiang']);
    expect(provincesInRegion('south').sort()).toEqual(['guangdong', 'guangxi', 'guizhou', 'hainan', 'yunnan']);
    expect(provincesInRegion('southwest').sort()).toEqual(['chongqing', 'sichuan', 'tibet']);
    expect(gridRegionOf('jiangsu')).toBe('east');
    expect(gridRegionOf('shandong')).toBe('north');
    expect(gridRegionOf('guizhou')).toBe('south');
    expect(gridRegionOf('chongqing')).toBe('southwest');
  });

  it('assigns Inner Mongolia to North and says so', () => {
    expect(gridRegionOf('inner_mongolia')).toBe('north');
    expect(PROVINCES.inner_mongolia.note).toMatch(/蒙东/);
  });

  it('looks provinces up by Chinese name and guards ids', () => {
    expect(provinceByNameZh('广东')?.id).toBe('guangdong');
    expect(provinceByNameZh('台湾')).toBeUndefined();
    expect(isProvinceId('tibet')).toBe(true);
    expect(isProvinceId('xizang')).toBe(false);
  });
});
