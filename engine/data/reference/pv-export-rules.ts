/**
 * What on-site PV may export, and at what price (sources/china-power-market.md §2):
 * - 《分布式光伏发电开发建设管理办法》 (国能发新能规〔2025〕7号, NEA, 2025-01-17) classes C&I distributed PV
 *   by size and connection voltage. General C&I (一般工商业: ≤10 kV (20 kV), generally ≤6 MW) may export
 *   its surplus (自发自用余电上网) with a provincial minimum self-consumption share. Large C&I (大型工商业:
 *   35 kV and ≤20 MW, or 110 kV (66 kV) and ≤50 MW) consumes all its output in principle and may sell a
 *   surplus only in provinces whose spot market runs continuously. Projects connected after 2025-04-30
 *   follow provincial implementation rules.
 * - 《关于深化新能源上网电价市场化改革》 (发改价格〔2025〕136号): from 2025-06-01 new wind and PV output,
 *   distributed PV included, sells at market prices; a CfD (the mechanism price, set by yearly provincial
 *   auctions) covers part of the volume. Existing projects keep a mechanism price ≤ the provincial coal
 *   benchmark (燃煤发电基准价).
 * Every plan here builds PV from 2026, so it is a new project: its export price is the market-based
 * price, not the benchmark.
 */
import type { ProvinceId } from './provinces.ts';
import { type Sourced, assumption, derived, sourced } from './sourced.ts';

export const PV_PROJECT_CLASSES = ['general_ci', 'large_ci'] as const;
export type PvProjectClass = (typeof PV_PROJECT_CLASSES)[number];

const NEA_2025_7 =
  'NEA 国能发新能规〔2025〕7号 (2025-01-17): English translation https://walkchic.com/industry/26.html ; summaries ' +
  'http://en.greenbuildingpv.com/news_detail/1915595369712230400.html , https://gmteight.com/content/detail/229211 ' +
  '(sources/china-power-market.md §2.1)';
const NENPOWER =
  'nenpower.com blogs "the-impact-of-new-regulations-on-distributed-photovoltaics…" and "impacts-of-new-regulations-on-' +
  'industrial-and-commercial-solar-power…" (sources/china-power-market.md §2.1)';
const NDRC_136 =
  'NDRC/NEA 发改价格〔2025〕136号 (2025-01-27): https://mc0538.com/gs/3292.html ; https://energytrend.com/news/20250212-49056.html ' +
  '(sources/china-power-market.md §2.2)';
const SHANDONG_AUCTION =
  'Shandong first mechanism-price auction, result 2025-10-14 (鲁发改价格〔2025〕577号): nenpower.com blog "chinas-first-mechanism-' +
  'electricity-price…"; http://en.greenbuildingpv.com/news_detail/1955204727191306240.html (sources/china-power-market.md §2.2)';
const BENCHMARK_CODE =
  '各省燃煤发电标杆上网电价, public code file base.py (liuzy2020, 2020-11-30), cross-checked with the solarbe table ' +
  '(sources/china-power-market.md §2.3)';

/** General C&I: the largest project, kWp (taken as installed capacity; the excerpt does not say AC or DC). */
export const GENERAL_CI_MAX_KWP: Sourced = sourced(6000, 'kWp', 2025, NEA_2025_7, 'medium',
  '≤10 kV (20 kV) and generally ≤6 MW; "a 10 kV, 8 MW project does not qualify". Translation of the official text.');

/** Large C&I: the largest project by connection voltage. */
export const LARGE_CI_MAX_KWP = {
  at35kV: sourced(20_000, 'kWp', 2025, NEA_2025_7, 'medium', '35 kV and generally ≤20 MW.'),
  at110kV: sourced(50_000, 'kWp', 2025, NEA_2025_7, 'medium',
    '110 kV (66 kV) and generally ≤50 MW. Larger arrays may be re-classed as centralised plants, so on-site PV is capped here.'),
} as const;

