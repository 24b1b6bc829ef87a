/**
 * Grid electricity CO2 factors published by MEE/NBS (location-based Scope 2), with a projection rule.
 *
 * MEE/NBS publish three statistical factors per year (DESIGN §3, sources/reference-data.md §1):
 * the all-generation average (national, regional, provincial); the national average excluding
 * market-traded non-fossil power (for market-based Scope 2 after green power / GECs are deducted);
 * and the fossil-only factor. Units: kgCO2/kWh = tCO2/MWh; values are stored in tCO2/MWh.
 *
 * Coverage in the reference: national average 2021–2023; national excluding market-traded non-fossil
 * 2022–2023 (2021 not found); fossil-only 2021–2023; regional 2021–2023; provincial 2021–2022 for 30
 * provinces. Tibet (西藏) has no provincial factor in the sources (MEE's 2023 statement speaks of
 * 20 + 10 = 30 provinces, which suggests none is published for Tibet); provincial 2023 not found.
 *
 * Projection (our assumption, overridable per scenario): beyond the latest published year of the series
 * used, `factor(y) = factor(latest) × (1 − r)^(y − latest)`. Location-based factors decline at
 * `r = 0.03/yr` by default; the market-based residual factor is held flat (`r = 0`) by default, since it
 * rose from 2022 to 2023 and no published projection exists. Years before the first published year use
 * the earliest published value (flagged `beforeFirstPublished`).
 */
import { type Confidence, type Range, type Sourced, assumption, recordFromIds, sourced } from './sourced.ts';
import { type GridRegionId, type ProvinceId, GRID_REGION_IDS, PROVINCES, PROVINCE_IDS, gridRegionOf } from './provinces.ts';

const UNIT = 'tCO2/MWh';
const CODE_TABLE = 'a public GitHub code table (repository not recorded), as transcribed in sources/reference-data.md';
const SRC_2021_NATIONAL =
  'MEE/NBS 2021 electricity CO2 factors (公告2024年第12号, 12 Apr 2024): ' +
  'https://ideas.repec.org./a/gam/jeners/v18y2025i3p654-d1580765.html (Chen et al., Energies 18(3):654, 2025); ' +
  'https://daydaynews.cc/zh-hant/finance/3899452.html';
const SRC_2022 =
  'MEE/NBS 2022 electricity CO2 factors (announcement 20 Dec 2024): https://daydaynews.cc/zh-hant/finance/3899452.html (Beijing News)';
const SRC_2023_AVG =
  'MEE/NBS 2023 electricity CO2 factors (reported Jan 2026): https://www.163.com/dy/article/KIQVBKCG05567I2C.html (Guangming Daily); ' +
  'https://reportify.ai/tags/concept?tagValue=%E7%94%B5%E5%8A%9B%E4%BA%8C%E6%B0%A7%E5%8C%96%E7%A2%B3%E6%8E%92%E6%94%BE%E5%9B%A0%E5%AD%90';
const SRC_2023_MARKET =
  'MEE/NBS 2023 electricity CO2 factors: https://reportify.ai/tags/concept?tagValue=%E7%A2%B3%E6%8E%92%E6%94%BE%E7%BB%9F%E8%AE%A1%E6%A0%B8%E7%AE%97%E4%BD%93%E7%B3%BB (China Electric Power News)';

/** Published factors of one series, keyed by year. */
export type FactorSeries = Readonly<Record<number, Sourced>>;
export type GridFactorLevel = 'national' | 'regional' | 'provincial';

/** National average CO2 factor, all generation (location-based Scope 2). */
export const NATIONAL_AVERAGE_FACTORS: FactorSeries = {
  2021: sourced(0.5568, UNIT, 2021, SRC_2021_NATIONAL, 'high', 'All-generation average.', 'grid_national_avg_2021'),
  2022: sourced(0.5366, UNIT, 2022, SRC_2022, 'high', '−3.6 % vs 2021.', 'grid_national_avg_2022'),
  2023: sourced(0.5306, UNIT, 2023, SRC_2023_AVG, 'high', '−1.1 % vs 2022.', 'grid_national_avg_2023'),
};

