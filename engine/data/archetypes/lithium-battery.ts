/**
 * Lithium-battery archetype: a 20 GWh/yr LFP/NCM cell plant in Fujian (Ningde cluster). Electricity for
 * dry rooms, formation/ageing and electrode drying dominates; gas raises steam for NMP recovery and
 * desiccant regeneration and fires some coating ovens.
 */
import type { Archetype } from './archetype-schema.ts';

export const LITHIUM_BATTERY_ARCHETYPE: Archetype = {
  sector: 'lithium_battery',
  description:
    'Cell manufacturing: mixing, electrode coating and drying with NMP recovery, calendering, assembly in dry ' +
    'rooms, formation and ageing; continuous operation.',
  factory: {
    id: 'lithium_battery_fujian',
    name: 'Battery cell plant, Fujian (archetype)',
    sector: 'lithium_battery',
    province: 'fujian',
    output: { unit: 'MWh cell capacity', baseQuantity: 20_000, growthRate: 0.05 },
    site: { roofAreaM2: 400_000, landAreaM2: 50_000, gridConnectionKva: 150_000 },
    inventory: {
      energy: [
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 175_000, note: 'dry rooms (dew point ≤ −40 °C), clean rooms, chillers (35 %)' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 100_000, note: 'formation and ageing cyclers, mixing (20 %)' },
        { endUse: 'heat_medium', carrier: 'electricity', energyMwh: 100_000, note: 'electric coating ovens, vacuum baking (20 %)' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 75_000, note: 'calendering, winding, pumps, fans (15 %)' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 30_000, note: '6 %' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 20_000, note: '4 %' },
        { endUse: 'steam', carrier: 'natural_gas', volume10kNm3: 500, note: 'NMP distillation, desiccant-wheel regeneration' },
        { endUse: 'heat_medium', carrier: 'natural_gas', volume10kNm3: 350, note: 'gas-fired coating ovens on older lines' },
        { endUse: 'transport', carrier: 'diesel', massT: 100, note: 'diesel forklifts (most are already electric)' },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'Light sectors: purchased electricity 80–95 % of Scope 1+2 (reference estimate anchored on auto_mfg_indirect_electricity_share); ' +
        'here ≈94 %.',
      'Fuel and grid factors: reference/fuels.ts and grid-factors.ts.',
    ],
    assumptions: [
      '25 kWh of electricity per kWh of cell capacity (literature range ≈20–50 for current plants; not in the reference).',
      'Thermal fuel ≈15 % of final energy (850 × 10⁴ Nm³ gas).',
      'End-use split of electricity (35/20/20/15/6/4 %).',
      'Roof 400,000 m², land 50,000 m², grid 150 MVA (peak ≈75 MW today).',
      'Output growth 5 %/yr (capacity additions).',
    ],
  },
  estimatedGrossTco2: 323_000,
  population: {
    size: { medianScaleFraction: 0.5, lognormalSigma: 0.9, minScaleFraction: 0.05, maxScaleFraction: 4, siteAreaScalingExponent: 0.9, seed: 102 },
    provinces: { fujian: 3, sichuan: 2, jiangsu: 3, guangdong: 2, jiangxi: 1, hubei: 1, zhejiang: 1, qinghai: 0.5 },
  },
};