/** Minimum annual self-consumption share of general C&I surplus-export projects, where a province set one. */
export const PROVINCIAL_MIN_SELF_CONSUMPTION: Readonly<Partial<Record<ProvinceId, Sourced>>> = {
  hainan: sourced(0.5, 'fraction of PV generation', 2025, NENPOWER, 'low', 'Blog summary of the provincial rules.'),
  ningxia: sourced(0.5, 'fraction of PV generation', 2025, NENPOWER, 'low', 'Blog summary of the provincial rules.'),
  shanxi: sourced(0.5, 'fraction of PV generation', 2025, NENPOWER, 'low', 'Blog summary of the provincial rules.'),
  guangxi: sourced(0.5, 'fraction of PV generation', 2025, NENPOWER, 'low', 'Blog summary of the provincial rules.'),
  liaoning: sourced(0.5, 'fraction of PV generation', 2025, NENPOWER, 'low', 'Blog summary of the provincial rules.'),
  jilin: sourced(0.8, 'fraction of PV generation', 2025, NENPOWER, 'low', 'Blog summary of the provincial rules.'),
  shandong: sourced(0.5, 'fraction of PV generation', 2025, NENPOWER, 'low',
    'Draft of 2025-04-23: ≥50 % self-consumption, all surplus through the spot market.'),
};

/** Where a province's share was not found. */
export const DEFAULT_MIN_SELF_CONSUMPTION: Sourced = assumption(0.5, 'fraction of PV generation', 2025,
  'Provinces cap the general-C&I export share at 20–50 % of generation (nenpower blog summary) and six of the seven ' +
    'provincial figures found are 50 % self-consumption; the loosest end (export ≤ 50 %) is taken where none was found.');

/** Provinces whose electricity spot market settles continuously (large C&I may then sell a surplus). */
export const CONTINUOUS_SPOT_MARKET_PROVINCES: readonly ProvinceId[] = ['guangdong', 'shanxi', 'shandong', 'sichuan', 'gansu'];
export const CONTINUOUS_SPOT_MARKET_SOURCE =
  'https://www.cet.energy/2022/09/19/progress-on-the-spot-power-market-development-in-china/ (China Energy Transformation ' +
  'programme, 2022: five pilots settle continuously through the year; medium). Status in 2022: provinces that entered ' +
  'formal spot operation later are not in the stored sources (override per site with site.pv.maxExportShareFraction).';

/** Provincial coal benchmark price (燃煤发电基准价), RMB/MWh: the price basis of existing projects. */
const bench = (v: number, confirmed?: string): Sourced =>
  sourced(v, 'RMB/MWh', confirmed === undefined ? 2020 : 2025, BENCHMARK_CODE, confirmed === undefined ? 'low' : 'medium',
    confirmed === undefined ? 'Code table (2020), unchanged since 2019.' : `Confirmed as the current 基准价: ${confirmed}.`);
export const COAL_BENCHMARK_PRICE: Readonly<Record<ProvinceId, Sourced>> = {
  guangdong: bench(453, 'Zhongshan code comment "广东燃煤发电基准价 0.453", reportify 453'),
  zhejiang: bench(415.3), jiangsu: bench(391), shanghai: bench(415.5),
  shandong: bench(394.9, 'Lantau Group on Shandong\'s 136 plan'),
  hebei: bench(364.4, 'Hebei 136 plan (冀南 grid; 冀北, incl. Tangshan, is 372.0)'),
  fujian: bench(393.2), shaanxi: bench(354.5), tianjin: bench(365.5), yunnan: bench(335.8), guizhou: bench(351.5),
  anhui: bench(384.4), liaoning: bench(374.9), jilin: bench(373.1), heilongjiang: bench(374),
  inner_mongolia: bench(282.9, 'reportify 282.9 (蒙西; 蒙东 303.5)'),
  hubei: bench(416.1), hunan: bench(450), jiangxi: bench(414.3), henan: bench(377.9), sichuan: bench(401.2),
  chongqing: bench(396.4), guangxi: bench(420.7), hainan: bench(429.8), beijing: bench(359.8), shanxi: bench(332),
  gansu: bench(307.8, 'Gansu 136 plan'), ningxia: bench(259.5), qinghai: bench(324.7), xinjiang: bench(250, 'reportify 250'),
  tibet: bench(499.3),
};

