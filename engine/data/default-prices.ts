/**
 * Default per-year prices for scenarios, from the sourced reference paths (reference/prices.ts).
 * Each default is written as a mathjs expression in `year` reproducing the reference projection
 * rule (base × (1 + g)^(year − baseYear), flat before the base year), so it holds for any horizon.
 */
import { CARRIER_IDS, type CarrierId, mwhPerUnit } from './reference/fuels.ts';
import { CARRIER_PRICE_IDS, PRICES, type PriceId } from './reference/prices.ts';
import type { YearValueInput } from './year-series.ts';

/** The reference projection of a price as an expression in `year`, per natural unit or per MWh. */
export function priceExpression(id: PriceId, perMwh = false): string {
  const spec = PRICES[id];
  const divisor = perMwh && spec.energy ? mwhPerUnit(spec.energy.fuel, spec.energy.perUnit) : 1;
  const base = spec.base.value / divisor;
  const g = spec.growthRatePerYear.value;
  return g === 0 ? String(base) : `${base} * (1 + ${g}) ^ max(0, year - ${spec.baseYear})`;
}

export interface DefaultPriceInputs {
  readonly carrierRmbPerMwh: Readonly<Record<CarrierId, YearValueInput>>;
  readonly etsRmbPerTco2: YearValueInput;
}

export function defaultPriceInputs(): DefaultPriceInputs {
  const carrierRmbPerMwh = Object.fromEntries(
    CARRIER_IDS.map((c) => [c, priceExpression(CARRIER_PRICE_IDS[c], true)]),
  ) as Record<CarrierId, YearValueInput>;
  return {
    carrierRmbPerMwh,
    etsRmbPerTco2: priceExpression('cea'),
  };
}
