/**
 * Light-industry archetype: a 300,000 kL/yr brewery in Zhejiang. Steam from a gas boiler (mashing,
 * wort boiling, CIP, pasteurisation) is about half of the emissions; refrigeration dominates electricity.
 * Fermentation CO2 is biogenic and outside the fossil CO2 boundary.
 */
import type { Archetype } from './archetype-schema.ts';

export const LIGHT_INDUSTRY_ARCHETYPE: Archetype = {
  sector: 'light_industry',
  description:
    'Brewery: brewhouse (mashing, wort boiling), fermentation and maturation cellars, filtration, bottling and ' +
    'canning with pasteurisers, CIP; steam from a natural-gas boiler; CO2 recovery from fermentation.',
  factory: {
    id: 'light_industry_zhejiang',
    name: 'Brewery, Zhejiang (archetype)',
    sector: 'light_industry',
    province: 'zhejiang',
    output: { unit: 'kL beer', baseQuantity: 300_000, growthRate: 0.01 },
    site: { roofAreaM2: 60_000, landAreaM2: 10_000, gridConnectionKva: 25_000 },
    inventory: {
      energy: [
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 10_800, note: 'refrigeration for fermentation and cellars (40 %)' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 8_100, note: 'pumps, packaging lines (30 %)' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 3_240, note: '12 %' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 1_350, note: '5 %' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 3_510, note: 'CO2 recovery, wastewater (13 %)' },
        { endUse: 'steam', carrier: 'natural_gas', volume10kNm3: 655, note: 'brewhouse, CIP, bottle washers (85 % of gas)' },
        { endUse: 'heat_low', carrier: 'natural_gas', volume10kNm3: 115, note: 'tunnel pasteurisers, hot water (15 % of gas)' },
        { endUse: 'transport', carrier: 'diesel', massT: 200, note: 'forklifts and yard trucks' },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: ['Fuel and grid factors: reference/fuels.ts and grid-factors.ts.'],
    assumptions: [
      'Heat ≈100 MJ per hL of beer (efficient breweries 80–120) = 300,000 GJ of gas; electricity 9 kWh/hL.',
      'End-use splits; fermentation CO2 is biogenic (not counted).',
      'Roof 60,000 m², land 10,000 m²; grid 25 MVA so that steam can be electrified (today ≈6 MW).',
      'Output growth 1 %/yr.',
    ],
  },
  estimatedGrossTco2: 33_000,
  population: {
    size: { medianScaleFraction: 0.4, lognormalSigma: 0.9, minScaleFraction: 0.03, maxScaleFraction: 3, siteAreaScalingExponent: 0.8, seed: 105 },
    provinces: { zhejiang: 2, shandong: 3, guangdong: 2, henan: 2, sichuan: 1, jiangsu: 2, fujian: 1 },
  },
};
