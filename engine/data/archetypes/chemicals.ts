/**
 * Chemicals archetype: a 300 kt/yr coal-gasification ammonia plant in Shandong. Feedstock carbon leaves
 * as a nearly pure CO2 stream (process CO2, counted by product, not as fuel); a coal boiler raises
 * steam; purchased electricity drives pumps and compressors not driven by steam turbines.
 */
import { FUELS } from '../reference/fuels.ts';
import type { Archetype } from './archetype-schema.ts';

const bituminous = FUELS.bituminous.combustion;
const FEED_GJ_PER_T = 28;
const CC = bituminous?.carbonContentTcPerTj.value ?? 26.1;
/** Feedstock CO2 per t NH3: 28 GJ coal feed × 26.1 tC/TJ × 0.98 conversion × 44/12. */
const FEED_TCO2_PER_T = Number(((FEED_GJ_PER_T * CC * 0.98 * 44) / 12 / 1000).toFixed(2));

export const CHEMICALS_ARCHETYPE: Archetype = {
  sector: 'chemicals',
  description:
    'Synthetic ammonia from coal: air separation, entrained-flow coal gasification, CO shift, acid-gas removal ' +
    '(CO2 vented), ammonia synthesis; steam from a coal-fired boiler; no urea unit (all CO2 vented).',
  factory: {
    id: 'chemicals_shandong',
    name: 'Coal-based ammonia plant, Shandong (archetype)',
    sector: 'chemicals',
    province: 'shandong',
    output: { unit: 't NH3', baseQuantity: 300_000, growthRate: 0 },
    site: { roofAreaM2: 50_000, landAreaM2: 80_000, gridConnectionKva: 250_000 },
    inventory: {
      energy: [
        { endUse: 'steam', carrier: 'raw_coal', massT: 129_000, note: 'boiler coal, ≈9 GJ/t NH3' },
        { endUse: 'motors', carrier: 'electricity', energyMwh: 250_000, note: 'ASU and syngas compressors, pumps' },
        { endUse: 'other_electric', carrier: 'electricity', energyMwh: 50_000 },
        { endUse: 'compressed_air', carrier: 'electricity', energyMwh: 15_000 },
        { endUse: 'hvac', carrier: 'electricity', energyMwh: 8_000 },
        { endUse: 'lighting', carrier: 'electricity', energyMwh: 7_000 },
        { endUse: 'transport', carrier: 'diesel', massT: 500 },
      ],
      process: [
        { id: 'ammonia_feedstock', description: 'coal-feed carbon vented as CO2 from acid-gas removal', activity: 300_000,
          activityUnit: 't NH3', factorTco2PerUnit: FEED_TCO2_PER_T,
          source: `lingtan assumption: ${FEED_GJ_PER_T} GJ coal feed per t NH3 × ${CC} tC/TJ (bituminous, fuels.ts) × 0.98 ` +
            'carbon conversion × 44/12; no urea unit takes CO2' },
      ],
    },
  },
  provenance: {
    sourced: ['Bituminous carbon content 26.1 tC/TJ and raw-coal factors (fuels.ts, NDRC guideline defaults).'],
    assumptions: [
      `Coal feed 28 GJ/t NH3 → ${FEED_TCO2_PER_T} tCO2/t process CO2; boiler coal 9 GJ/t; purchased electricity 1.1 MWh/t ` +
        '(ammonia energy benchmarks not in the reference).',
      'Acid-gas-removal CO2 is ≈65 % of site CO2 and nearly pure (cheap to capture).',
      'Roof 50,000 m², land 80,000 m², grid 250 MVA (room for electrolysers); output flat.',
    ],
  },
  estimatedGrossTco2: 1_220_000,
  population: {
    size: { medianScaleFraction: 0.8, lognormalSigma: 0.6, minScaleFraction: 0.2, maxScaleFraction: 4, siteAreaScalingExponent: 0.9, seed: 110 },
    provinces: { shandong: 3, shanxi: 2, henan: 2, inner_mongolia: 2, ningxia: 1, xinjiang: 1, hubei: 1, sichuan: 1, jiangsu: 1 },
  },
};
