/**
 * Finance and policy reference: loan prime rates, the PBoC carbon-emission-reduction facility (CERF),
 * national ETS coverage by sector, EU CBAM timing and the local awards that were verified.
 *
 * From sources/reference-data.md §5–§7. Rates are stored as fractions per year (0.03 = 3 %).
 */
import { type Sourced, sourced } from './sourced.ts';
import type { SectorId } from '../sectors.ts';

const LPR_SRC = 'http://en.people.cn/n3/2025/0922/c90000-20369329.html';
/** One-year loan prime rate. */
export const LPR_1Y: Sourced = sourced(0.03, 'fraction/yr', 2025, LPR_SRC, 'high', '3.0 %, unchanged Sep 2025 (Jan 2025: 3.1 %); no later change found.', 'LPR_1y');
/** Five-year-plus loan prime rate. */
export const LPR_5Y: Sourced = sourced(0.035, 'fraction/yr', 2025, LPR_SRC, 'high', '3.5 %, unchanged Sep 2025 (Jan 2025: 3.6 %); no later change found.', 'LPR_5y');

const CERF_SRC_2026 = 'http://www.tuohaidian.com/new_list/id/1045.html ; https://udn.com/news/story/7333/9268549';
/** Share of eligible loan principal the PBoC refinances under CERF. */
export const CERF_COVERAGE_FRACTION: Sourced = sourced(0.6, 'fraction of loan principal', 2021,
  'http://www.wumasheying.com/news/zhxw/2021/1109/206397.shtml (Xinhua)', 'high',
  'Borrower rate ≈ same-tenor LPR. Jan 2026: scope extended to energy-saving retrofits, green upgrades and low-carbon energy transition; quarterly 1-year relending, ≤800 bn RMB/yr.',
  'CERF_coverage');

export interface RatePeriod {
  /** ISO date from which the rate applies. */
  fromDate: string;
  rate: Sourced;
}

/** CERF relending rate history (the rate the PBoC charges the lending bank), oldest first. */
export const CERF_RATE_HISTORY: readonly RatePeriod[] = [
  { fromDate: '2021-11-08', rate: sourced(0.0175, 'fraction/yr', 2021, CERF_SRC_2026, 'high', 'Original 2021 rate 1.75 %. Start date = facility launch (Nov 2021), date not in the reference.') },
  { fromDate: '2025-05-08', rate: sourced(0.015, 'fraction/yr', 2025, CERF_SRC_2026, 'medium', 'Cut to 1.5 % in 2025 (reference). The May 2025 start date is not in the reference: verify.') },
  { fromDate: '2026-01-19', rate: sourced(0.0125, 'fraction/yr', 2026, CERF_SRC_2026, 'high', 'Structural tools cut 0.25 pp on 15 Jan 2026, effective 19 Jan 2026.', 'CERF_relending_rate_current') },
];

/** The CERF relending rate in force on an ISO date (`YYYY-MM-DD`); before the launch, the first rate. */
export function cerfRelendingRate(isoDate: string): Sourced {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`cerfRelendingRate: expected YYYY-MM-DD, got '${isoDate}'`);
  const inForce = CERF_RATE_HISTORY.filter((p) => p.fromDate <= isoDate).pop() ?? CERF_RATE_HISTORY[0];
  if (inForce === undefined) throw new Error('CERF_RATE_HISTORY is empty');
  return inForce.rate;
}

/** The current CERF rate (from 19 Jan 2026). */
export const CERF_RATE_CURRENT: Sourced = cerfRelendingRate('2026-01-19');

export interface EtsCoverage {
  sector: SectorId;
  /** First compliance year in the national ETS. */
  fromYear: number;
  /** The part of the sector that is covered. */
  covered: string;
  source: Sourced<number>;
}

