/**
 * Building-materials archetype: a 5,000 t/d clinker line with cement grinding in Anhui (Wuhu/Chizhou
 * cluster): 1.35 Mt clinker and 2.0 Mt cement a year. Calcination is the largest source; kiln coal the
 * second; waste-heat power already covers part of the electricity.
 */
import { PROCESS_FACTORS } from '../reference/process-factors.ts';
import type { Archetype } from './archetype-schema.ts';

const clinker = PROCESS_FACTORS.cement_clinker.factor;

export const BUILDING_MATERIALS_ARCHETYPE: Archetype = {
  sector: 'building_materials',
  description:
    'Dry-process cement plant: quarry, raw mill, 5-stage preheater/precalciner kiln (5,000 t/d clinker), grate ' +
    'cooler, 9 MW waste-heat power, cement mills; clinker factor 0.675.',
  factory: {
    id: 'building_materials_anhui',
    name: 'Cement plant, Anhui (archetype)',
    sector: 'building_materials',
    province: 'anhui',
    output: { unit: 't cement', baseQuantity: 2_000_000, growthRate: -0.02 },
    site: { roofAreaM2: 40_000, landAreaM2: 100_000, gridConnectionKva: 60_000 },
    inventory: {
      energy: [
        { endUse: 'heat_high', carrier: 'raw_coal', massT: 215_000, note: 'kiln and precalciner coal, ≈3.33 GJ/t clinker' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 80_000, note: 'raw and cement mills, kiln fans (net of WHR power)' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 14_000 },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 5_000 },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 3_000 },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 2_000 },
        { endUse: 'transport', carrier: 'diesel', massT: 2_000, note: 'quarry haul trucks and loaders' },
      ],
      process: [
        { id: 'clinker_calcination', description: 'CaCO3 → CaO in the kiln feed', activity: 1_350_000, activityUnit: 't clinker',
          factorTco2PerUnit: clinker.value, source: `${clinker.source} (IPCC_clinker_EF)` },
      ],
    },
  },
  provenance: {
    sourced: [
      `Calcination ${clinker.value} tCO2/t clinker (IPCC_clinker_EF, high).`,
      'China 2020: 14.29e8 tCO2, 15.8e8 t clinker, 23.95e8 t cement → ≈0.90 t/t clinker, ≈0.60 t/t cement (china_cement_2020_CO2); ' +
        'here ≈0.87 t/t clinker and ≈0.58 t/t cement.',
      'Calcination ≈55–60 % of clinker CO2 (reference estimate); here ≈60 %.',
    ],
    assumptions: [
      'Kiln fuel 3.33 GJ/t clinker (≈114 kgce/t) of raw coal at 20.9 GJ/t.',
      'Net purchased electricity 52 kWh/t cement after ≈30 kWh/t clinker of waste-heat power.',
      'Roof 40,000 m², land 100,000 m² (quarry excluded), grid 60 MVA; output −2 %/yr (falling national demand).',
    ],
  },
  estimatedGrossTco2: 1_170_000,
  population: {
    size: { medianScaleFraction: 0.7, lognormalSigma: 0.6, minScaleFraction: 0.15, maxScaleFraction: 4, siteAreaScalingExponent: 0.8, seed: 111 },
    provinces: { anhui: 3, shandong: 2, guangdong: 2, sichuan: 2, jiangsu: 2, henan: 2, hebei: 1, guangxi: 2, yunnan: 1, zhejiang: 1 },
  },
};
