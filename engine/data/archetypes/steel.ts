/**
 * Steel archetype: a 3 Mt/yr integrated BF-BOF mill in Hebei (Tangshan) that buys its coke (coke-making
 * outside the boundary). Coke and pulverised coal in the blast furnace and sinter plant dominate; by-
 * product gases (BFG, BOF gas) are burned on site and their carbon is counted once, in the coke and coal.
 */
import { PROCESS_FACTORS } from '../reference/process-factors.ts';
import type { Archetype } from './archetype-schema.ts';

const lime = PROCESS_FACTORS.lime.factor;
const limestone = PROCESS_FACTORS.limestone_calcination.factor;
const dolomite = PROCESS_FACTORS.dolomite_calcination.factor;

export const STEEL_ARCHETYPE: Archetype = {
  sector: 'steel',
  description:
    'Integrated BF-BOF mill: sinter plant, two blast furnaces with PCI and TRT, BOF shop with lime kilns, ' +
    'hot-strip and bar mills; purchased coke; a by-product-gas power plant covers about half of the electricity.',
  factory: {
    id: 'steel_hebei',
    name: 'Integrated BF-BOF steel mill, Hebei (archetype)',
    sector: 'steel',
    province: 'hebei',
    output: { unit: 't crude steel', baseQuantity: 3_000_000, growthRate: -0.01 },
    site: { roofAreaM2: 300_000, landAreaM2: 200_000, gridConnectionKva: 500_000 },
    euExportShareFraction: 0.05,
    inventory: {
      energy: [
        { endUse: 'heat_high', carrier: 'coke', massT: 1_260_000, note: 'BF coke + nut coke + sinter coke breeze, 0.42 t/t steel' },
        { endUse: 'heat_high', carrier: 'raw_coal', massT: 480_000, note: 'pulverised coal injection, 0.16 t/t steel' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 450_000, note: 'BF blowers, sinter fans, ASU, rolling drives (net purchase)' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 210_000, note: 'BOF, casters, auxiliaries' },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 37_500 },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 37_500 },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 15_000 },
        { endUse: 'transport', carrier: 'diesel', massT: 3_000, note: 'in-plant trucks and loaders' },
      ],
      process: [
        { id: 'lime_kilns', description: 'BOF flux lime burnt on site (60 kg/t steel)', activity: 180_000, activityUnit: 't lime',
          factorTco2PerUnit: lime.value, source: `${lime.source} (IPCC_lime_EF)` },
        { id: 'sinter_limestone', description: 'limestone flux in the sinter mix (60 kg/t steel)', activity: 180_000, activityUnit: 't CaCO3',
          factorTco2PerUnit: limestone.value, source: `${limestone.source} (limestone_calcination_EF)` },
        { id: 'sinter_dolomite', description: 'dolomite flux (30 kg/t steel)', activity: 90_000, activityUnit: 't dolomite',
          factorTco2PerUnit: dolomite.value, source: dolomite.source },
      ],
    },
  },
  provenance: {
    sourced: [
      'BF-BOF 1.8–2.0 tCO2/t crude steel (steel_BFBOF_vs_EAF_intensity, low); here ≈1.75 t/t because coke-making is ' +
        'outside the boundary.',
      'BF-BOF ≈70–80 % of site CO2 from coke/coal (reference estimate); here ≈86 % (own power plant, purchased coke).',
      'Coke, coal, diesel factors (fuels.ts); lime 0.768, limestone 0.4397, dolomite 0.4743 t/t (process-factors.ts).',
    ],
    assumptions: [
      'EU export share 5 % of output (CBAM: iron and steel), for the CBAM cost line.',
      'Coke 0.42 t/t and PCI 0.16 t/t steel (fuel rate ≈500 kg/t hot metal, 0.93 t hot metal per t steel).',
      'Net purchased electricity 250 kWh/t (≈50 % self-generated from by-product gas).',
      'Flux quantities; lime-kiln fuel is by-product gas (counted in coke).',
      'Roof 300,000 m², land 200,000 m² (slag yards excluded), grid 500 MVA; output −1 %/yr (national decline).',
    ],
  },
  estimatedGrossTco2: 5_200_000,
  population: {
    size: { medianScaleFraction: 1, lognormalSigma: 0.7, minScaleFraction: 0.2, maxScaleFraction: 6, siteAreaScalingExponent: 0.9, seed: 108 },
    provinces: { hebei: 5, jiangsu: 2, shandong: 2, liaoning: 2, shanxi: 1, henan: 1, hubei: 1, guangxi: 1, anhui: 1 },
  },
};
