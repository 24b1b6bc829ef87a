/**
 * Machinery archetype: a construction-machinery (excavator) plant in Jiangsu (Xuzhou/Changzhou cluster):
 * cutting and welding of structures, machining, heat treatment (gas carburising and induction
 * hardening), painting, assembly.
 */
import type { Archetype } from './archetype-schema.ts';

export const MACHINERY_ARCHETYPE: Archetype = {
  sector: 'machinery',
  description:
    'Excavator manufacturing: plate cutting, robotic welding of booms and frames, machining, gas carburising and ' +
    'induction hardening of gears and pins, shot blasting, painting with drying ovens, assembly; two shifts.',
  factory: {
    id: 'machinery_jiangsu',
    name: 'Construction-machinery plant, Jiangsu (archetype)',
    sector: 'machinery',
    province: 'jiangsu',
    output: { unit: 'excavator', baseQuantity: 20_000, growthRate: 0.02 },
    site: { roofAreaM2: 200_000, landAreaM2: 30_000, gridConnectionKva: 60_000 },
    inventory: {
      energy: [
        { endUse: 'motors', carrier: 'electricity', energyMwh: 42_000, note: 'machine tools, cranes, fans (35 %)' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 30_000, note: 'welding (25 %)' },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 18_000, note: '15 %' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 14_400, note: '12 %' },
        { endUse: 'heat_high', carrier: 'electricity', energyMwh: 8_400, note: 'induction hardening (7 %)' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 7_200, note: '6 %' },
        { endUse: 'heat_high', carrier: 'natural_gas', volume10kNm3: 320, note: 'carburising and tempering furnaces, 850–950 °C' },
        { endUse: 'heat_medium', carrier: 'natural_gas', volume10kNm3: 360, note: 'paint and drying ovens' },
        { endUse: 'heat_low', carrier: 'natural_gas', volume10kNm3: 120, note: 'pretreatment, space heating' },
        { endUse: 'transport', carrier: 'diesel', massT: 350, note: 'forklifts, yard vehicles' },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'Light sectors: purchased electricity 80–95 % of Scope 1+2 (reference estimate); machinery has more process heat, ' +
        'here ≈79 %.',
      'Fuel and grid factors: reference/fuels.ts and grid-factors.ts.',
    ],
    assumptions: [
      '6 MWh electricity and 400 Nm³ natural gas per excavator (≈20 t machines).',
      'End-use splits of electricity and gas (40/45/15 %).',
      'Roof 200,000 m², land 30,000 m², grid 60 MVA; output growth 2 %/yr.',
    ],
  },
  estimatedGrossTco2: 92_000,
  population: {
    size: { medianScaleFraction: 0.2, lognormalSigma: 1.1, minScaleFraction: 0.01, maxScaleFraction: 3, siteAreaScalingExponent: 0.85, seed: 106 },
    provinces: { jiangsu: 4, zhejiang: 3, shandong: 3, guangdong: 2, hunan: 2, liaoning: 1, henan: 1, shanghai: 1 },
  },
};
