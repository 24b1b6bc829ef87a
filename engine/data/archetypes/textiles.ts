/**
 * Textiles archetype: a 30,000 t/yr knit-fabric dyeing and finishing mill in Zhejiang (Shaoxing/Keqiao
 * cluster). It buys steam from the park's coal-fired CHP (purchased heat, 0.11 tCO2/GJ) for dyeing and
 * burns natural gas in stenters; heat is about three quarters of its emissions.
 */
import type { Archetype } from './archetype-schema.ts';

export const TEXTILES_ARCHETYPE: Archetype = {
  sector: 'textiles',
  description:
    'Dyeing and finishing of knitted fabric: pretreatment, jet/overflow dyeing at 60–130 °C with purchased park steam, ' +
    'washing, gas-fired stenters for drying and heat-setting, finishing; continuous operation.',
  factory: {
    id: 'textiles_zhejiang',
    name: 'Dyeing and finishing mill, Zhejiang (archetype)',
    sector: 'textiles',
    province: 'zhejiang',
    output: { unit: 't fabric', baseQuantity: 30_000, growthRate: 0.01 },
    site: { roofAreaM2: 40_000, landAreaM2: 5_000, gridConnectionKva: 30_000 },
    inventory: {
      energy: [
        { endUse: 'steam', carrier: 'purchased_heat', energyGj: 420_000, note: 'park CHP steam for dyeing, ≈14 GJ/t fabric' },
        { endUse: 'heat_low', carrier: 'purchased_heat', energyGj: 84_000, note: 'hot water for washing via steam exchangers' },
        { endUse: 'heat_medium', carrier: 'natural_gas', volume10kNm3: 385, note: 'stenters (drying, heat-setting 150–200 °C)' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 15_000, note: 'dyeing-machine pumps, fans (50 %)' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 6_000, note: 'wastewater treatment (20 %)' },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 4_500, note: '15 %' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 3_000, note: '10 %' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 1_500, note: '5 %' },
        { endUse: 'transport', carrier: 'diesel', massT: 50 },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'Purchased heat 0.11 tCO2/GJ (purchased_heat_EF, NDRC guideline default, medium).',
      'Fuel and grid factors: reference/fuels.ts and grid-factors.ts.',
    ],
    assumptions: [
      'Steam ≈6 t per t fabric (≈16.8 GJ/t), stenter gas 5 GJ/t, electricity 1,000 kWh/t.',
      'End-use splits; park steam is coal-CHP steam at the default factor.',
      'Roof 40,000 m², land 5,000 m², grid 30 MVA (today ≈5 MW) so that steam can be electrified with heat pumps.',
      'Output growth 1 %/yr.',
    ],
  },
  estimatedGrossTco2: 81_000,
  population: {
    size: { medianScaleFraction: 0.4, lognormalSigma: 0.9, minScaleFraction: 0.03, maxScaleFraction: 3, siteAreaScalingExponent: 0.8, seed: 112 },
    provinces: { zhejiang: 4, jiangsu: 3, fujian: 2, guangdong: 2, shandong: 2, hubei: 1 },
  },
};
