/**
 * Time-of-use (峰谷分时) energy prices and the basic charge (基本电费) of large industrial two-part
 * users, by province (sources/china-power-market.md §3; reference-data.md `TOU_policy_ratio`).
 *
 * A schedule is a list of seasons; each season covers some months and gives, for every clock hour
 * 0–23 (Beijing time), its band as one letter — `c` critical peak (尖峰), `p` peak (高峰), `f` flat
 * (平段), `v` valley (低谷) — and the price of each band as a multiple of the flat price. The flat
 * price itself follows the scenario's yearly electricity price (engine/data/hourly/tariff.ts), so the
 * price path applies to every band.
 *
 * Found with hours: Guangdong, Shanghai, Zhejiang (2026, spring/autumn only). Found as ratios only:
 * the national rule, Sichuan, Tianjin (draft), Liaoning (draft). Every other province, and the
 * missing seasons, use the national default schedule, an assumption stated below.
 */
import { priceRmbPerMwh } from './prices.ts';
import { type Sourced, assumption, derived, sourced } from './sourced.ts';
import type { ProvinceId } from './provinces.ts';

export const TOU_BANDS = ['critical', 'peak', 'flat', 'valley'] as const;
export type TouBand = (typeof TOU_BANDS)[number];
export const BAND_OF_LETTER: Readonly<Record<string, TouBand>> = { c: 'critical', p: 'peak', f: 'flat', v: 'valley' };

export interface TouSeason {
  /** Calendar months 1–12 the season covers. */
  readonly months: readonly number[];
  /** 24 letters, one per clock hour from 0:00 (c, p, f, v). */
  readonly hours: string;
  /** Price of each band as a multiple of the flat price (flat = 1). */
  readonly multipliers: Readonly<Record<TouBand, number>>;
}

export interface TouSchedule {
  /** Seasons covering the twelve months exactly once. */
  readonly seasons: readonly TouSeason[];
  /** Where the hours and ratios come from, with their confidence. */
  readonly basis: Sourced<string>;
}

const CPM = 'shared/reference/china-power-market.md (copied to sources/china-power-market.md)';
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const without = (months: readonly number[]) => ALL_MONTHS.filter((m) => !months.includes(m));
const ratios = (critical: number, peak: number, valley: number): Record<TouBand, number> => ({ critical, peak, flat: 1, valley });

/**
 * National rule (发改价格〔2021〕1093号): peak:valley ≥ 4:1 where the system's peak–valley load gap
 * exceeds 40 %, else ≥ 3:1; critical peak ≥ +20 % over peak. Sichuan's published 1.6:1:0.4 with a
 * critical peak of 1.92 × flat meets the 4:1 rule exactly.
 */
export const NATIONAL_TOU_RULE = sourced(
  ratios(1.92, 1.6, 0.4),
  'multiple of the flat price',
  2021,
  'https://news.online.sh.cn/news/gb/content/2021-08/01/content_9802178.htm (NDRC 发改价格〔2021〕1093号); Sichuan example via reference-data.md',
  'high',
  'peak:valley ≥ 4:1 (≥ 3:1 where the peak–valley gap ≤ 40 %); critical ≥ peak × 1.2. Sichuan 1.6:1:0.4, critical 1.92 × flat.',
  'TOU_policy_ratio',
);

const DEFAULT_HOURS = 'vvvvvvvvpppffffffpppppff';
const DEFAULT_SUMMER_HOURS = 'vvvvvvvvpppffffffpppccff';

/**
 * ASSUMPTION: the schedule of provinces whose hour tables were not found (Jiangsu, Shandong, Hebei,
 * Fujian, Anhui, … — sources/china-power-market.md §6): valley 0–8, peak 8–11 and 17–22, flat the
 * other 8 hours, critical peak 20–22 in July and August, at the national-rule ratios above.
 */