const ETS_SRC = 'https://www.lvxunhk.com/newsdetail.aspx?bsid=4066';
/** Year the national ETS started (power sector, incl. captive power plants of other sectors). */
export const ETS_POWER_SECTOR_FROM_YEAR: Sourced = sourced(2021, 'year', 2021, 'https://jijunzs.com/content/2025/01/06/14678368.html (People\'s Daily, MEE)', 'high',
  'Power sector only since 2021 (2,096 entities, ≈52e8 tCO2 in 2023). Captive power plants of any sector fall under it (not modelled per sector).', 'ETS_power_2023_coverage');

/** Sectors of the engine covered by the national ETS (steel, cement, aluminium added in 2025). */
export const ETS_COVERED_SECTORS: readonly EtsCoverage[] = [
  { sector: 'steel', fromYear: 2025, covered: 'Iron and steel production', source: sourced(2025, 'year', 2025, ETS_SRC, 'high', 'ETS expanded to steel, cement and aluminium in 2025 (note of reference row CEA_2025_avg).') },
  { sector: 'building_materials', fromYear: 2025, covered: 'Cement clinker production only (other building materials not covered)', source: sourced(2025, 'year', 2025, ETS_SRC, 'high', 'Cement (note of reference row CEA_2025_avg); glass, ceramics etc. not covered.') },
  { sector: 'non_ferrous', fromYear: 2025, covered: 'Primary aluminium smelting only (other non-ferrous metals not covered)', source: sourced(2025, 'year', 2025, ETS_SRC, 'high', 'Aluminium (note of reference row CEA_2025_avg).') },
];

/**
 * Whether a sector's Scope 1 falls under the national ETS in `year`. Sector-level only: in covered
 * sectors only the named sub-sectors (and entities above the ETS threshold) are covered, so a scenario
 * should be able to override it per factory.
 */
export function isEtsCovered(sector: SectorId, year: number): boolean {
  return ETS_COVERED_SECTORS.some((c) => c.sector === sector && year >= c.fromYear);
}

const CBAM_SRC = 'https://www.cemnet.com/News/story/179751/narrow-range-low-volume-driven-up-by-compliance-and-speculative-buying.html ; Reg (EU) 2025/2548';
/** EU CBAM timing. */
export const CBAM = {
  definitivePeriodFromYear: sourced(2026, 'year', 2025, CBAM_SRC, 'medium', 'Definitive period from 2026.', 'CBAM_timing'),
  paymentsFromYear: sourced(2027, 'year', 2025, CBAM_SRC, 'medium', 'Certificate sales/payments start 2027; CBAM price = volume-weighted average EU ETS auction price.', 'CBAM_timing'),
} as const;

/** Local awards that could be verified (zero-carbon-factory awards in Suzhou/Changshu/Kunshan were NOT verified). */
export const LOCAL_AWARDS = {
  kunshanRenewableDemoRmb: sourced(1_000_000, 'RMB', 2024, 'https://bluesea234.com/jiangsu-kunshan-sugar-baby-will-be-awarded-1-million-yuan-in-awards-to-enterprises-that-have-won-the-national-renewable-dynamics-demonstration-project (昆政办发〔2024〕25号)',
    'medium', 'For national renewable-power demonstration project winners, not a zero-carbon-factory award.', 'Kunshan_green_policy_2024'),
  kunshanSmartEnergyPlatformRmb: sourced(10_000, 'RMB', 2024, 'same as kunshanRenewableDemoRmb (昆政办发〔2024〕25号)', 'medium', 'Key energy users joining the smart-energy platform.', 'Kunshan_green_policy_2024'),
  tianjinGreenFactoryMunicipalRmb: sourced(300_000, 'RMB', '~2018', 'http://www.shgld.cn/doc_28222582_0_0_1.html', 'low', '30 万 for a municipal green factory (not zero-carbon); dated.', 'Tianjin_green_factory_award'),
  tianjinGreenFactoryNationalRmb: sourced(600_000, 'RMB', '~2018', 'http://www.shgld.cn/doc_28222582_0_0_1.html', 'low', 'Up to 60 万 for the national green-factory list; dated.', 'Tianjin_green_factory_award'),
} as const;
