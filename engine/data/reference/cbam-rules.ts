/**
 * EU CBAM rules as data (sources/cbam-and-footprints.md §1; Regulation (EU) 2023/956 as amended by
 * 2025/2083, implementing acts 2025/2547, 2025/2548, 2025/2620, 2025/2621 and 2026/1740):
 * - which embedded emissions count per good: direct only for iron and steel, aluminium and hydrogen
 *   (Annex II), direct plus indirect for cement and fertilisers (Art. 7(1));
 * - the CBAM factor: the share of EU free allocation still granted, deducted from the certificates
 *   through the free-allocation adjustment (FAA = M × CBAM_y × CSCF_y × BM), 97.5 % in 2026 to 0 from 2034;
 * - the benchmarks (BM) by good and production route; China default values and their mark-ups;
 * - the deduction of a carbon price effectively paid in China (actual values only).
 * The arithmetic is `cbam.ts` (engine/finance), a pure function of these rules.
 */
import type { SectorId } from '../sectors.ts';
import { type Sourced, assumption, derived, sourced } from './sourced.ts';

const R1 =
  'R1: "EU CBAM — which emissions count, for iron/steel and hydrogen" (2026-09-07), quoting Reg. 2023/956 (consolidated), ' +
  '2025/2083, IR 2025/2547/2548/2620/2621, IR 2026/1740 and Dir. 2003/87/EC Art. 10a(1a) (sources/cbam-and-footprints.md §0)';
const R8 = 'R8: cbamdefaults.com, China default values by CN code from IR 2025/2621 (values of 4 Feb 2026), sources/cbam-and-footprints.md §1.7';
const R9 = 'R9: autocbam.com CN pages (values "from IR 2025/2621"), sources/cbam-and-footprints.md §1.7';
const R10 = 'R10: Argus, Dec 2025, leaked draft aluminium benchmarks (sources/cbam-and-footprints.md §1.4)';
const R11 = 'R11: Reuters via balajialuminium.com, 15 Dec 2025, draft benchmarks (sources/cbam-and-footprints.md §1.4)';

/** Year the definitive period (and the charge) starts. */
export const CBAM_DEFINITIVE_FROM_YEAR: Sourced = sourced(2026, 'year', 2026, R1, 'high', 'Definitive period from 1 Jan 2026; 2026 certificates are bought from 1 Feb 2027 and surrendered by 30 Sep 2027.');

/** CBAM factor (share of free allocation retained) by year; 0 from 2034. */
export const CBAM_FACTOR: Readonly<Record<number, Sourced>> = Object.fromEntries(
  ([[2026, 0.975], [2027, 0.95], [2028, 0.9], [2029, 0.775], [2030, 0.515], [2031, 0.39], [2032, 0.265], [2033, 0.14], [2034, 0]] as const).map(
    ([y, v]) => [y, sourced(v, 'fraction of free allocation retained', y, `${R1}: Dir. 2003/87/EC Art. 10a(1a) as inserted by Dir. (EU) 2023/959`, 'high')],
  ),
);

/** The CBAM factor in `year`: 1 before the definitive period, 0 from 2034. */
export function cbamFactor(year: number): number {
  if (year < CBAM_DEFINITIVE_FROM_YEAR.value) return 1;
  return CBAM_FACTOR[Math.min(year, 2034)]?.value ?? 0;
}

/** Cross-sectoral correction factor of the EU ETS (published yearly; not in the stored sources). */
export const CSCF_DEFAULT: Sourced = assumption(1, 'fraction', 2026,
  'The cross-sectoral correction factor is published each year and was not found; 1 (no correction) overstates the free ' +
    'allocation slightly and so understates the CBAM cost. R1\'s worked example for CN 7208 also takes 1.');

/** Default-value mark-up by year (IR 2026/1740 Annex I): +10 % 2026, +20 % 2027, +30 % from 2028 (fertilisers +1 %). */
export function defaultMarkupFraction(family: CbamFamily, year: number): number {
  if (family === 'fertilisers') return 0.01;
  return year <= 2026 ? 0.1 : year === 2027 ? 0.2 : 0.3;
}
export const DEFAULT_MARKUP_SOURCE = `${R1}: IR 2026/1740 Annex I opening text (the legal text governs over R8's "+1 % a year" for fertilisers)`;

export const CBAM_FAMILIES = ['iron_steel', 'aluminium', 'cement', 'fertilisers'] as const;
export type CbamFamily = (typeof CBAM_FAMILIES)[number];

/** Which embedded emissions count, by family (Art. 7(1) and Annex II). */
export const COUNTED_EMISSIONS: Readonly<Record<CbamFamily, 'direct' | 'direct_and_indirect'>> = {
  iron_steel: 'direct', aluminium: 'direct', cement: 'direct_and_indirect', fertilisers: 'direct_and_indirect',
};

export interface CbamGood {
  readonly id: string;
  readonly cnCode: string;
  readonly nameEn: string;
  readonly family: CbamFamily;
  /** Benchmark (t CO2e per t of good) by production route; `default` is the one for default-value declarations (Column B). */
  readonly benchmarkTco2PerT: Readonly<Record<string, Sourced>>;
  /** China default values per t of good, before the mark-up (null where none was found). */
  readonly chinaDefaultDirectTco2PerT: Sourced | null;
  readonly chinaDefaultIndirectTco2PerT: Sourced | null;
}

const bm = (v: number, src: string, note: string, confidence: 'high' | 'low' = 'high'): Sourced =>
  sourced(v, 'tCO2e/t good', 2026, src, confidence, note);

