/**
 * Offset products (碳抵销): CCER (domestic), voluntary-market credits such as VCS, and Paris Agreement
 * Article 6 ITMOs (international). Prices are the reference paths (reference/prices.ts) written as
 * expressions in `year`. Eligibility is the policy's business (`allowedOffsetProducts`, default CCER
 * only): the guidance allows "符合条件的国际碳信用" for the residual after 降无可降, but no list of eligible
 * types was found (zero-carbon-factory-criteria.md §2.1).
 */
import type { OffsetProductInput } from '../schemas/scenario.ts';
import { priceExpression } from '../default-prices.ts';
import { PRICES } from '../reference/prices.ts';

const pct = (g: number): string => `${(g * 100).toFixed(0)} %/yr`;

/** CCER volume traded in 2025 (t), from the same source as the price (CCER_2025_avg). */
const CCER_2025_VOLUME_T = 8_844_100;

export const OFFSET_PRODUCT_LIST: OffsetProductInput[] = [
  {
    id: 'ccer',
    nameEn: 'China Certified Emission Reduction (CCER)',
    nameZh: '国家核证自愿减排量(CCER)',
    priceRmbPerTco2: priceExpression('ccer'),
    availabilityTco2PerYear: 1_000_000,
    origin: 'domestic',
    source:
      `Price: ${PRICES.ccer.base.value} RMB/t 2025 average (CCER_2025_avg, ${PRICES.ccer.base.source}), ` +
      `+${pct(PRICES.ccer.growthRatePerYear.value)} tracking CEA (reference/prices.ts, assumption). Availability 1 Mt/yr per ` +
      `buyer ≈11 % of the ${(CCER_2025_VOLUME_T / 1e6).toFixed(2)} Mt traded in 2025: one buyer cannot take more without ` +
      'moving the price (lingtan assumption). Market relaunched 22 Jan 2024.',
    confidence: 'medium',
  },
  {
    id: 'vcs',
    nameEn: 'Voluntary carbon credits (Verra VCS, voluntary-market average)',
    nameZh: '国际自愿减排信用(VCS等)',
    priceRmbPerTco2: priceExpression('vcs'),
    origin: 'international',
    source:
      `Price: 6.34 USD/t 2025 VCM average (Ecosystem Marketplace via ${PRICES.vcs.base.source.split(' ')[0]}, VCM_avg_price, ` +
      `medium) × 7.2 RMB/USD = ${PRICES.vcs.base.value.toFixed(2)} RMB/t, flat (reference/prices.ts). Quality premia ` +
      '(CORSIA-eligible ≈19 EUR, removals ≈320 USD) are not modelled; international credits may need corresponding ' +
      'adjustments to count. No availability cap: the VCM is large relative to one factory.',
    confidence: 'medium',
  },
  {
    id: 'itmo',
    nameEn: 'Paris Agreement Article 6.2 ITMO',
    nameZh: '巴黎协定第六条国际转让减缓成果(ITMO)',
    priceRmbPerTco2: priceExpression('itmo'),
    origin: 'international',
    source:
      `No public ITMO transaction price (ITMO_price: NOT FOUND). Proxy ${PRICES.itmo.base.value.toFixed(1)} RMB/t = CORSIA-` +
      `eligible units ≈19 EUR/t × 7.8 RMB/EUR, +${pct(PRICES.itmo.growthRatePerYear.value)} (reference/prices.ts assumption): ` +
      'ITMOs need host-country authorisation and corresponding adjustments, so they trade above the VCM average. ' +
      'No availability cap set: supply (e.g. Swiss KliK ≈40 Mt for 2022–2030) is unknown per buyer.',
    confidence: 'assumption',
  },
];
