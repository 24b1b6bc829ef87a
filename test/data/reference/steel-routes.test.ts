/**
 * The steel route costs against a published figure: moving a tonne from BF-BOF to scrap-EAF must cost
 * what CAMU reports the EAF premium to be in China (RMB 300–500/t, 2019), within a band that allows for
 * the price moves since (scrap −20 %, ore flat at ≈$90–100).
 */
import { describe, expect, it } from 'vitest';
import { STEEL_ARCHETYPE } from '../../../engine/data/archetypes/steel.ts';
import { catalogueMeasure } from '../../../engine/data/catalogue/index.ts';
import { priceRmbPerMwh } from '../../../engine/data/reference/prices.ts';
import { mwhPerUnit } from '../../../engine/data/reference/fuels.ts';
import {
  CAMU_EAF_PREMIUM_RMB_PER_T, IRON_ORE_USD_PER_T, ORE_LOGISTICS_RMB_PER_T, SCRAP_PRICE_2025, scrapEafInputsDeltaRmbPerT,
} from '../../../engine/data/reference/steel-routes.ts';
import { USD_TO_RMB } from '../../../engine/data/reference/prices.ts';

describe('scrap-EAF against BF-BOF', () => {
  const ore2026 = IRON_ORE_USD_PER_T.y2026.value * USD_TO_RMB.value + ORE_LOGISTICS_RMB_PER_T.value;
  const inputs = scrapEafInputsDeltaRmbPerT(SCRAP_PRICE_2025.value, ore2026);

  it('inputs: 1.10 t scrap against 0.902 t hot metal of ore and 0.168 t BOF scrap, + electrodes − BF consumables', () => {
    // 1.10 × 2,214 − (0.902 × 1.5710 × 688 + 0.168 × 2,214) + 127.5 − 350
    expect(inputs).toBeCloseTo(1.1 * 2214 - (0.902 * (0.945 / 0.62) * 1.03 * 688 + 0.168 * 2214) + 127.5 - 350, 6);
    expect(inputs).toBeGreaterThan(800);
    expect(inputs).toBeLessThan(950);
  });

  it('with the energy changes the premium lands in the CAMU band (300–500 RMB/t, ±100 for 2019 → 2026 prices)', () => {
    const eaf = catalogueMeasure('scrap_eaf_route')!;
    if (eaf.effect.kind !== 'process_change') throw new Error('scrap_eaf_route is a process change');
    const t = STEEL_ARCHETYPE.factory.output.baseQuantity;
    const fuelRmbPerT = STEEL_ARCHETYPE.factory.inventory.energy
      .filter((e) => e.endUse === 'heat_high')
      .reduce((s, e) => s + ('massT' in e && e.massT !== undefined ? e.massT * mwhPerUnit(e.carrier, 't') * priceRmbPerMwh(e.carrier === 'coke' ? 'coke' : 'raw_coal', 2026) : 0), 0) / t;
    const saved = (eaf.effect.endUseSavingFraction?.heat_high ?? 0) * fuelRmbPerT;
    const power = (eaf.effect.addedElectricityMwhPerUnit ?? 0) * priceRmbPerMwh('industrial_power', 2026);
    const premium = inputs - saved + power;
    expect(premium).toBeGreaterThan(CAMU_EAF_PREMIUM_RMB_PER_T.value.low - 100);
    expect(premium).toBeLessThan(CAMU_EAF_PREMIUM_RMB_PER_T.value.high + 100);
  });
});
