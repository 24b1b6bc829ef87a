/**
 * Photovoltaic archetype: a 5 GW/yr TOPCon cell and module factory in Jiangsu (not polysilicon, which
 * sits in Inner Mongolia, Xinjiang and Sichuan). Nearly all emissions are purchased electricity:
 * clean rooms, vacuum pumps, diffusion/PECVD/firing furnaces (electric) and process tools.
 */
import type { Archetype } from './archetype-schema.ts';

export const PHOTOVOLTAIC_ARCHETYPE: Archetype = {
  sector: 'photovoltaic',
  description:
    'TOPCon cell lines (texturing, diffusion, LPCVD/PECVD, metallisation, firing) and module assembly ' +
    '(stringing, lamination, framing); continuous operation.',
  factory: {
    id: 'photovoltaic_jiangsu',
    name: 'PV cell and module factory, Jiangsu (archetype)',
    sector: 'photovoltaic',
    province: 'jiangsu',
    output: { unit: 'MW modules', baseQuantity: 5_000, growthRate: 0.02 },
    site: { roofAreaM2: 200_000, landAreaM2: 20_000, gridConnectionKva: 90_000 },
    inventory: {
      energy: [
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 110_000, note: 'clean rooms, process cooling water' },
        { endUse: 'heat_high', carrier: 'electricity', energyMwh: 35_000, note: 'electric diffusion, LPCVD and firing furnaces' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 80_000, note: 'PECVD, lasers, printers, laminators' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 60_000, note: 'vacuum pumps, exhaust fans, DI-water pumps' },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 28_000 },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 12_000 },
        { endUse: 'heat_low', carrier: 'natural_gas', volume10kNm3: 100, note: 'hot DI water, space heating' },
        { endUse: 'heat_medium', carrier: 'natural_gas', volume10kNm3: 50, note: 'exhaust-gas abatement burners' },
        { endUse: 'transport', carrier: 'diesel', massT: 50 },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'Light sectors: purchased electricity 80–95 % of Scope 1+2 (reference estimate); here ≈98 %: cell making is electric.',
      'Polysilicon electricity ≈70 % of the module footprint (auto_mfg_indirect_electricity_share note) — upstream, outside this boundary.',
    ],
    assumptions: [
      '65 kWh per kW of modules (cells ≈50, modules ≈15); not in the reference.',
      'End-use split of electricity; 150 × 10⁴ Nm³ gas for hot water and abatement burners.',
      'Process fluorinated-gas emissions (NF3 etc.) are not CO2 and are outside the guidance.',
      'Roof 200,000 m², land 20,000 m², grid 90 MVA; output growth 2 %/yr (2025 overcapacity).',
    ],
  },
  estimatedGrossTco2: 202_000,
  population: {
    size: { medianScaleFraction: 0.6, lognormalSigma: 0.7, minScaleFraction: 0.05, maxScaleFraction: 4, siteAreaScalingExponent: 0.9, seed: 103 },
    provinces: { jiangsu: 4, zhejiang: 2, anhui: 2, jiangxi: 1, shandong: 1, sichuan: 1, inner_mongolia: 0.5 },
  },
};