/** National average excluding market-traded non-fossil power: the residual factor for market-based Scope 2. */
export const NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS: FactorSeries = {
  2022: sourced(0.5856, UNIT, 2022, SRC_2022, 'high', 'Use when the firm has not bought green power or GECs.', 'grid_national_excl_market_nonfossil_2022'),
  2023: sourced(0.6096, UNIT, 2023, SRC_2023_MARKET, 'high', '+4.1 % vs 2022: more non-fossil power sold through green-power trading.', 'grid_national_excl_market_nonfossil_2023'),
};

/** National fossil-only power factor. */
export const NATIONAL_FOSSIL_FACTORS: FactorSeries = {
  2021: sourced(0.8426, UNIT, 2021, 'https://daydaynews.cc/zh-hant/finance/3899452.html', 'high', undefined, 'grid_national_fossil_2021'),
  2022: sourced(0.8325, UNIT, 2022, SRC_2022, 'high', undefined, 'grid_national_fossil_2022'),
  2023: sourced(0.8273, UNIT, 2023, SRC_2023_MARKET, 'high', undefined, 'grid_national_fossil_2023'),
};

/** ETS compliance factor for power-sector reporting (not the statistical average; not for Scope 2 of non-ETS firms). */
export const ETS_POWER_SECTOR_REPORTING_FACTOR: Sourced = sourced(
  0.5703, UNIT, 2022, 'http://tanpaifang.com/tanguwen/2023/0215/94510.html (MEE notice on 2023–2025 power-sector GHG reporting)',
  'high', 'Compliance value for ETS accounting ("2022年度" factor); differs from the 0.5366 statistical average.', 'grid_ETS_power_sector_2022_reporting',
);

const CFP_SRC = 'http://nengy.net/a/xinnenyuanzixun/2025/0124/1821.html (MEE/NBS/NEA announcement 17 Jan 2025)';
/** Life-cycle (product carbon footprint) factors, tCO2e/MWh. For product LCAs only, never for Scope 2. */
export const ELECTRICITY_CARBON_FOOTPRINT_FACTORS = {
  grid: sourced(0.6205, 'tCO2e/MWh', 2023, CFP_SRC, 'high', 'Life-cycle factor for product carbon footprints, not Scope 2.', 'electricity_carbon_footprint_factor_2023'),
  wind: sourced(0.0336, 'tCO2e/MWh', 2023, CFP_SRC, 'high', undefined, 'cfp_factor_wind_2023'),
  pv: sourced(0.0545, 'tCO2e/MWh', 2023, CFP_SRC, 'high', undefined, 'cfp_factor_pv_2023'),
} as const satisfies Record<string, Sourced>;

const REGION_REF: Readonly<Record<GridRegionId, string>> = {
  north: 'North', northeast: 'Northeast', east: 'East', central: 'Central', northwest: 'Northwest', south: 'South', southwest: 'Southwest',
};
const REGIONAL_VALUES: Readonly<Record<GridRegionId, readonly [number, number, number]>> = {
  north: [0.712, 0.6776, 0.6361],
  northeast: [0.6012, 0.5564, 0.5122],
  east: [0.5992, 0.5617, 0.55],
  central: [0.5354, 0.5395, 0.5271],
  northwest: [0.5951, 0.5857, 0.5543],
  south: [0.4326, 0.3869, 0.4042],
  southwest: [0.2113, 0.2268, 0.2472],
};

function regionalSeries(region: GridRegionId): FactorSeries {
  const [v2021, v2022, v2023] = REGIONAL_VALUES[region];
  const key = (y: number): string => `grid_region_${y}_${REGION_REF[region]}`;
  return {
    2021: sourced(v2021, UNIT, 2021, CODE_TABLE, 'medium', '2021 regional values seen only in a code table whose 2022 column matches MEE news exactly.', key(2021)),
    2022: sourced(v2022, UNIT, 2022, `${SRC_2022} + ${CODE_TABLE}`, 'high', undefined, key(2022)),
    2023: sourced(v2023, UNIT, 2023, 'https://www.163.com/dy/article/KIQVBKCG05567I2C.html (Guangming Daily)', 'high', undefined, key(2023)),
  };
}

/** Regional average factors 2021–2023. */
export const REGIONAL_GRID_FACTORS: Readonly<Record<GridRegionId, FactorSeries>> = recordFromIds(GRID_REGION_IDS, regionalSeries);

