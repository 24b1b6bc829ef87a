/**
 * On-site renewable yields by province: the PV yield of a factory array (kWh per kWp per year,
 * averaged over the array's life) and wind full-load hours.
 *
 * PV yield = provincial reference yield × mounting factor × site losses × lifetime-average
 * degradation factor:
 * - the reference yield is the province's annual effective utilisation hours of PV at a good
 *   (optimal-tilt) installation, from the per-province table in sources/china-power-market.md §1.2
 *   (solarbe 文库 "全国最新分地区电价及利用小时数", undated, pre-2020 resource-planning table [S]); NEA
 *   stopped publishing per-province PV hours, and none for 2022–2025 was found. Five provinces are
 *   missing from the table and are our assumptions (stated per province);
 * - the mounting factor for a low-tilt roof array (modules following a 3–10° colour-steel roof) or an
 *   east–west array against an optimally tilted one, our assumptions;
 * - site losses (soiling of unwashed roofs, local shading, availability), our assumption;
 * - degradation over the array's life (first-year loss, then a yearly loss), our assumption from
 *   current n-type module warranties; published "年均发电量" figures are such averages.
 * A site can override the yield, the mounting or the degradation (factory `site.pv`).
 */
import { type Sourced, assumption, sourced } from './sourced.ts';
import { type GridRegionId, type ProvinceId, gridRegionOf } from './provinces.ts';

const PV_UNIT = 'kWh/kWp/yr';
const SOLARBE =
  'https://wenku.solarbe.com/p-20929.html (solarbe 文库 "全国最新分地区电价及利用小时数", per-province 年有效利用小时数; undated, ' +
  'pre-2020 resource-planning table), as transcribed in sources/china-power-market.md §1.2';
const table = (v: number): Sourced =>
  sourced(v, PV_UNIT, 'pre-2020', SOLARBE, 'low', 'Undated resource-planning table (secondary source); optimal-tilt utility arrays.');
const missing = (v: number, why: string): Sourced =>
  assumption(v, PV_UNIT, 2025, `Province absent from the solarbe table (sources/china-power-market.md §1.2). ${why}`);

/** Reference PV yield of a well-tilted array by province (before mounting, site losses and degradation). */
export const PV_REFERENCE_YIELD: Readonly<Record<ProvinceId, Sourced>> = {
  beijing: table(1165), tianjin: table(1265), hebei: table(1363), shanxi: table(1268), inner_mongolia: table(1473),
  liaoning: table(1238), jilin: table(1226), heilongjiang: table(1261), shanghai: table(1132), jiangsu: table(1063),
  zhejiang: table(1017), anhui: table(1084), fujian: table(1059), jiangxi: table(990), shandong: table(1304),
  henan: table(1219), hubei: table(959), hunan: table(905), guangdong: table(1033), guangxi: table(1000),
  hainan: table(1280), yunnan: table(1272), shaanxi: table(1173), gansu: table(1391), qinghai: table(1473),
  ningxia: table(1442),
  chongqing: missing(900,
    'Among the cloudiest places in China; set at the level of neighbouring Hunan (905), below Hubei (959). Chang\'an\'s ' +
      'Liangjiang rooftop array measured 774 kWh/kWp in 2024 (published-pv-projects.ts), which this value reproduces ' +
      'within 3 % after the rooftop factors (so that case is a consistency check, not an independent one).'),
  sichuan: missing(950, 'Industry sits in the Sichuan basin (cloudy, like Chongqing); slightly higher for the basin rim.'),
  guizhou: missing(950, 'Yunnan-Guizhou plateau but very cloudy; between Hunan (905) and Guangxi (1000).'),
  xinjiang: missing(1450, 'Arid northwest, between Gansu (1391) and Qinghai (1473) in the same table.'),
  tibet: missing(1600, 'High plateau, the best resource in China; above Qinghai (1473).'),
};

export const PV_MOUNTINGS = ['low_tilt', 'optimal_tilt', 'east_west'] as const;
export type PvMounting = (typeof PV_MOUNTINGS)[number];

/** Yield of a mounting relative to an optimally tilted, south-facing array. */
export const PV_MOUNTING_FACTOR: Readonly<Record<PvMounting, Sourced>> = {
  optimal_tilt: assumption(1, 'fraction of optimal-tilt yield', 2025, 'Ground arrays and carports tilted near latitude − 5°: the reference.'),
  low_tilt: assumption(0.92, 'fraction of optimal-tilt yield', 2025,
    'Modules flush on a 3–10° colour-steel or concrete roof (the usual C&I rooftop): at Chinese factory latitudes (22–42°N) ' +
      'plane-of-array irradiation is ≈5–12 % below an optimally tilted plane, and flush mounting runs ≈1 % hotter; 0.92 is ' +
      'the middle. The loss grows with latitude, which is not modelled.'),
  east_west: assumption(0.88, 'fraction of optimal-tilt yield', 2025,
    'East–west pairs at ≈10° on flat roofs: denser packing, ≈12 % less energy per kWp than south-facing optimal tilt.'),
};