export const DEFAULT_TOU: TouSchedule = {
  seasons: [
    { months: [7, 8], hours: DEFAULT_SUMMER_HOURS, multipliers: NATIONAL_TOU_RULE.value },
    { months: without([7, 8]), hours: DEFAULT_HOURS, multipliers: NATIONAL_TOU_RULE.value },
  ],
  basis: assumption(
    'national default',
    'schedule',
    2021,
    'Hour tables NOT FOUND for this province (sources/china-power-market.md §3.2, §6). Assumed 8 h valley 0–8, 8 h peak 8–11 and 17–22, ' +
      '8 h flat, critical 20–22 in Jul–Aug, at the 1093号 minimum ratios 1.92 : 1.6 : 1 : 0.4 (Sichuan\'s published ratios). ' +
      'Many provinces have since moved midday hours to flat or valley (CNESA 2025: 22 provinces with a midday valley).',
  ),
};

const GUANGDONG_HOURS = 'vvvvvvvvffppffpppppfffff';
const GUANGDONG_SUMMER_HOURS = 'vvvvvvvvffpcffpccppfffff';
const GUANGDONG_RATIOS = ratios(1.7 * 1.25, 1.7, 0.38);

const SHANGHAI_SUMMER_HOURS = 'vvvvvvffpppppppfffpppfvv';
const SHANGHAI_OTHER_HOURS = 'vvvvvvffpppfffffffpppfvv';
const withCritical = (hours: string, at: readonly number[]) => [...hours].map((b, h) => (at.includes(h) ? 'c' : b)).join('');
const SHANGHAI_HIGH = ratios(1.8 * 1.25, 1.8, 0.4);
const SHANGHAI_LOW = ratios(1.6 * 1.25, 1.6, 0.5);

const ZHEJIANG_HOURS = 'vvvvvvvffffvvvffpppppppf';
const ZHEJIANG_RATIOS = ratios(2.05, 1.85, 0.4);

/** Provinces whose schedule (hours or ratios) was found; the rest use DEFAULT_TOU. */
export const PROVINCIAL_TOU: Readonly<Partial<Record<ProvinceId, TouSchedule>>> = {
  guangdong: {
    seasons: [
      { months: [7, 8, 9], hours: GUANGDONG_SUMMER_HOURS, multipliers: GUANGDONG_RATIOS },
      { months: without([7, 8, 9]), hours: GUANGDONG_HOURS, multipliers: GUANGDONG_RATIOS },
    ],
    basis: sourced(
      'Guangdong',
      'schedule',
      2021,
      'Guangdong DRC news 2021-09-06, mirror http://06wxu.cn/xw/gnxw/20210906/100493.html (粤发改价格〔2021〕331号)',
      'medium',
      'Peak 10–12, 14–19; valley 0–8; flat the rest; critical 11–12 and 15–17 in all of Jul–Sep (hot days outside Jul–Sep not modelled); ' +
        'peak:flat:valley 1.7:1:0.38, critical = peak × 1.25. [O-mirror]',
    ),
  },
  shanghai: {
    seasons: [
      { months: [7, 8], hours: withCritical(SHANGHAI_SUMMER_HOURS, [12, 13]), multipliers: SHANGHAI_HIGH },
      { months: [9], hours: SHANGHAI_SUMMER_HOURS, multipliers: SHANGHAI_HIGH },
      { months: [1, 12], hours: withCritical(SHANGHAI_OTHER_HOURS, [19, 20]), multipliers: SHANGHAI_HIGH },
      { months: without([1, 7, 8, 9, 12]), hours: SHANGHAI_OTHER_HOURS, multipliers: SHANGHAI_LOW },
    ],
    basis: sourced(
      'Shanghai',
      'schedule',
      2023,
      'http://www.donggao.com.cn/tynfd/hyyw/20221220/180295.html ; http://m.xcctv.cn/chuangye/cyxw/2022/1219/319985.html (沪发改价管〔2022〕50号, from 2023-01-01)',
      'medium',
      'Jul–Sep: peak 8–15, 18–21, flat 6–8, 15–18, 21–22, valley 22–6, critical 12–14 in Jul–Aug. Other months: peak 8–11, 18–21, ' +
        'flat 6–8, 11–18, 21–22, valley 22–6, critical 19–21 in Jan and Dec. "Summer and winter" (read here as Jul–Sep and Jan, Dec, ' +
        'the months with a critical peak — our reading): peak +80 %, valley −60 %; other months +60 %, −50 %; critical = peak × 1.25. [O-mirror]',
    ),
  },
  zhejiang: {
    seasons: [
      { months: [1, 7, 8, 12], hours: withCritical(ZHEJIANG_HOURS, [19, 20]), multipliers: ZHEJIANG_RATIOS },
      { months: [2, 3, 4, 5, 6, 9, 10, 11], hours: ZHEJIANG_HOURS, multipliers: ZHEJIANG_RATIOS },
    ],
    basis: sourced(
      'Zhejiang (2026 revision)',
      'schedule',
      2026,
      'https://aspirehk.ltd/zh-hans/real-time-quotes-and-news/1158464 ; draft https://reportify.ai/social-media/730692969647082',
      'low',
      'Spring/autumn (Feb–Jun, Sep–Nov): peak 16–23, valley 0–7 and 11–14 (a 3 h midday valley all year), flat the rest; ' +
        'critical:peak:flat:valley:deep valley = 2.05:1.85:1:0.4:0.2, final notice effective 1 Jul 2026 [S]. Summer/winter details were ' +
        'only partial: ASSUMED the same hours with a critical peak 19–21 in Jan, Jul, Aug and Dec. Deep valley (holidays) not modelled. ' +
        'Applied to every horizon year.',
    ),
  },
  liaoning: {
    seasons: [
      { months: [7, 8], hours: DEFAULT_SUMMER_HOURS, multipliers: ratios(1.875, 1.5, 0.5) },
      { months: without([7, 8]), hours: DEFAULT_HOURS, multipliers: ratios(1.875, 1.5, 0.5) },
    ],
    basis: sourced(
      'Liaoning (draft ratios)',
      'schedule',
      2021,
      'reference-data.md TOU_policy_ratio (Liaoning draft 1.875:1.5:1:0.5)',
      'low',
      'Ratios from the Liaoning draft; hours NOT FOUND, the national default hours assumed.',
      'TOU_policy_ratio',
    ),
  },
};

