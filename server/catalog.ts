/**
 * The catalogue as the API serves it: sectors, provinces with their grid regions, factors with
 * their sources, measures, offsets and prices — straight from the engine's reference data.
 * Built once (the data are constants) and served as prepared JSON text.
 */
import { MEASURE_CATALOGUE, OFFSET_PRODUCTS } from '../engine/data/catalogue/index.ts';
import { FUELS, FUEL_IDS, INCUMBENT_HEAT_EFFICIENCY, physicalUnits } from '../engine/data/reference/fuels.ts';
import {
  ELECTRICITY_CARBON_FOOTPRINT_FACTORS,
  ETS_POWER_SECTOR_REPORTING_FACTOR,
  GRID_FACTOR_DECLINE_RATE_DEFAULT, GRID_RESIDUAL_DECLINE_RATE_DEFAULT,
  GRID_FACTOR_NATIONAL_2030_BAND,
  NATIONAL_AVERAGE_FACTORS,
  NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS,
  NATIONAL_FOSSIL_FACTORS,
  PROVINCIAL_GRID_FACTORS,
  REGIONAL_GRID_FACTORS,
  publishedYears,
  type FactorSeries,
} from '../engine/data/reference/grid-factors.ts';
import { PRICES, PRICE_IDS, pricePath } from '../engine/data/reference/prices.ts';
import { PROCESS_FACTORS, PROCESS_IDS } from '../engine/data/reference/process-factors.ts';
import { GRID_REGIONS, GRID_REGION_IDS, GRID_REGION_SPLIT_SOURCE, PROVINCES, PROVINCE_IDS } from '../engine/data/reference/provinces.ts';
import { SECTORS, SECTOR_IDS, type SectorId } from '../engine/data/sectors.ts';

const series = (s: FactorSeries) => publishedYears(s).map((year) => ({ ...s[year]!, year }));

function build() {
  const sectors = SECTOR_IDS.map((id) => ({ ...SECTORS[id] }));
  const provinces = {
    gridRegions: GRID_REGION_IDS.map((id) => ({ ...GRID_REGIONS[id], provinces: PROVINCE_IDS.filter((p) => PROVINCES[p].gridRegion === id) })),
    provinces: PROVINCE_IDS.map((id) => {
      const p = PROVINCES[id];
      const region = GRID_REGIONS[p.gridRegion];
      return { ...p, gridRegionNameZh: region.nameZh, gridRegionNameEn: region.nameEn, hasProvincialGridFactor: PROVINCIAL_GRID_FACTORS[id] !== undefined };
    }),
    source: GRID_REGION_SPLIT_SOURCE,
  };
  const factors = {
    grid: {
      unit: 'tCO2/MWh',
      nationalAverage: series(NATIONAL_AVERAGE_FACTORS),
      nationalExclMarketNonFossil: series(NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS),
      nationalFossil: series(NATIONAL_FOSSIL_FACTORS),
      regional: GRID_REGION_IDS.map((id) => ({ region: id, nameZh: GRID_REGIONS[id].nameZh, nameEn: GRID_REGIONS[id].nameEn, values: series(REGIONAL_GRID_FACTORS[id]) })),
      provincial: PROVINCE_IDS.flatMap((id) => {
        const s = PROVINCIAL_GRID_FACTORS[id];
        return s === undefined ? [] : [{ province: id, nameZh: PROVINCES[id].nameZh, nameEn: PROVINCES[id].nameEn, values: series(s) }];
      }),
      declineRatePerYearDefault: GRID_FACTOR_DECLINE_RATE_DEFAULT,
      residualDeclineRatePerYearDefault: GRID_RESIDUAL_DECLINE_RATE_DEFAULT,
      national2030Band: GRID_FACTOR_NATIONAL_2030_BAND,
      etsPowerSectorReporting: ETS_POWER_SECTOR_REPORTING_FACTOR,
      carbonFootprint: ELECTRICITY_CARBON_FOOTPRINT_FACTORS,
    },
    fuels: FUEL_IDS.map((id) => ({ ...FUELS[id], units: physicalUnits[id], incumbentHeatEfficiency: id in INCUMBENT_HEAT_EFFICIENCY ? INCUMBENT_HEAT_EFFICIENCY[id as keyof typeof INCUMBENT_HEAT_EFFICIENCY] : null })),
    process: PROCESS_IDS.map((id) => PROCESS_FACTORS[id]),
  };
  const prices = PRICE_IDS.map((id) => ({ ...PRICES[id], pathByYear: pricePath(id) }));
  return { sectors, provinces, factors, prices };
}

let built: ReturnType<typeof build> | undefined;
const catalogue = () => (built ??= build());

const text = new Map<string, string>();
const memo = (key: string, f: () => unknown): string => {
  let t = text.get(key);
  if (t === undefined) text.set(key, (t = JSON.stringify(f())));
  return t;
};

export const sectorsJson = () => memo('sectors', () => ({ sectors: catalogue().sectors }));
export const provincesJson = () => memo('provinces', () => catalogue().provinces);
export const factorsJson = () => memo('factors', () => catalogue().factors);
export const pricesJson = () => memo('prices', () => ({ prices: catalogue().prices }));
export const offsetsJson = () => memo('offsets', () => ({ offsets: OFFSET_PRODUCTS }));

/** Catalogue measures (file form: per-year values may be expressions in `year`), optionally for one sector and category. */
export function measuresJson(filter: { sector?: SectorId; category?: string }): string {
  return memo(`measures:${filter.sector ?? ''}:${filter.category ?? ''}`, () => ({
    measures: MEASURE_CATALOGUE.filter(
      (m) =>
        (filter.sector === undefined || m.sectors === 'all' || (Array.isArray(m.sectors) && (m.sectors as readonly string[]).includes(filter.sector))) &&
        (filter.category === undefined || m.category === filter.category),
    ),
  }));
}
