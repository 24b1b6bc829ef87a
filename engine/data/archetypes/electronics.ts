/**
 * Electronics and appliances archetype: a room air-conditioner plant in Guangdong (Foshan/Zhuhai
 * cluster) making 3 million units a year: sheet metal, injection moulding, copper-tube brazing,
 * powder coating, assembly and performance testing.
 */
import type { Archetype } from './archetype-schema.ts';

export const ELECTRONICS_ARCHETYPE: Archetype = {
  sector: 'electronics',
  description:
    'Room air-conditioner manufacturing: press shop, injection moulding, heat-exchanger and copper-tube brazing, ' +
    'powder coating, assembly, refrigerant charging and run-in testing; two shifts.',
  factory: {
    id: 'electronics_guangdong',
    name: 'Air-conditioner plant, Guangdong (archetype)',
    sector: 'electronics',
    province: 'guangdong',
    output: { unit: 'unit', baseQuantity: 3_000_000, growthRate: 0.03 },
    site: { roofAreaM2: 150_000, landAreaM2: 10_000, gridConnectionKva: 40_000 },
    inventory: {
      energy: [
        { endUse: 'motors', carrier: 'electricity', energyMwh: 36_750, note: 'injection moulding, presses, conveyors (35 %)' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 21_000, note: 'run-in testing, charging, welding (20 %)' },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 21_000, note: '20 %' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 12_600, note: '12 %' },
        { endUse: 'heat_medium', carrier: 'electricity', energyMwh: 8_400, note: 'electric curing ovens (8 %)' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 5_250, note: '5 %' },
        { endUse: 'heat_high', carrier: 'natural_gas', volume10kNm3: 150, note: 'copper-tube brazing furnaces and torches, 700–800 °C' },
        { endUse: 'heat_medium', carrier: 'natural_gas', volume10kNm3: 150, note: 'powder-coating ovens' },
        { endUse: 'transport', carrier: 'diesel', massT: 150 },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'Light sectors: purchased electricity 80–95 % of Scope 1+2 (reference estimate); here ≈90 %.',
      'Fuel and grid factors: reference/fuels.ts and grid-factors.ts.',
    ],
    assumptions: [
      '35 kWh electricity and 1 Nm³ natural gas per unit.',
      'End-use split of electricity (35/20/20/12/8/5 %); gas half brazing, half coating ovens.',
      'Roof 150,000 m², land 10,000 m², grid 40 MVA; output growth 3 %/yr.',
    ],
  },
  estimatedGrossTco2: 71_000,
  population: {
    size: { medianScaleFraction: 0.3, lognormalSigma: 1.0, minScaleFraction: 0.02, maxScaleFraction: 3, siteAreaScalingExponent: 0.85, seed: 104 },
    provinces: { guangdong: 4, jiangsu: 3, zhejiang: 2, anhui: 2, shandong: 1, sichuan: 1, chongqing: 1 },
  },
};