/**
 * Provinces where users buying on the wholesale market (直接交易) no longer pay the government TOU
 * prices (their bill follows their contracts and the spot market, not modelled hour by hour).
 * Elsewhere wholesale users are assumed to keep the TOU ratios (provinces require medium/long-term
 * contracts to carry time-of-use curves; not found in the reference: an assumption).
 */
export const WHOLESALE_WITHOUT_TOU: Readonly<Partial<Record<ProvinceId, Sourced<string>>>> = {
  yunnan: sourced('Yunnan', 'rule', 2026, 'https://e.ccement.com/news/content/69494920255726115.html (云发改价格〔2026〕51号, from 2026-03-01)', 'medium',
    'Government TOU applies only to grid-agency large industrial users and general C&I ≥100 kVA; direct market participants no longer use it. [O-translation]'),
  guizhou: sourced('Guizhou', 'rule', 2026, 'https://e.ccement.com/news/content/69494910391196115.html (2026-01-22 notice)', 'medium',
    'From 2026-03-01 two-part users trading wholesale no longer use TOU. [S]'),
};

/**
 * Basic charge of two-part users (Guangdong, Huizhou agency-purchase table, Feb 2026, 1–10(20) kV):
 * by maximum demand 36.1 RMB/kW·month or by transformer capacity 22.6 RMB/kVA·month. Rules of
 * 发改办价格〔2016〕1583号 (same code comment): the user chooses capacity or demand billing; the
 * contract demand is at least 40 % of the transformer capacity; demand above 105 % of contract is
 * charged double (not modelled: the optimiser sets the contract at the billed maximum).
 */
export const BASIC_CHARGE = {
  demandRmbPerKwMonth: sourced(36.1, 'RMB/kW·month', 2026, `${CPM} §3.3 (config comment in a public storage-model repository, find_string id 70860736340)`, 'low',
    'Guangdong, Huizhou, 1–10(20) kV two-part tariff. [C] Per-province demand prices for other provinces NOT FOUND: used as the national default (assumption).'),
  capacityRmbPerKvaMonth: sourced(22.6, 'RMB/kVA·month', 2026, `${CPM} §3.3 (same comment)`, 'low', 'Guangdong, Huizhou. [C] Used as the national default (assumption).'),
  contractDemandMinShareOfCapacity: sourced(0.4, 'fraction of transformer kVA', 2016, `${CPM} §3.3 (发改办价格〔2016〕1583号 as quoted in the same comment)`, 'low',
    'Contract (billed) maximum demand ≥ 40 % of the transformer capacity. [C]'),
} as const;


