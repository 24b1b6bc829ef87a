/**
 * Non-ferrous archetype: a 500 kt/yr primary aluminium smelter in Yunnan (prebaked anodes bought in).
 * Electrolysis electricity dominates under market-based Scope 2; anode consumption is the process CO2
 * floor that no commercial measure removes before inert anodes.
 */
import { PROCESS_CONTEXT, PROCESS_FACTORS } from '../reference/process-factors.ts';
import type { Archetype } from './archetype-schema.ts';

const anode = PROCESS_FACTORS.aluminium_anode.factor;
const electrolysisKwhPerT = PROCESS_CONTEXT.aluminiumElectrolysisKwhPerT.value.central;
const OUTPUT_T = 500_000;

export const NON_FERROUS_ARCHETYPE: Archetype = {
  sector: 'non_ferrous',
  description:
    'Primary aluminium smelter: 400 kA-class prebaked cells, purchased anodes, casthouse with gas-fired holding ' +
    'and casting furnaces; relocated to Yunnan for hydropower.',
  factory: {
    id: 'non_ferrous_yunnan',
    name: 'Aluminium smelter, Yunnan (archetype)',
    sector: 'non_ferrous',
    province: 'yunnan',
    output: { unit: 't Al', baseQuantity: OUTPUT_T, growthRate: 0 },
    site: { roofAreaM2: 250_000, landAreaM2: 100_000, gridConnectionKva: 1_100_000 },
    euExportShareFraction: 0.05,
    inventory: {
      energy: [
        { endUse: 'electrolysis', carrier: 'electricity', energyMwh: (OUTPUT_T * electrolysisKwhPerT) / 1000,
          note: `${electrolysisKwhPerT} kWh/t AC (commonly cited 能效基准)` },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 60_000, note: 'fume-treatment fans, pumps, cranes' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 30_000 },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 50_000 },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 5_000 },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 5_000 },
        { endUse: 'heat_high', carrier: 'natural_gas', volume10kNm3: 750, note: 'casthouse holding and casting furnaces, 15 Nm³/t' },
        { endUse: 'transport', carrier: 'diesel', massT: 1_000, note: 'anode and metal transport vehicles' },
      ],
      process: [
        { id: 'anode_consumption', description: 'prebaked anode carbon oxidised in the cells', activity: OUTPUT_T, activityUnit: 't Al',
          factorTco2PerUnit: anode.value, source: `${anode.source} (aluminium_anode_consumption_EF)` },
      ],
    },
  },
  provenance: {
    sourced: [
      `Anode CO2 ${anode.value} t/t Al (MEE guideline draft default, medium); PFC (0.1454 tCO2e/t) is not CO2 and is excluded.`,
      `Electrolysis ${electrolysisKwhPerT} kWh/t (aluminium_electrolysis_electricity: commonly cited, not verified, low).`,
      'Analyst benchmark ≈9.3 tCO2e/t incl. electricity (aluminium_ETS_benchmark_ESTIMATE_by_analyst, low): at the ' +
        'market residual factor this plant is ≈9 t/t.',
    ],
    assumptions: [
      'EU export share 5 % (CBAM: aluminium), for the CBAM cost line.',
      'Auxiliary electricity 300 kWh/t; casthouse gas 15 Nm³/t; anodes bought in (no baking furnace on site).',
      'Roof 250,000 m² (potrooms), land 100,000 m², grid 1,100 MVA (≈790 MW load).',
      'Output flat (national 45 Mt/yr capacity ceiling).',
    ],
  },
  estimatedGrossTco2: 4_890_000,
  population: {
    size: { medianScaleFraction: 0.8, lognormalSigma: 0.6, minScaleFraction: 0.2, maxScaleFraction: 3, siteAreaScalingExponent: 0.9, seed: 109 },
    provinces: { yunnan: 3, shandong: 4, xinjiang: 3, inner_mongolia: 3, guangxi: 1, guizhou: 1, gansu: 1, qinghai: 1, henan: 1 },
  },
};