/** [province, 2021, 2022, 2022 cross-checked against MEE news]. Tibet is absent from the sources. */
const PROVINCIAL_VALUES: readonly (readonly [ProvinceId, number, number, boolean])[] = [
  ['shandong', 0.6838, 0.641, false], ['xinjiang', 0.6577, 0.6231, false], ['ningxia', 0.6546, 0.6423, false],
  ['qinghai', 0.1326, 0.1567, true], ['gansu', 0.4955, 0.4772, false], ['shaanxi', 0.6336, 0.6558, false],
  ['yunnan', 0.1235, 0.1073, true], ['guizhou', 0.5182, 0.4989, false], ['sichuan', 0.1255, 0.1404, true],
  ['chongqing', 0.4743, 0.5227, false], ['hainan', 0.4524, 0.4184, false], ['guangxi', 0.5154, 0.4044, true],
  ['guangdong', 0.4715, 0.4403, false], ['hunan', 0.5138, 0.49, false], ['hubei', 0.3672, 0.4364, false],
  ['henan', 0.6369, 0.6058, false], ['jiangxi', 0.5835, 0.5752, false], ['fujian', 0.4711, 0.4092, true],
  ['anhui', 0.7075, 0.6782, true], ['zhejiang', 0.5422, 0.5153, false], ['jiangsu', 0.6451, 0.5978, false],
  ['shanghai', 0.5834, 0.5849, false], ['heilongjiang', 0.6342, 0.5368, false], ['jilin', 0.5629, 0.4932, false],
  ['liaoning', 0.5876, 0.5626, false], ['inner_mongolia', 0.7025, 0.6849, true], ['shanxi', 0.7222, 0.7096, true],
  ['hebei', 0.7901, 0.7252, true], ['tianjin', 0.7355, 0.7041, true], ['beijing', 0.5688, 0.558, false],
];

/** Provincial average factors 2021–2022 (30 provinces; Tibet missing). */
export const PROVINCIAL_GRID_FACTORS: Readonly<Partial<Record<ProvinceId, FactorSeries>>> = Object.fromEntries(
  PROVINCIAL_VALUES.map(([id, v2021, v2022, checked]) => {
    const zh = PROVINCES[id].nameZh;
    const series: FactorSeries = {
      2021: sourced(v2021, UNIT, 2021, CODE_TABLE, 'medium', 'Province factor from a code table; not cross-checked.', `grid_prov_2021_${zh}`),
      2022: checked
        ? sourced(v2022, UNIT, 2022, `${CODE_TABLE}; matches ${SRC_2022}`, 'high', undefined, `grid_prov_2022_${zh}`)
        : sourced(v2022, UNIT, 2022, CODE_TABLE, 'medium', 'Province factor from a code table; not cross-checked.', `grid_prov_2022_${zh}`),
    };
    return [id, series];
  }),
);

/** Provinces with no provincial factor in the sources (lookups fall back to the regional factor). */
export const PROVINCES_WITHOUT_PROVINCIAL_FACTOR: readonly ProvinceId[] = PROVINCE_IDS.filter(
  (id) => PROVINCIAL_GRID_FACTORS[id] === undefined,
);

/** Default yearly decline of grid factors beyond the latest published year (our assumption). */
export const GRID_FACTOR_DECLINE_RATE_DEFAULT: Sourced = assumption(
  0.03, 'fraction/yr', '2024+',
  'Beyond the latest published year: factor(y) = factor(latest) × (1 − r)^(y − latest). r = 3 %/yr lies inside ' +
    'the reference\'s own 2.5–4 %/yr band (midpoint 3.25 %), rounded towards the observed 2021–23 national ' +
    'average of −2.4 %/yr; wind and solar additions now exceed 200 GW/yr. Applied to the location-based series ' +
    '(national, regional, provincial). No official MEE trajectory exists.',
  'grid_national_2030_projection_ESTIMATE',
);

