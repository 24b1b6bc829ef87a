/**
 * Price paths 2025–2035: carbon (CEA, CCER, pilot ETS, EU ETS), offsets (VCS, ITMO), certificates
 * (GEC, green-power premium) and energy (power, export, gas, coal, oil products, heat, hydrogen, biomass).
 *
 * Each price is a `Sourced` base value in its natural unit plus an explicit projection rule:
 * `price(y) = base × (1 + g)^(y − baseYear)` for `y > baseYear`, and `base` before it. Every growth rate
 * is our assumption unless it is derived from a found forward price (EU ETS). Values are nominal RMB.
 * Energy prices also convert to RMB per MWh of final energy through the NCVs of `fuels.ts`, since the
 * optimiser works in MWh. Many energy prices were NOT FOUND in the reference and are assumptions: each
 * says so in its `note`.
 */
import { type Sourced, assumption, compound, derived, sourced, yearRange } from './sourced.ts';
import { type CarrierId, type FuelId, type PhysicalUnit, GJ_PER_MWH, mwhPerUnit } from './fuels.ts';

export const PRICE_IDS = [
  'cea', 'ccer', 'pilot_ets', 'eu_ets', 'vcs', 'itmo', 'gec', 'green_power_premium',
  'industrial_power', 'pv_export', 'natural_gas', 'lng', 'raw_coal', 'coke', 'diesel', 'fuel_oil', 'lpg',
  'purchased_heat', 'hydrogen', 'biomass',
] as const;
export type PriceId = (typeof PRICE_IDS)[number];

/** Default years of the reference price paths. */
export const PRICE_YEARS: readonly number[] = yearRange(2025, 2035);

export const USD_TO_RMB: Sourced = assumption(7.2, 'RMB/USD', 2025, 'Flat FX assumption; the reference itself converts USD at 7.2.');
export const EUR_TO_RMB: Sourced = assumption(7.8, 'RMB/EUR', 2025, 'Flat FX assumption (approximate 2025 level).');

export interface PriceSpec {
  id: PriceId;
  nameZh: string;
  nameEn: string;
  category: 'carbon' | 'offset' | 'certificate' | 'energy' | 'export';
  /** Base value in the natural unit `base.unit` (e.g. RMB/tCO2, RMB/t, RMB/Nm3, RMB/MWh). */
  base: Sourced;
  baseYear: number;
  /** Yearly growth g of the projection rule (negative = decline). */
  growthRatePerYear: Sourced;
  /** For energy prices: the fuel and the physical unit the natural price is per (for RMB/MWh). */
  energy?: { fuel: FuelId; perUnit: PhysicalUnit };
}

const flat = (why: string): Sourced => assumption(0, 'fraction/yr', '2025+', `Flat in nominal terms. ${why}`);
const LVXUN = 'https://www.lvxunhk.com/newsdetail.aspx?bsid=4066';
const CEA_GROWTH = assumption(0.08, 'fraction/yr', '2026+',
  'No forecast in the reference. The 2025 average (62.36) fell 35 % from ≈96 (2024); +8 %/yr brings it back to the ' +
    '2024 level around 2031, as the ETS widens (steel, cement, aluminium from 2025) and benchmarks tighten.');
const GEC_MONTHLY_2025 = [4.61, 5.66, 4.99, 5.22, 5.15];
const GEC_MEAN = GEC_MONTHLY_2025.reduce((s, v) => s + v, 0) / GEC_MONTHLY_2025.length;
const EU_FORWARD_GROWTH = (85 / 75) ** (1 / 5) - 1;
const COAL_5500_GJ_PER_T = (5500 * 4.1868) / 1000;
const RAW_COAL_NCV = mwhPerUnit('raw_coal', 't') * GJ_PER_MWH;
const COAL_5500_RMB_PER_T = 800;

const spec = (s: PriceSpec): PriceSpec => s;