/** Shandong's first auction for new PV: the only new-project (mechanism) price found for PV. */
export const SHANDONG_NEW_PV_MECHANISM_PRICE: Sourced = sourced(225, 'RMB/MWh', 2025, SHANDONG_AUCTION, 'medium',
  'PV cleared at 0.225 RMB/kWh on 1.248 TWh (wind 0.319 on 5.967 TWh).');

/** New-project PV export price relative to the provincial coal benchmark, applied where no auction result was found. */
export const NEW_PV_PRICE_TO_BENCHMARK: Sourced = derived(225 / 394.9, 'fraction of coal benchmark', 2025,
  `${SHANDONG_AUCTION} ; ${BENCHMARK_CODE}`,
  'Shandong auction 0.225 ÷ Shandong benchmark 0.3949 = 0.570. Used for every other province: a new project sells its ' +
    'surplus at market prices (136号), and midday prices in PV-heavy markets sit well below the benchmark (Shandong shows ' +
    'negative noon prices). The mechanism CfD covers only part of the volume, so this is an upper-middle estimate.');

export interface PvExportTerms {
  /** Highest share of PV generation that may be exported and paid; 0 when exports are not allowed. */
  readonly maxExportShareFraction: number;
  readonly priceRmbPerMwh: number;
  /** The rule applied, in words (for reports). */
  readonly basis: string;
}

/** Export terms of a new PV project of class `cls` in `province`. */
export function pvExportTerms(province: ProvinceId, cls: PvProjectClass, spotProvinces: readonly ProvinceId[] = CONTINUOUS_SPOT_MARKET_PROVINCES): PvExportTerms {
  const minSelf = (PROVINCIAL_MIN_SELF_CONSUMPTION[province] ?? DEFAULT_MIN_SELF_CONSUMPTION).value;
  const price = newPvExportPriceRmbPerMwh(province);
  if (cls === 'large_ci' && !spotProvinces.includes(province)) {
    return { maxExportShareFraction: 0, priceRmbPerMwh: price, basis: 'large C&I: full self-consumption (no continuous spot market in the province)' };
  }
  const how = cls === 'large_ci' ? 'large C&I in a continuous spot market: surplus sold in the spot market' : 'general C&I: self-consumption with surplus export';
  return { maxExportShareFraction: 1 - minSelf, priceRmbPerMwh: price, basis: `${how}, self-consumption ≥ ${minSelf * 100} %` };
}

/** Market-based export price of new PV in `province`, RMB/MWh. */
export function newPvExportPriceRmbPerMwh(province: ProvinceId): number {
  if (province === 'shandong') return SHANDONG_NEW_PV_MECHANISM_PRICE.value;
  return COAL_BENCHMARK_PRICE[province].value * NEW_PV_PRICE_TO_BENCHMARK.value;
}

const VOLTAGE_RULE =
  'Usual Chinese supply practice: a 10 kV supply serves loads up to ≈8 MVA, 35 kV up to ≈40 MVA, larger sites take 110 kV. ' +
  'Not from a standard; give site.connectionVoltageKv where known.';
/** Connection voltage inferred from the connection capacity where the scenario does not give it (our assumption). */
export const CONNECTION_VOLTAGE_THRESHOLDS = {
  max10kVKva: assumption(8000, 'kVA', 2025, VOLTAGE_RULE),
  max35kVKva: assumption(40_000, 'kVA', 2025, VOLTAGE_RULE),
} as const;

export function inferConnectionVoltageKv(kva: number): number {
  if (kva <= CONNECTION_VOLTAGE_THRESHOLDS.max10kVKva.value) return 10;
  return kva <= CONNECTION_VOLTAGE_THRESHOLDS.max35kVKva.value ? 35 : 110;
}

/** Largest large-C&I project a site connected at `voltageKv` can host (0: only general C&I). */
export function largeCiMaxKwp(voltageKv: number): number {
  if (voltageKv >= 66) return LARGE_CI_MAX_KWP.at110kV.value;
  if (voltageKv >= 35) return LARGE_CI_MAX_KWP.at35kV.value;
  return 0;
}
