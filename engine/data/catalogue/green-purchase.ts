/**
 * Source decarbonisation (源头减碳), off-site: green-power trading (绿电交易) and green electricity
 * certificates (绿证, GEC). No build: the optimiser buys MWh per year; `capexRmbPerUnit` is 0 and the
 * lifetime 1 year. Prices are the reference paths (reference/prices.ts) as expressions in `year`.
 * Under market-based Scope 2 both deduct the MWh bought from grid electricity (发改能源〔2023〕1044号:
 * the GEC is the sole proof of the environmental attribute; a trading contract bundles one).
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { priceExpression } from '../default-prices.ts';
import { PRICES } from '../reference/prices.ts';

export const GREEN_PURCHASE_MEASURES: MeasureInput[] = [
  {
    id: 'green_power_trading',
    nameEn: 'Green-power trading contract (绿电交易, bundled GEC)',
    nameZh: '绿电交易',
    category: 'green_purchase',
    sectors: 'all',
    sizeUnit: 'MWh/yr',
    capexRmbPerUnit: 0,
    lifetimeYears: 1,
    effect: {
      kind: 'green_purchase',
      instrument: 'green_power_trading',
      premiumRmbPerMwh: priceExpression('green_power_premium'),
    },
    earliestYear: 2026,
    source:
      `Premium over the grid price: reference/prices.ts green_power_premium = ${PRICES.green_power_premium.base.value} RMB/MWh, ` +
      'flat (NOT FOUND in the reference: assumed 0.02–0.03 RMB/kWh over ordinary medium/long-term contracts). ' +
      'Bundles the GEC, so it counts as renewable electricity for market-based Scope 2.',
    confidence: 'assumption',
  },
  {
    id: 'green_certificate',
    nameEn: 'Green electricity certificates (绿证, GEC, unbundled)',
    nameZh: '绿色电力证书(绿证)',
    category: 'green_purchase',
    sectors: 'all',
    sizeUnit: 'MWh/yr',
    capexRmbPerUnit: 0,
    lifetimeYears: 1,
    effect: {
      kind: 'green_purchase',
      instrument: 'green_certificate',
      premiumRmbPerMwh: priceExpression('gec'),
    },
    earliestYear: 2026,
    source:
      `Price per certificate (1 MWh): reference/prices.ts gec = ${PRICES.gec.base.value.toFixed(2)} RMB/MWh, mean of the ` +
      '2025-vintage monthly NEA prices 4.61–5.66 (GEC_price_2025_vintage, high), held flat (9.3e8 GECs traded in 2025: ' +
      'ample supply). Whether unbundled GECs satisfy a given zero-carbon-factory rule pack is checked by compliance, not here.',
    confidence: 'high',
  },
];
