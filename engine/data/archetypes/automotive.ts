/**
 * Automotive archetype: a 300,000-vehicle/yr assembly plant (stamping, body, paint, final assembly)
 * in Shanghai. Purchased electricity dominates (the reference anchor: ≈90 % of vehicle-manufacturing
 * emissions come from purchased electricity); natural gas heats paint ovens, RTOs and pretreatment.
 */
import type { Archetype } from './archetype-schema.ts';

export const AUTOMOTIVE_ARCHETYPE: Archetype = {
  sector: 'automotive',
  description:
    'Passenger-vehicle assembly plant: stamping, body-in-white welding, paint shop (pretreatment, e-coat, ' +
    'primer/base/clear coat with ovens and RTO), final assembly; 2–3 shifts.',
  factory: {
    id: 'automotive_shanghai',
    name: 'Vehicle assembly plant, Shanghai (archetype)',
    sector: 'automotive',
    province: 'shanghai',
    output: { unit: 'vehicle', baseQuantity: 300_000, growthRate: 0.02 },
    site: { roofAreaM2: 250_000, landAreaM2: 30_000, gridConnectionKva: 80_000 },
    inventory: {
      energy: [
        { endUse: 'motors', carrier: 'electricity', energyMwh: 63_000, note: 'presses, conveyors, robots, pumps, fans (30 %)' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 25_200, note: '12 %' },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 63_000, note: 'paint-booth air supply, chillers (30 %)' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 12_600, note: '6 %' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 46_200, note: 'spot welding, e-coat rectifiers, test lines (22 %)' },
        { endUse: 'heat_medium', carrier: 'natural_gas', volume10kNm3: 630, note: 'paint ovens 140–180 °C, RTO (60 % of gas)' },
        { endUse: 'heat_low', carrier: 'natural_gas', volume10kNm3: 420, note: 'pretreatment baths, booth air heating (40 % of gas)' },
        { endUse: 'transport', carrier: 'diesel', massT: 300, note: 'diesel forklifts and yard tractors' },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'Purchased electricity ≈90 % of vehicle-manufacturing emissions (auto_mfg_indirect_electricity_share, medium); ' +
        'here ≈84 % at the 2025 market residual factor.',
      'Fuel and grid factors: reference/fuels.ts and grid-factors.ts.',
    ],
    assumptions: [
      '700 kWh electricity and 35 Nm³ natural gas per vehicle (modern plant with an efficient paint shop).',
      'End-use splits of electricity (30/12/30/6/22 %) and gas (60/40 %).',
      'Roof 250,000 m² usable of ≈500,000 m² buildings; 30,000 m² free land (car parks, margins); 80 MVA grid ' +
        'connection leaves room to electrify paint heat.',
      'Output growth 2 %/yr.',
    ],
  },
  estimatedGrossTco2: 152_000,
  population: {
    size: { medianScaleFraction: 0.5, lognormalSigma: 0.8, minScaleFraction: 0.05, maxScaleFraction: 3, siteAreaScalingExponent: 0.9, seed: 101 },
    provinces: { shanghai: 3, jilin: 2, guangdong: 3, hubei: 2, chongqing: 2, anhui: 2, zhejiang: 1, shandong: 1 },
  },
};