export const CBAM_GOODS: Readonly<Record<string, CbamGood>> = {
  hot_rolled_flat_7208: {
    id: 'hot_rolled_flat_7208', cnCode: '7208', nameEn: 'Hot-rolled flat steel ≥600 mm', family: 'iron_steel',
    benchmarkTco2PerT: {
      bf_bof: bm(1.37, R1, 'Column B (whole good), BF-BOF route C; provisional 2026 value.'),
      dri_eaf: bm(0.481, R1, 'Column B, DRI-EAF route D.'),
      scrap_eaf: bm(0.072, R1, 'Column B, scrap-EAF route E.'),
    },
    chinaDefaultDirectTco2PerT: sourced(3.19, 'tCO2e/t good', 2026, R8, 'medium', 'Before mark-up (3.51 / 3.82 / 4.14 with the 2026 / 2027 / 2028 mark-up).'),
    chinaDefaultIndirectTco2PerT: null,
  },
  semi_finished_steel_7207: {
    id: 'semi_finished_steel_7207', cnCode: '7207 12 10', nameEn: 'Semi-finished carbon steel (billet, slab)', family: 'iron_steel',
    benchmarkTco2PerT: {
      bf_bof: bm(1.364, R1, 'Column B, route C.'), dri_eaf: bm(0.475, R1, 'Column B, route D.'), scrap_eaf: bm(0.066, R1, 'Column B, route E.'),
    },
    chinaDefaultDirectTco2PerT: sourced(3.17, 'tCO2e/t good', 2026, R8, 'medium', '"3.167" for billet per R41.'),
    chinaDefaultIndirectTco2PerT: null,
  },
  unwrought_aluminium_7601: {
    id: 'unwrought_aluminium_7601', cnCode: '7601', nameEn: 'Unwrought aluminium', family: 'aluminium',
    benchmarkTco2PerT: {
      primary: bm(1.423, R10, 'Draft, leaked (Argus): primary unwrought aluminium, Column A; not adopted.', 'low'),
      secondary: bm(0.091, R10, 'Draft: secondary aluminium.', 'low'),
    },
    chinaDefaultDirectTco2PerT: sourced(3.0, 'tCO2e/t good', 2026, R10, 'low', 'Leaked draft, ≈3.0.'),
    chinaDefaultIndirectTco2PerT: null,
  },
  cement_2523: {
    id: 'cement_2523', cnCode: '2523 90 00', nameEn: 'Other hydraulic cement', family: 'cement',
    benchmarkTco2PerT: {
      clinker_based: derived(0.666 * (15.8 / 23.95), 'tCO2e/t good', 2026, `${R11} ; china_cement_2020_CO2 (reference-data.md)`,
        'Draft grey-clinker benchmark 0.666 t/t clinker × China\'s clinker ratio 0.66 (15.8e8 t clinker ÷ 23.95e8 t cement, 2020). The cement benchmark itself was not found.'),
    },
    chinaDefaultDirectTco2PerT: sourced(1.29, 'tCO2e/t good', 2026, R9, 'medium'),
    chinaDefaultIndirectTco2PerT: sourced(0.18, 'tCO2e/t good', 2026, R9, 'medium', 'Total default 1.46.'),
  },
  ammonia_2814: {
    id: 'ammonia_2814', cnCode: '2814', nameEn: 'Ammonia', family: 'fertilisers',
    benchmarkTco2PerT: {
      default: bm(0.457, R11, 'Draft liquid-ammonia benchmark; not adopted.', 'low'),
    },
    chinaDefaultDirectTco2PerT: null,
    chinaDefaultIndirectTco2PerT: null,
  },
};

/** The CBAM good a sector's bundled plant exports by default (null: not a CBAM good). */
export const SECTOR_CBAM_GOOD: Readonly<Record<SectorId, string | null>> = {
  automotive: null, lithium_battery: null, photovoltaic: null, electronics: null, light_industry: null, machinery: null,
  data_centre: null, textiles: null,
  steel: 'hot_rolled_flat_7208', non_ferrous: 'unwrought_aluminium_7601', building_materials: 'cement_2523', chemicals: 'ammonia_2814',
};

/** Process-change measures that move output to another benchmark route (the rest stays on the plant's base route). */
export const MEASURE_CBAM_ROUTE: Readonly<Record<string, string>> = {
  scrap_eaf_route: 'scrap_eaf',
  h2_dri_eaf: 'dri_eaf',
};

/** The route a plant's base output is on, by good (the archetype plants: BF-BOF steel, primary aluminium). */
export const BASE_CBAM_ROUTE: Readonly<Record<string, string>> = {
  hot_rolled_flat_7208: 'bf_bof', semi_finished_steel_7207: 'bf_bof', unwrought_aluminium_7601: 'primary',
  cement_2523: 'clinker_based', ammonia_2814: 'default',
};

/** Q1 2026 CBAM certificate price (IR 2025/2548: volume-weighted ETS auction average of the quarter). */
export const CBAM_PRICE_Q1_2026: Sourced = sourced(75.36, 'EUR/tCO2', 2026,
  'R6: Fendler Salva, Apr 2026; R8 (sources/cbam-and-footprints.md §1.5)', 'medium', 'First published CBAM certificate price; Q2–Q4 2026 not found.');

/** Carbon price effectively paid in China, deductible only for actual values (Art. 9 as replaced by 2025/2083). */
export const CHINA_CARBON_PRICE_DEDUCTION_RULE =
  `${R1}: only a price "effectively paid", net of free allocation and rebates, on emissions declared as actual values; ` +
  'default-value declarations may use only Commission default carbon prices (none published). China\'s ETS covers steel, ' +
  'cement and aluminium direct CO2 with intensity-based free allocation, so the deductible price is small (sources/cbam-and-footprints.md §1.6).';
