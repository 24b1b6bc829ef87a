/**
 * Computing-facility archetype: a 30 MW IT data centre in Guizhou (Gui'an, an "East Data West
 * Computing" hub node). Emissions are essentially all purchased electricity; PUE 1.35 in 2025.
 * Output is measured as IT energy delivered (MWh/yr), which grows with rack fill-out.
 */
import type { Archetype } from './archetype-schema.ts';

export const DATA_CENTRE_ARCHETYPE: Archetype = {
  sector: 'data_centre',
  description:
    'Hyperscale data centre, 30 MW IT at 75 % average utilisation, chilled water with partial free cooling ' +
    '(PUE 1.35), double-conversion UPS, diesel backup generators (test runs not in the inventory).',
  factory: {
    id: 'data_centre_guizhou',
    name: 'Data centre, Guizhou (archetype)',
    sector: 'data_centre',
    province: 'guizhou',
    output: { unit: 'MWh IT energy', baseQuantity: 197_000, growthRate: 0.08 },
    site: { roofAreaM2: 30_000, landAreaM2: 50_000, gridConnectionKva: 80_000 },
    inventory: {
      energy: [
        { endUse: 'it_load', carrier: 'electricity', energyMwh: 197_000, note: '30 MW IT × 8,760 h × 0.75' },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 55_000, note: 'cooling ≈0.28 kW per kW IT' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 10_000, note: 'UPS and distribution losses' },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 4_000 },
      ],
      process: [],
    },
  },
  provenance: {
    sourced: [
      'PUE targets: average <1.5 by end 2025, new large ≤1.3, hub nodes ≤1.25 (datacentre_PUE_targets, high); ' +
        'PUE 1.35 here (266,000 / 197,000 MWh).',
      'Data centres used >200 TWh in 2020, 2.7 % of national electricity (datacentre_electricity_2020, medium).',
    ],
    assumptions: [
      '30 MW IT at 75 % utilisation; cooling 0.28, power-chain losses 0.05, lighting 0.02 kW per kW IT.',
      'Backup-generator test diesel (≈30 t/yr, ≈0.1 ktCO2) is left out: the end-use list has no on-site ' +
        'fuel-fired generation, and a diesel row under an electric end-use has no defined meaning in the formulation.',
      'IT energy grows 8 %/yr as halls fill; grid 80 MVA covers that to 2030.',
      'Roof 30,000 m² (cooling plant takes much of it), land 50,000 m² on the campus.',
    ],
  },
  estimatedGrossTco2: 162_000,
  population: {
    size: { medianScaleFraction: 0.3, lognormalSigma: 1.0, minScaleFraction: 0.02, maxScaleFraction: 5, siteAreaScalingExponent: 0.8, seed: 107 },
    provinces: { guizhou: 2, inner_mongolia: 2, ningxia: 1, gansu: 1, hebei: 2, guangdong: 2, shanghai: 1, jiangsu: 2, sichuan: 1 },
  },
};
