/**
 * On-site renewable yields by province: PV specific yield (kWh/kWp/yr) and wind full-load hours.
 *
 * The reference found no full-load hours or yields by region (sources/reference-data.md, gaps), so every
 * value here is our assumption: a default per grid region plus overrides for provinces whose resource
 * differs clearly from their region. Values are AC output of fixed-tilt rooftop/ground PV and of small
 * distributed onshore turbines at factory sites, before curtailment. Replace with site simulations
 * (e.g. PVGIS/PVsyst, wind measurements) where available.
 */
import { type Sourced, assumption } from './sourced.ts';
import { type GridRegionId, type ProvinceId, gridRegionOf } from './provinces.ts';

const PV_UNIT = 'kWh/kWp/yr';
const PV_RULE =
  'Assumption (reference gap: no yields by region). Typical fixed-tilt yields in China: Northwest ≈1500, North ≈1300, ' +
  'East ≈1100, South ≈1150, Southwest (Sichuan basin) ≈900, Tibet/Qinghai ≈1600 kWh/kWp/yr.';
const pv = (v: number, why: string): Sourced => assumption(v, PV_UNIT, 2025, `${PV_RULE} ${why}`);

/** PV specific yield by grid region (our assumptions). */
export const PV_YIELD_BY_REGION: Readonly<Record<GridRegionId, Sourced>> = {
  north: pv(1300, 'North China plain and Shanxi.'),
  northeast: pv(1300, 'Good irradiance, cold (favourable) module temperatures; snow losses offset it.'),
  east: pv(1100, 'Yangtze delta, humid and hazy.'),
  central: pv(1050, 'Hubei/Hunan/Jiangxi cloudy; Henan higher (override not applied).'),
  northwest: pv(1500, 'Arid, high irradiance.'),
  south: pv(1150, 'Guangdong/Guangxi; Yunnan and Hainan higher, Guizhou lower (overrides).'),
  southwest: pv(900, 'Sichuan basin and Chongqing, among the cloudiest regions in China.'),
};

/** Provinces whose PV resource differs clearly from their region's default (our assumptions). */
export const PV_YIELD_PROVINCE_OVERRIDES: Readonly<Partial<Record<ProvinceId, Sourced>>> = {
  tibet: pv(1600, 'High plateau, best resource in China.'),
  qinghai: pv(1600, 'High plateau.'),
  inner_mongolia: pv(1500, 'Arid, high irradiance like the Northwest.'),
  shaanxi: pv(1250, 'Most industry sits in the Guanzhong plain (Xi\'an), well below the northern loess plateau.'),
  yunnan: pv(1350, 'Yunnan-Guizhou plateau, high irradiance (in the South region).'),
  hainan: pv(1300, 'Tropical, high irradiance.'),
  guizhou: pv(950, 'Very cloudy (in the South region).'),
  chongqing: pv(850, 'Sichuan basin edge, very cloudy.'),
  hunan: pv(950, 'Cloudy.'),
};

/** PV specific yield of a province, kWh per kWp per year. */
export function pvYieldKwhPerKwp(province: ProvinceId): number {
  return (PV_YIELD_PROVINCE_OVERRIDES[province] ?? PV_YIELD_BY_REGION[gridRegionOf(province)]).value;
}

/** PV specific yield of a province, MWh per kW per year (the optimiser's unit). */
export function pvYieldMwhPerKw(province: ProvinceId): number {
  return pvYieldKwhPerKwp(province) / 1000;
}

/** The Sourced record behind `pvYieldKwhPerKwp` (override if any, else the regional default). */
export function pvYieldSourced(province: ProvinceId): Sourced {
  return PV_YIELD_PROVINCE_OVERRIDES[province] ?? PV_YIELD_BY_REGION[gridRegionOf(province)];
}

const WIND_UNIT = 'h/yr (full-load hours)';
const WIND_RULE =
  'Assumption (reference gap: no full-load hours by region). Small distributed onshore turbines at factory sites, ' +
  'lower hubs than utility farms, so set ≈10–15 % below typical utility-scale hours in each region; before curtailment.';
const wind = (v: number, why: string): Sourced => assumption(v, WIND_UNIT, 2025, `${WIND_RULE} ${why}`);

/** Wind full-load hours by grid region (our assumptions). */
export const WIND_FULL_LOAD_HOURS_BY_REGION: Readonly<Record<GridRegionId, Sourced>> = {
  north: wind(2100, 'Hebei/Shanxi/Shandong.'),
  northeast: wind(2200, 'Good wind resource.'),
  east: wind(1800, 'Inland sites in the East are weak; coastal sites better.'),
  central: wind(1800, 'Low-wind inland.'),
  northwest: wind(2000, 'Strong resource, but the hours reflect grid congestion in practice.'),
  south: wind(1900, 'Guangdong/Guangxi inland; Yunnan higher (override).'),
  southwest: wind(1700, 'Sichuan basin and Chongqing, weak wind.'),
};

/** Provinces whose wind resource differs clearly from their region's default (our assumptions). */
export const WIND_FULL_LOAD_HOURS_PROVINCE_OVERRIDES: Readonly<Partial<Record<ProvinceId, Sourced>>> = {
  inner_mongolia: wind(2400, 'Among the best onshore resources in China.'),
  yunnan: wind(2300, 'Strong dry-season winds on the plateau.'),
  fujian: wind(2100, 'Coastal Taiwan-strait winds.'),
};

/** Wind full-load hours of a province. */
export function windFullLoadHours(province: ProvinceId): number {
  return (WIND_FULL_LOAD_HOURS_PROVINCE_OVERRIDES[province] ?? WIND_FULL_LOAD_HOURS_BY_REGION[gridRegionOf(province)]).value;
}

/** Wind yield of a province, MWh per kW per year. */
export function windYieldMwhPerKw(province: ProvinceId): number {
  return windFullLoadHours(province) / 1000;
}