const CNESA_2025 = 'CNESA via https://reportify.ai/social-media/714010047751732 (Sep 2025) and reportify.ai tag page 分时电价政策 (Jan–Jul 2025)';

/**
 * Published maximum peak–valley spreads of agency-purchase prices (sources/china-power-market.md
 * §3.4), RMB/kWh: what the default schedule is scaled to where a province's hours were not found.
 * Many provinces float only part of the price (the energy purchase price and line losses, not T&D
 * or funds), so the 1093号 ratios overstate the spread of the whole price; scaling the default's
 * deviation from flat to the published spread keeps the arbitrage a battery sees at what users pay.
 */
export const PUBLISHED_MAX_SPREAD: Readonly<Partial<Record<ProvinceId, Sourced>>> & { readonly national: Sourced } = {
  national: sourced(0.618, 'RMB/kWh', 2025, CNESA_2025, 'medium', 'Average maximum spread over 32 regions, Jan–Jul 2025 (−9.1 % y/y). [S]'),
  shandong: sourced(0.854, 'RMB/kWh', 2025, CNESA_2025, 'medium', 'Sep 2025. [S]'),
  hainan: sourced(1.043, 'RMB/kWh', 2025, CNESA_2025, 'medium', 'Sep 2025. [S]'),
  hunan: sourced(0.975, 'RMB/kWh', 2025, CNESA_2025, 'medium', 'Jan–Jul 2025. [S]'),
  jiangsu: derived(0.85 * (1 - 0.406), 'RMB/kWh', 2025, `${CNESA_2025}; nenpower.com blog on Jiangsu's 2025 TOU`, '≈0.85 before the 2025 change × (1 − 40.6 %), the y/y fall CNESA reports for Sep 2025 = 0.505.'),
};

/**
 * The flat price the spreads are read against: the national average industrial price less the
 * basic charge of a flat load at the default demand price (prices.ts, BASIC_CHARGE).
 */
export const REFERENCE_FLAT_RMB_PER_MWH = derived(
  priceRmbPerMwh('industrial_power', 2025) - (1000 * BASIC_CHARGE.demandRmbPerKwMonth.value * 12) / 8760,
  'RMB/MWh', 2025, 'prices.ts industrial_power; BASIC_CHARGE.demandRmbPerKwMonth', '633.6 − 36.1 × 12 × 1000 / 8760 = 584.1 RMB/MWh.');

/** The TOU schedule of a province: its own where found, else the default scaled to its published (or the national) spread. */
export function touSchedule(province: ProvinceId): TouSchedule {
  const own = PROVINCIAL_TOU[province];
  if (own !== undefined) return own;
  const spread = PUBLISHED_MAX_SPREAD[province] ?? PUBLISHED_MAX_SPREAD.national;
  const m = NATIONAL_TOU_RULE.value;
  const float = (spread.value * 1000) / ((m.critical - m.valley) * REFERENCE_FLAT_RMB_PER_MWH.value);
  const scaled = Object.fromEntries(TOU_BANDS.map((b) => [b, 1 + float * (m[b] - 1)])) as Record<TouBand, number>;
  return {
    seasons: DEFAULT_TOU.seasons.map((s) => ({ ...s, multipliers: scaled })),
    basis: derived(
      `national default scaled to ${province}`,
      'schedule',
      spread.year,
      `${DEFAULT_TOU.basis.note ?? ''} Spread: ${spread.source}`,
      `Default hours and ratios (an assumption: hour tables NOT FOUND) with each band's distance from flat × ${float.toFixed(3)}, so that ` +
        `critical − valley = ${spread.value.toFixed(3)} RMB/kWh (${spread === PUBLISHED_MAX_SPREAD.national ? 'national average' : 'published for the province'}) ` +
        `at the reference flat price ${REFERENCE_FLAT_RMB_PER_MWH.value.toFixed(1)} RMB/MWh: critical ${scaled.critical.toFixed(3)}, peak ${scaled.peak.toFixed(3)}, valley ${scaled.valley.toFixed(3)} × flat.`,
    ),
  };
}