/** All reference prices. */
export const PRICES: Readonly<Record<PriceId, PriceSpec>> = {
  cea: spec({ id: 'cea', nameZh: '全国碳排放权配额(CEA)', nameEn: 'China ETS allowance (CEA)', category: 'carbon', baseYear: 2025,
    base: sourced(62.36, 'RMB/tCO2', 2025, LVXUN, 'high', '2025 average; −35.06 % y/y; volume 2.35e8 t. Dec 2025 weekly range 57.74–62.98.', 'CEA_2025_avg'),
    growthRatePerYear: CEA_GROWTH }),
  ccer: spec({ id: 'ccer', nameZh: '国家核证自愿减排量(CCER)', nameEn: 'CCER', category: 'offset', baseYear: 2025,
    base: sourced(70.76, 'RMB/tCO2e', 2025, LVXUN, 'high', '2025 average (884.41e4 t, 6.26e8 RMB); above the CEA average.', 'CCER_2025_avg'),
    growthRatePerYear: assumption(0.08, 'fraction/yr', '2026+', 'Tracks CEA (+8 %/yr): CCER is mostly bought for ETS compliance, so the two prices move together.') }),
  pilot_ets: spec({ id: 'pilot_ets', nameZh: '地方试点碳市场', nameEn: 'Pilot ETS (8 pilots combined)', category: 'carbon', baseYear: 2025,
    base: sourced(40.36, 'RMB/tCO2', 2025, LVXUN, 'high', '8 pilots combined, 2025 average.', 'pilot_ETS_2025_avg'),
    growthRatePerYear: assumption(0.08, 'fraction/yr', '2026+', 'Same rule as CEA.') }),
  eu_ets: spec({ id: 'eu_ets', nameZh: '欧盟碳市场(EUA)', nameEn: 'EU ETS allowance (CBAM price basis)', category: 'carbon', baseYear: 2025,
    base: derived(75 * EUR_TO_RMB.value, 'RMB/tCO2', 2025, 'https://veyt.com/2025-eu-ets-year-in-review-turnover-reaches-all-time-high (75 EUR/t, 2025 avg)',
      '75 EUR/tCO2 × 7.8 RMB/EUR (FX assumption). CBAM certificates follow the EU ETS auction price; payments from 2027.', 'EU_ETS_2025_avg'),
    growthRatePerYear: derived(EU_FORWARD_GROWTH, 'fraction/yr', '2026+', 'https://www.cemnet.com/News/story/179751/narrow-range-low-volume-driven-up-by-compliance-and-speculative-buying.html (Dec-2030 forward ≈85 EUR)',
      '(85/75)^(1/5) − 1 ≈ 2.53 %/yr from the Dec-2030 forward; continued after 2030 (assumption).') }),
  vcs: spec({ id: 'vcs', nameZh: '国际自愿碳信用(VCS等)', nameEn: 'Voluntary carbon credits (VCS, VCM average)', category: 'offset', baseYear: 2025,
    base: derived(6.34 * USD_TO_RMB.value, 'RMB/tCO2e', 2025, 'https://www.senken.io/academy/carbon-credit-price (Ecosystem Marketplace 2025 data: 6.34 USD/t)',
      '6.34 USD/tCO2e × 7.2 RMB/USD (FX assumption). Range <1 to >500 USD; generic avoidance as low as 0.88.', 'VCM_avg_price'),
    growthRatePerYear: flat('VCM average prices have not risen; quality premia are not modelled.') }),
  itmo: spec({ id: 'itmo', nameZh: '巴黎协定第6条国际转让减缓成果(ITMO)', nameEn: 'Paris Art. 6 ITMO', category: 'offset', baseYear: 2025,
    base: assumption(19 * EUR_TO_RMB.value, 'RMB/tCO2e', 2025,
      'No public ITMO transaction price (reference: NOT FOUND). Proxy: CORSIA-eligible units ≈19 EUR/t (same senken.io page), which also need ' +
        'host-country authorisation and corresponding adjustments; × 7.8 RMB/EUR = 148.2 RMB/t.', 'ITMO_price'),
    growthRatePerYear: assumption(0.05, 'fraction/yr', '2026+', 'Scarce authorised supply against compliance demand (Swiss KliK, Singapore carbon-tax offsets): +5 %/yr.') }),
  gec: spec({ id: 'gec', nameZh: '绿色电力证书(GEC)', nameEn: 'Green electricity certificate (GEC)', category: 'certificate', baseYear: 2025,
    base: derived(GEC_MEAN, 'RMB/MWh', 2025, 'NEA monthly GEC data (2025-vintage), e.g. https://cpnn.com.cn/news/nytt/202601/t20260122_1861847.html ; https://www.chinapower.org.cn/index.php/detail/451916.html',
      `Mean of the 2025-vintage monthly prices ${GEC_MONTHLY_2025.join(', ')} RMB/certificate (1 certificate = 1 MWh). 2024-vintage certificates 1.1–2.6.`, 'GEC_price_2025_vintage'),
    growthRatePerYear: flat('9.30e8 GECs traded in 2025: ample supply; no sign of a rise.') }),
  green_power_premium: spec({ id: 'green_power_premium', nameZh: '绿电交易环境溢价', nameEn: 'Green-power trading premium', category: 'certificate', baseYear: 2025,
    base: assumption(25, 'RMB/MWh', 2025,
      'NOT FOUND in the reference (needs Beijing/Guangzhou exchange data). Assumed 0.025 RMB/kWh, mid of a 0.02–0.03 RMB/kWh premium ' +
        'over ordinary medium/long-term contracts; the GEC is bundled.', 'green_power_trading_premium'),
    growthRatePerYear: flat('No data to project a trend.') }),
  industrial_power: spec({ id: 'industrial_power', nameZh: '工业电价(平均)', nameEn: 'Industrial power price (average)', category: 'energy', baseYear: 2024,
    base: derived(0.088 * USD_TO_RMB.value * 1000, 'RMB/MWh', 2024, 'https://china-briefing.com/news/china-electricity-prices-industrial-consumers (0.088 USD/kWh, 2024)',
      '0.088 USD/kWh × 7.2 × 1000 = 633.6 RMB/MWh. National average; provincial tariffs and TOU not found (reference gap).', 'industrial_power_price_avg'),
    growthRatePerYear: flat('Up only from 0.084 USD/kWh (2019) to 0.088 (2024).'), energy: { fuel: 'electricity', perUnit: 'MWh' } }),
  pv_export: spec({ id: 'pv_export', nameZh: '光伏余电上网电价(新建项目)', nameEn: 'PV surplus export price, new projects (indicative)', category: 'export', baseYear: 2025,
    base: sourced(225, 'RMB/MWh', 2025,
      'Shandong first mechanism-price auction for new PV, result 2025-10-14 (鲁发改价格〔2025〕577号), sources/china-power-market.md §2.2', 'medium',
      'Indicative national figure only: plans use the province\'s new-project price from pv-export-rules.ts (136号: new projects ' +
        'sell at market prices; older ones at up to the coal benchmark, 0.25–0.50 RMB/kWh by province).'),
    growthRatePerYear: flat('Auction results are set yearly; no trend data.'), energy: { fuel: 'electricity', perUnit: 'MWh' } }),
  natural_gas: spec({ id: 'natural_gas', nameZh: '管道天然气(工业)', nameEn: 'Pipeline natural gas, industrial delivered', category: 'energy', baseYear: 2025,
    base: assumption(3.6, 'RMB/Nm3', 2025,
      'Industrial pipeline gas price NOT FOUND. LNG ex-factory 3974 RMB/t ÷ 51.498 GJ/t × 0.038931 GJ/Nm3 ≈ 3.00 RMB/Nm3 energy-equivalent, ' +
        'plus ≈0.6 RMB/Nm3 for regasification and distribution ≈ 3.6 RMB/Nm3.', 'industrial_pipeline_gas_price'),
    growthRatePerYear: flat('No trend data.'), energy: { fuel: 'natural_gas', perUnit: 'Nm3' } }),
  lng: spec({ id: 'lng', nameZh: '液化天然气(出厂)', nameEn: 'LNG ex-factory', category: 'energy', baseYear: 2025,
    base: sourced(3974, 'RMB/t', 2025, 'https://www.jlszyny.com.cn/theaveragetransactionpriceofdo.html', 'medium',
      'Average transaction price 15–19 Dec 2025; ex-factory, excludes delivery.', 'LNG_ex_factory_price'),
    growthRatePerYear: flat('No trend data.'), energy: { fuel: 'lng', perUnit: 't' } }),
  raw_coal: spec({ id: 'raw_coal', nameZh: '原煤', nameEn: 'Raw coal, delivered', category: 'energy', baseYear: 2025,
    base: assumption(COAL_5500_RMB_PER_T * (RAW_COAL_NCV / COAL_5500_GJ_PER_T), 'RMB/t', 2025,
      'Thermal coal price NOT FOUND. Assumed 800 RMB/t delivered for 5500 kcal/kg coal (23.03 GJ/t; port spot in 2025 was lower, the ' +
        'difference is delivery inland); on an energy basis raw coal at 20.908 GJ/t costs 800 × 20.908/23.027 ≈ 726 RMB/t.', 'thermal_coal_price'),
    growthRatePerYear: flat('No trend data.'), energy: { fuel: 'raw_coal', perUnit: 't' } }),
  coke: spec({ id: 'coke', nameZh: '焦炭', nameEn: 'Coke', category: 'energy', baseYear: 2025,
    base: assumption(1600, 'RMB/t', 2025, 'Not in the reference. Metallurgical coke roughly 1,400–1,800 RMB/t in 2025; 1,600 mid value.'),
    growthRatePerYear: flat('No trend data.'), energy: { fuel: 'coke', perUnit: 't' } }),
  diesel: spec({ id: 'diesel', nameZh: '柴油', nameEn: 'Diesel', category: 'energy', baseYear: 2025,
    base: assumption(7600, 'RMB/t', 2025, 'Not in the reference. Retail ≈7.2 RMB/L ÷ 0.84 kg/L ≈ 8,600 RMB/t; wholesale for industrial buyers lower, ≈7,600 RMB/t.'),
    growthRatePerYear: flat('Oil-linked; no trend assumed.'), energy: { fuel: 'diesel', perUnit: 't' } }),
  fuel_oil: spec({ id: 'fuel_oil', nameZh: '燃料油', nameEn: 'Fuel oil', category: 'energy', baseYear: 2025,
    base: assumption(4500, 'RMB/t', 2025, 'Not in the reference. Heavy fuel oil roughly 4,000–5,000 RMB/t; 4,500 mid value.'),
    growthRatePerYear: flat('Oil-linked; no trend assumed.'), energy: { fuel: 'fuel_oil', perUnit: 't' } }),
  lpg: spec({ id: 'lpg', nameZh: '液化石油气', nameEn: 'LPG', category: 'energy', baseYear: 2025,
    base: assumption(5000, 'RMB/t', 2025, 'Not in the reference. Industrial LPG roughly 4,500–5,500 RMB/t; 5,000 mid value.'),
    growthRatePerYear: flat('Oil-linked; no trend assumed.'), energy: { fuel: 'lpg', perUnit: 't' } }),
  purchased_heat: spec({ id: 'purchased_heat', nameZh: '外购蒸汽', nameEn: 'Purchased steam', category: 'energy', baseYear: 2025,
    base: assumption(200, 'RMB/t steam', 2025,
      'Not in the reference. Industrial-park steam roughly 150–250 RMB/t; 200 RMB/t ÷ 2.7 GJ/t (STEAM_GJ_PER_T) ≈ 74 RMB/GJ.'),
    growthRatePerYear: flat('Coal-linked; no trend assumed.'), energy: { fuel: 'purchased_heat', perUnit: 't_steam' } }),
  hydrogen: spec({ id: 'hydrogen', nameZh: '氢气(绿氢,到厂)', nameEn: 'Hydrogen (green), delivered', category: 'energy', baseYear: 2025,
    base: assumption(25, 'RMB/kg', 2025,
      'Green H2 production cost 2.75 USD/kg ≈ 20 RMB/kg in 2023 (https://macropolo.org/china-hydrogen-electrolyzers-cheap-solar/, low-medium; ' +
        'pipeline chain ≈22 RMB/kg). Plus trucking/compression to a factory ≈ 25 RMB/kg delivered.', 'green_H2_cost_China'),
    growthRatePerYear: assumption(-0.04, 'fraction/yr', '2026+', 'Electrolyser cost expected to halve by ≈2030 (reference outlook); −4 %/yr on the delivered price.'),
    energy: { fuel: 'hydrogen', perUnit: 'kg' } }),
  biomass: spec({ id: 'biomass', nameZh: '生物质成型燃料', nameEn: 'Biomass pellets', category: 'energy', baseYear: 2025,
    base: assumption(1000, 'RMB/t', 2025, 'Not in the reference. Biomass pellets roughly 800–1,200 RMB/t delivered; 1,000 mid value (16 GJ/t assumed NCV).'),
    growthRatePerYear: flat('No trend data.'), energy: { fuel: 'biomass', perUnit: 't' } }),
};