/** Default yearly decline of the market-based residual factor beyond 2023 (our assumption): none. */
export const GRID_RESIDUAL_DECLINE_RATE_DEFAULT: Sourced = assumption(
  0, 'fraction/yr', '2024+',
  'The national factor excluding market-traded non-fossil power rose 4.1 % from 2022 (0.5856) to 2023 (0.6096): green-power ' +
    'trading removes non-fossil output from the residual faster than the grid decarbonises. Growing trading pushes it up, ' +
    'new wind and solar push it down; with no published projection it is held at the 2023 value. Override with ' +
    'assumptions.gridFactor.residualDeclineRatePerYear.',
);

/** The reference's own 2030 national band (an estimate, not a published figure). */
export const GRID_FACTOR_NATIONAL_2030_BAND: Sourced<Range> = assumption(
  { low: 0.4, central: 0.425, high: 0.45 }, UNIT, 2030,
  'Reference estimate: −2.5 %/yr to −4 %/yr from 0.5306 (2023) gives 0.445 to 0.398 in 2030. Scenario band, not a fact.',
  'grid_national_2030_projection_ESTIMATE',
);

/** Published years of a series, ascending. */
export function publishedYears(series: FactorSeries): number[] {
  return Object.keys(series).map(Number).sort((a, b) => a - b);
}

/** The projection rule: `valueTco2PerMwh × (1 − declineRatePerYear)^(year − basisYear)` for `year > basisYear`. */
export function projectGridFactor(valueTco2PerMwh: number, basisYear: number, year: number, declineRatePerYear: number): number {
  return year <= basisYear ? valueTco2PerMwh : valueTco2PerMwh * (1 - declineRatePerYear) ** (year - basisYear);
}

/** What a factor lookup returns. */
export interface FactorResult {
  valueTco2PerMwh: number;
  /** Published year the value rests on. */
  basisYear: number;
  basisValueTco2PerMwh: number;
  /** True when `year > basisYear`: the value comes from the projection rule. */
  projected: boolean;
  /** True when `year` precedes the first published year: the earliest published value is used. */
  beforeFirstPublished: boolean;
  declineRatePerYear: number;
  source: string;
  /** Confidence of the published basis value (a projected value is, in addition, an assumption). */
  confidence: Confidence;
  /** Human-readable account of how the value was obtained. */
  note: string;
}

function checkInputs(year: number, declineRatePerYear: number): void {
  if (!Number.isInteger(year)) throw new RangeError(`grid factor: year must be an integer, got ${year}`);
  if (!Number.isFinite(declineRatePerYear) || declineRatePerYear <= -1 || declineRatePerYear >= 1) {
    throw new RangeError(`grid factor: declineRatePerYear must be in (−1, 1), got ${declineRatePerYear}`);
  }
}

/** Look `year` up in a series, projecting beyond its latest year and clamping before its first. */
export function factorFromSeries(series: FactorSeries, year: number, declineRatePerYear: number, label: string): FactorResult {
  checkInputs(year, declineRatePerYear);
  const years = publishedYears(series);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) throw new RangeError(`grid factor: empty series ${label}`);
  const basisYear = year < first ? first : year > last ? last : years.filter((y) => y <= year).pop() ?? first;
  const basis = series[basisYear];
  if (basis === undefined) throw new RangeError(`grid factor: ${label} has no value for ${basisYear}`);
  const projected = year > basisYear;
  const beforeFirstPublished = year < first;
  const value = projectGridFactor(basis.value, basisYear, year, declineRatePerYear);
  const rule = `× (1 − ${declineRatePerYear})^(${year} − ${basisYear}) (lingtan assumption; defaults GRID_FACTOR_DECLINE_RATE_DEFAULT, GRID_RESIDUAL_DECLINE_RATE_DEFAULT)`;
  const note = projected
    ? `${label}: ${basis.value} (${basisYear}, latest published) ${rule}`
    : beforeFirstPublished
      ? `${label}: ${year} precedes the first published year ${first}; the ${first} value is used`
      : `${label}: published ${basisYear} value`;
  return {
    valueTco2PerMwh: value,
    basisYear,
    basisValueTco2PerMwh: basis.value,
    projected,
    beforeFirstPublished,
    declineRatePerYear,
    source: projected ? `${basis.source}; projected: ${rule}` : basis.source,
    confidence: basis.confidence,
    note,
  };
}