/** Soiling, shading and availability losses of a factory array relative to a utility plant. */
export const PV_SITE_LOSS_FACTOR: Sourced = assumption(0.97, 'fraction', 2025,
  'Factory roofs are washed less often than utility plants and carry vents, skylights and parapets; ≈2 % soiling and ' +
    '≈1 % shading and downtime. NEA reports PV utilisation rates (1 − curtailment) of 98 % in 2023 and >95 % in 2024 ' +
    '(sources/china-power-market.md §1.1), which behind-the-meter arrays mostly avoid, so curtailment is not added.');

export interface PvDegradation {
  /** Output lost in the first year (light-induced degradation). */
  readonly firstYearFraction: number;
  /** Output lost each later year, linear. */
  readonly perYearFraction: number;
}

/** Module degradation, our assumption. */
export const PV_DEGRADATION_DEFAULT: Sourced<PvDegradation> = assumption(
  { firstYearFraction: 0.01, perYearFraction: 0.004 }, 'fraction of initial output', 2025,
  'Typical n-type (TOPCon) module warranties of 2024–2025: ≤1 % in year 1, ≤0.4 %/yr after (≈89 % after 25 years). ' +
    'Older p-type PERC arrays degrade faster (≈2 % then 0.55 %/yr).',
);

/** Mean output over a `lifetimeYears` life relative to the initial output: 1 − d1 − d × (L − 1) / 2. */
export function lifetimeDegradationFactor(d: PvDegradation, lifetimeYears: number): number {
  if (!(lifetimeYears >= 1)) throw new RangeError(`lifetime must be ≥ 1 year, got ${lifetimeYears}`);
  return Math.max(0, 1 - d.firstYearFraction - (d.perYearFraction * (lifetimeYears - 1)) / 2);
}

export interface PvYieldQuery {
  readonly province: ProvinceId;
  readonly mounting?: PvMounting;
  readonly degradation?: PvDegradation;
  readonly lifetimeYears?: number;
}

export interface PvYieldResult {
  readonly kwhPerKwp: number;
  readonly referenceKwhPerKwp: number;
  readonly mountingFactor: number;
  readonly siteLossFactor: number;
  readonly degradationFactor: number;
  /** How the value was obtained, for reports. */
  readonly note: string;
}

/** Lifetime-average PV yield of an array at a factory in `province`, kWh/kWp/yr. */
export function pvYield(q: PvYieldQuery): PvYieldResult {
  const mounting = q.mounting ?? 'low_tilt';
  const reference = PV_REFERENCE_YIELD[q.province].value;
  const m = PV_MOUNTING_FACTOR[mounting].value;
  const s = PV_SITE_LOSS_FACTOR.value;
  const lifetime = q.lifetimeYears ?? 25;
  const dg = lifetimeDegradationFactor(q.degradation ?? PV_DEGRADATION_DEFAULT.value, lifetime);
  const kwhPerKwp = reference * m * s * dg;
  return {
    kwhPerKwp,
    referenceKwhPerKwp: reference,
    mountingFactor: m,
    siteLossFactor: s,
    degradationFactor: dg,
    note: `${q.province}: ${reference} (reference) × ${m} (${mounting}) × ${s} (site losses) × ${dg.toFixed(4)} (mean over ${lifetime} yr) = ${kwhPerKwp.toFixed(0)} kWh/kWp/yr`,
  };
}

/** Lifetime-average yield of a low-tilt rooftop array (the default factory array), kWh/kWp/yr. */
export function pvYieldKwhPerKwp(province: ProvinceId): number {
  return pvYield({ province }).kwhPerKwp;
}

/** The same in MWh per kWp per year (the optimiser's unit). */
export function pvYieldMwhPerKw(province: ProvinceId): number {
  return pvYieldKwhPerKwp(province) / 1000;
}

/** The reference record behind a province's PV yield. */
export function pvYieldSourced(province: ProvinceId): Sourced {
  return PV_REFERENCE_YIELD[province];
}

const WIND_UNIT = 'h/yr (full-load hours)';
const WIND_RULE =
  'Assumption (no per-province full-load hours found; NEA stopped publishing them per source in 2024). Small ' +
  'distributed onshore turbines at factory sites have lower hubs than utility farms, so ≈10–15 % below typical ' +
  'utility hours in each region; before curtailment. Cross-check: the national Jan–Sep 2018 figure of 1,565 h ' +
  '(NEA via CEC, sources/china-power-market.md §1.2) annualises to ≈2,090 h for utility farms.';
const wind = (v: number, why: string): Sourced => assumption(v, WIND_UNIT, 2025, `${WIND_RULE} ${why}`);

/** National utility wind hours, Jan–Sep 2018, annualised (the only full-period national figure found). */
export const WIND_NATIONAL_HOURS_2018: Sourced = sourced(1565, 'h (Jan–Sep)', 2018,
  'http://y.tt/222010100070fr.html (NEA release, data from CEC), as transcribed in sources/china-power-market.md §1.2', 'low',
  'Jan–Sep only; top provinces Shanghai 1909, Jiangsu 1857, Yunnan 1848, Liaoning 1750, Fujian 1722.');

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