/** Price of `id` in year `year`, in its natural unit (`PRICES[id].base.unit`). */
export function priceInYear(id: PriceId, year: number): number {
  const s = PRICES[id];
  return compound(s.base.value, s.baseYear, s.growthRatePerYear.value, year);
}

/** Price path of `id` over `years`, in its natural unit. */
export function pricePath(id: PriceId, years: readonly number[] = PRICE_YEARS): Record<number, number> {
  return Object.fromEntries(years.map((y) => [y, priceInYear(id, y)]));
}

/** Energy price per MWh of final energy (natural price ÷ MWh per unit, via NCV); throws for non-energy prices. */
export function priceRmbPerMwh(id: PriceId, year: number): number {
  const e = PRICES[id].energy;
  if (e === undefined) throw new RangeError(`price '${id}' is not an energy price`);
  return priceInYear(id, year) / mwhPerUnit(e.fuel, e.perUnit);
}

/** Energy price path per MWh of final energy. */
export function pricePathRmbPerMwh(id: PriceId, years: readonly number[] = PRICE_YEARS): Record<number, number> {
  return Object.fromEntries(years.map((y) => [y, priceRmbPerMwh(id, y)]));
}

/** The price each scenario carrier is bought at. */
export const CARRIER_PRICE_IDS: Readonly<Record<CarrierId, PriceId>> = {
  electricity: 'industrial_power', raw_coal: 'raw_coal', coke: 'coke', natural_gas: 'natural_gas', diesel: 'diesel',
  fuel_oil: 'fuel_oil', lpg: 'lpg', purchased_heat: 'purchased_heat', hydrogen: 'hydrogen', biomass: 'biomass',
};

/** Delivered price path of a carrier per MWh of final energy. */
export function carrierPricePathRmbPerMwh(carrier: CarrierId, years: readonly number[] = PRICE_YEARS): Record<number, number> {
  return pricePathRmbPerMwh(CARRIER_PRICE_IDS[carrier], years);
}