export interface GridFactorQuery {
  level: GridFactorLevel;
  /** Required for `provincial`; for `regional`, either `province` or `region`. */
  province?: ProvinceId;
  region?: GridRegionId;
  year: number;
  /** Default `GRID_FACTOR_DECLINE_RATE_DEFAULT.value` (0.03). */
  declineRatePerYear?: number;
  /**
   * Provincial factors end in 2022, regional ones in 2023. `project` (default) keeps the province's own
   * level and projects it from 2022; `prefer_newer_regional` switches to the regional series for years
   * after the last provincial year (flagged as a fallback).
   */
  provincialBeyondLatest?: 'project' | 'prefer_newer_regional';
}

export interface GridFactorResult extends FactorResult {
  requestedLevel: GridFactorLevel;
  /** Level actually used. */
  level: GridFactorLevel;
  /** True when the requested level could not be used. */
  fallback: boolean;
  fallbackReason?: string;
  region: GridRegionId | null;
  province: ProvinceId | null;
}

function resolveRegion(q: GridFactorQuery): GridRegionId {
  if (q.region !== undefined) return q.region;
  if (q.province !== undefined) return gridRegionOf(q.province);
  throw new RangeError(`grid factor: level '${q.level}' needs a province or a region`);
}

/**
 * Location-based grid CO2 factor (tCO2/MWh) at the requested level and year. A provincial request falls
 * back to the regional factor when the province has no published factor (Tibet), or, with
 * `provincialBeyondLatest: 'prefer_newer_regional'`, when the year is after the last provincial year.
 */
export function gridFactorTco2PerMwh(q: GridFactorQuery): GridFactorResult {
  const rate = q.declineRatePerYear ?? GRID_FACTOR_DECLINE_RATE_DEFAULT.value;
  const province = q.province ?? null;
  if (q.level === 'national') {
    const r = factorFromSeries(NATIONAL_AVERAGE_FACTORS, q.year, rate, 'national average');
    return { ...r, requestedLevel: 'national', level: 'national', fallback: false, region: q.region ?? (province ? gridRegionOf(province) : null), province };
  }
  const region = resolveRegion(q);
  const regional = (reason?: string): GridFactorResult => {
    const r = factorFromSeries(REGIONAL_GRID_FACTORS[region], q.year, rate, `regional (${region})`);
    const base = { ...r, requestedLevel: q.level, level: 'regional' as const, region, province };
    return reason === undefined
      ? { ...base, fallback: false }
      : { ...base, fallback: true, fallbackReason: reason, note: `${reason}. ${r.note}` };
  };
  if (q.level === 'regional') return regional();
  if (province === null) throw new RangeError("grid factor: level 'provincial' needs a province");
  const series = PROVINCIAL_GRID_FACTORS[province];
  if (series === undefined) {
    return regional(`No provincial factor is published for ${province} (${PROVINCES[province].nameZh}); regional factor used`);
  }
  const lastProvincial = publishedYears(series).pop() ?? 0;
  const lastRegional = publishedYears(REGIONAL_GRID_FACTORS[region]).pop() ?? 0;
  if (q.provincialBeyondLatest === 'prefer_newer_regional' && q.year > lastProvincial && lastRegional > lastProvincial) {
    return regional(`Provincial factors end in ${lastProvincial}; the newer regional series (to ${lastRegional}) is used for ${q.year}`);
  }
  const r = factorFromSeries(series, q.year, rate, `provincial (${province})`);
  return { ...r, requestedLevel: 'provincial', level: 'provincial', fallback: false, region, province };
}

/**
 * Residual factor for market-based Scope 2: the national average excluding market-traded non-fossil
 * power (published 2022, 2023). Beyond 2023 it follows the same projection rule; before 2022 the 2022
 * value is used (flagged), since no 2021 value was found; it is the higher, conservative choice, as
 * green-power trading only began in September 2021.
 */
export function marketResidualFactorTco2PerMwh(
  year: number,
  declineRatePerYear: number = GRID_RESIDUAL_DECLINE_RATE_DEFAULT.value,
): FactorResult {
  const r = factorFromSeries(NATIONAL_EXCL_MARKET_NONFOSSIL_FACTORS, year, declineRatePerYear, 'national excl. market-traded non-fossil');
  return r.beforeFirstPublished
    ? { ...r, note: `${r.note}. No 2021 residual factor was found; the 2022 value (higher, conservative) stands in` }
    : r;
}
