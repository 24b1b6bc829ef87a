/**
 * Process change (过程脱碳 by process re-engineering): sector-specific routes that change what is made
 * per unit of output. Size: units of the factory's output per year converted (its `output.unit`:
 * t cement, t crude steel, t Al, t NH3, t fabric, vehicle). Per converted unit a measure removes
 * `processCo2ReductionFraction` of the process CO2 per unit and `endUseSavingFraction[e]` of end-use
 * e's energy per unit, and adds `addedElectricityMwhPerUnit`; at most `maxOutputShareFraction` of
 * output converts. Capex is per (unit of output per year).
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { PROCESS_CONTEXT, PROCESS_FACTORS } from '../reference/process-factors.ts';
import { OWN } from './helpers.ts';
import {
  CAMU_EAF_PREMIUM_RMB_PER_T, EAF_CAPEX_RMB_PER_T_YEAR, SCRAP_PRICE_2025, bofScrapInputsExpression, h2DriInputsDeltaRmbPerT,
  scrapEafInputsExpression,
} from '../reference/steel-routes.ts';

const CLINKER_RATIO_2020 = 15.8 / 23.95;

export const PROCESS_CHANGE_MEASURES: MeasureInput[] = [
  {
    id: 'clinker_substitution',
    nameEn: 'Lower clinker factor (slag, fly ash, limestone and calcined clay / LC3-type blends)',
    nameZh: '降低熟料系数(矿渣、粉煤灰、石灰石、煅烧黏土复合胶凝材料)',
    category: 'process_change',
    sectors: ['building_materials'],
    sizeUnit: 't cement/yr',
    capexRmbPerUnit: 40,
    lifetimeYears: 20,
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 0.2,
      endUseSavingFraction: { heat_high: 0.15 },
      addedElectricityMwhPerUnit: 0.004,
      maxOutputShareFraction: 1,
    },
    source:
      `China clinker factor ≈${CLINKER_RATIO_2020.toFixed(2)} (2020: 15.8e8 t clinker / 23.95e8 t cement, china_cement_2020_CO2, ` +
      `derived). Going to ≈0.53 (−20 % clinker) removes 20 % of calcination CO2 (${PROCESS_FACTORS.cement_clinker.factor.value} ` +
      `t/t clinker, IPCC_clinker_EF) and ≈15 % of kiln fuel net of clay calcination heat; +4 kWh/t for finer grinding ` +
      `(${OWN}). Capex 40 RMB per t/yr: SCM storage and dosing, separate grinding, a flash calciner share (${OWN}). ` +
      'Limited by product standards (GB 175 cement grades) and local SCM supply.',
    confidence: 'assumption',
  },
  {
    id: 'decarbonated_raw_meal',
    nameEn: 'Decarbonated raw materials in the kiln feed (carbide slag, steel slag replacing limestone)',
    nameZh: '替代钙质原料(电石渣、钢渣替代石灰石)',
    category: 'process_change',
    sectors: ['building_materials'],
    sizeUnit: 't cement/yr',
    capexRmbPerUnit: 25,
    lifetimeYears: 15,
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 0.1,
      endUseSavingFraction: { heat_high: 0.05 },
      maxOutputShareFraction: 0.5,
    },
    source:
      'Replacing ≈10 % of the CaO from limestone with already-decarbonated calcium (carbide slag from PVC plants, steel ' +
      `slag) cuts calcination CO2 ≈10 % and calcination heat ≈5 % (${OWN}). At most half of output: slag supply is local ` +
      `(${OWN}). Capex 25 RMB per t/yr for storage, drying and dosing (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'bof_high_scrap_ratio',
    nameEn: 'Higher scrap ratio in the BOF (scrap preheating and handling)',
    nameZh: '转炉提高废钢比(废钢预热及加料改造)',
    category: 'process_change',
    sectors: ['steel'],
    sizeUnit: 't crude steel/yr',
    capexRmbPerUnit: 30,
    lifetimeYears: 15,
    effect: {
      kind: 'process_change',
      routeGroup: 'steel_route', // one crude-steel output: BOF, EAF and DRI routes share it
      processCo2ReductionFraction: 0.05,
      endUseSavingFraction: { heat_high: 0.1 },
      maxOutputShareFraction: 1,
      variableCostRmbPerUnit: bofScrapInputsExpression(),
    },
    source:
      'Raising BOF scrap from ≈10 % to ≈20 % of the charge needs ≈10 % less hot metal per t steel, hence ≈10 % less BF ' +
      `coke and coal, ≈5 % less flux (${OWN}). Capex 30 RMB per t/yr for scrap yard, preheating and charging (${OWN}). ` +
      `Inputs: 0.1 t of scrap (${SCRAP_PRICE_2025.value} RMB/t, SteelOrbis 2025) replaces the ore of 0.1 t of hot metal (steel-routes.ts).`,
    confidence: 'assumption',
  },
  {
    id: 'scrap_eaf_route',
    nameEn: 'Scrap-based electric-arc-furnace route replacing BF-BOF capacity',
    nameZh: '短流程电炉炼钢(废钢-电弧炉)替代长流程',
    category: 'process_change',
    sectors: ['steel'],
    sizeUnit: 't crude steel/yr',
    capexRmbPerUnit: EAF_CAPEX_RMB_PER_T_YEAR.value,
    fixedOmRmbPerUnitYear: 30,
    lifetimeYears: 30,
    earliestYear: 2027,
    lumpy: { minSizeUnits: 500000, fixedCostRmb: 0 },
    effect: {
      kind: 'process_change',
      routeGroup: 'steel_route', // one crude-steel output: BOF, EAF and DRI routes share it
      processCo2ReductionFraction: 0.05,
      endUseSavingFraction: { heat_high: 0.85, motors: 0.3 },
      addedElectricityMwhPerUnit: 0.45,
      maxOutputShareFraction: 0.5,
      variableCostRmbPerUnit: scrapEafInputsExpression(),
    },
    source:
      `Route intensity BF-BOF ${PROCESS_CONTEXT.steelBfBofTco2PerT.value.low}–${PROCESS_CONTEXT.steelBfBofTco2PerT.value.high} vs ` +
      `scrap-EAF ${PROCESS_CONTEXT.steelScrapEafTco2PerT.value.low}–${PROCESS_CONTEXT.steelScrapEafTco2PerT.value.high} tCO2/t ` +
      '(steel_BFBOF_vs_EAF_intensity, low). Per converted t: BF and sinter coke/coal gone (85 % of heat_high; reheating ' +
      'stays), 30 % of motor load (blowers, sinter fans), +0.45 MWh/t for the EAF and ladle furnace; electrode CO2 ' +
      `(${PROCESS_FACTORS.steel_eaf.factor.value} t/t, IPCC_EAF_process_EF) ≈ the flux CO2 avoided, so process CO2 falls ` +
      `only 5 % (${OWN}). At most half of output: China EAF share ${(PROCESS_CONTEXT.steelEafShareChina.value * 100).toFixed(1)} % ` +
      `(2022, steel_EAF_share_China), scrap supply limits a site (${OWN}). Inputs per t converted (steel-routes.ts): 1.10 t of ` +
      `scrap at ${SCRAP_PRICE_2025.value} RMB/t (SteelOrbis 2025) against 0.90 t of hot metal's ore (62 % Fe, $100/t 2025, $90/t ` +
      'from 2026, Fitch) and 0.168 t of BOF scrap (CAMU), + graphite electrodes 127.5 RMB/t, − 350 RMB/t of BF/sinter/BOF ' +
      `consumables; with the energy changes the premium over BF-BOF is ≈490 RMB/t in 2026 (CAMU: ${CAMU_EAF_PREMIUM_RMB_PER_T.value.low}–` +
      `${CAMU_EAF_PREMIUM_RMB_PER_T.value.high}). Capex ${EAF_CAPEX_RMB_PER_T_YEAR.value} RMB per t/yr (EAF_CAPEX_RMB_PER_T_YEAR: an 80 t ` +
      'EAF ≈$50 M plus auxiliaries), O&M 30 (maintenance ≈2.5 % of capex); lumpy: one 100 t-class EAF ≈0.5–1 Mt/yr (' +
      `${OWN}). From 2027: ≥18 months to build (pace: two years' lead time).`,
    confidence: 'assumption',
  },
  {
    id: 'h2_dri_eaf',
    nameEn: 'Hydrogen direct reduction + EAF (on-site electrolysis)',
    nameZh: '氢基直接还原铁+电炉(现场电解制氢)',
    category: 'process_change',
    sectors: ['steel'],
    sizeUnit: 't crude steel/yr',
    capexRmbPerUnit: 6000,
    fixedOmRmbPerUnitYear: 120,
    lifetimeYears: 25,
    earliestYear: 2029,
    lumpy: { minSizeUnits: 300000, fixedCostRmb: 0 },
    effect: {
      kind: 'process_change',
      routeGroup: 'steel_route', // one crude-steel output: BOF, EAF and DRI routes share it
      processCo2ReductionFraction: 0.05,
      endUseSavingFraction: { heat_high: 0.9, motors: 0.3 },
      addedElectricityMwhPerUnit: 3.6,
      maxOutputShareFraction: 0.2,
      variableCostRmbPerUnit: Number(h2DriInputsDeltaRmbPerT(SCRAP_PRICE_2025.value).toFixed(2)),
    },
    source:
      'Per t: ≈55 kg H2 × 55 kWh/kg ≈ 3.0 MWh + EAF ≈0.6 MWh = 3.6 MWh/t; BF/sinter coke and coal gone (90 % of ' +
      `heat_high) (${OWN}). Capex 6,000 RMB per t/yr = shaft furnace ≈2,000 + EAF ≈2,000 + electrolysers 0.5 kW_e per t/yr ` +
      `× ≈3,800 RMB/kW_e (technology.ts electrolyser × 2 for the system) (${OWN}). From 2029, ≤20 % of output, lumpy ` +
      `≥0.3 Mt/yr: demonstration scale only before 2030 (${OWN}). Inputs: DR-grade pellets at a $30/t premium, no BOF scrap, ` +
      'electrodes, BF consumables avoided (steel-routes.ts h2DriInputsDeltaRmbPerT).',
    confidence: 'assumption',
  },
  {
    id: 'inert_anode_aluminium',
    nameEn: 'Inert (non-carbon) anodes in aluminium smelting',
    nameZh: '电解铝惰性阳极',
    category: 'process_change',
    sectors: ['non_ferrous'],
    sizeUnit: 't Al/yr',
    capexRmbPerUnit: 8000,
    lifetimeYears: 15,
    earliestYear: 2029,
    lumpy: { minSizeUnits: 20000, fixedCostRmb: 0 },
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 1,
      addedElectricityMwhPerUnit: 1,
      maxOutputShareFraction: 0.2,
    },
    source:
      `Removes anode-consumption CO2 (${PROCESS_FACTORS.aluminium_anode.factor.value} tCO2/t Al, MEE guideline draft default, ` +
      'aluminium_anode_consumption_EF); cells emit O2 instead. Higher decomposition voltage: +1 MWh/t assumed. Capex ' +
      `8,000 RMB per t/yr for rebuilt pots and anode assemblies; from 2029, ≤20 % of output, ≥20 kt/yr sections: the ` +
      `technology is at demonstration scale (${OWN}; no cost data found).`,
    confidence: 'assumption',
  },
  {
    id: 'chemical_process_optimisation',
    nameEn: 'Chemical process optimisation (gasifier carbon conversion, heat integration, purge-gas recovery)',
    nameZh: '化工工艺优化(气化炉碳转化率、换热网络集成、弛放气回收)',
    category: 'process_change',
    sectors: ['chemicals'],
    sizeUnit: 't product/yr',
    capexRmbPerUnit: 150,
    lifetimeYears: 15,
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 0.05,
      endUseSavingFraction: { steam: 0.1, motors: 0.05 },
      maxOutputShareFraction: 1,
    },
    source:
      'Higher carbon conversion and less purge gas cut feedstock CO2 ≈5 %; pinch-based heat integration cuts steam ' +
      `≈10 %, compressor upgrades ≈5 % of motor energy (${OWN}). Capex 150 RMB per t/yr, sized for ammonia/methanol-scale ` +
      `plants (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'green_hydrogen_ammonia',
    nameEn: 'Green-hydrogen feedstock replacing coal gasification (ammonia)',
    nameZh: '绿氢替代煤制氢合成氨',
    category: 'process_change',
    sectors: ['chemicals'],
    sizeUnit: 't NH3/yr',
    capexRmbPerUnit: { 2028: 5500, 2030: 4600 },
    fixedOmRmbPerUnitYear: 100,
    lifetimeYears: 20,
    earliestYear: 2028,
    lumpy: { minSizeUnits: 20000, fixedCostRmb: 0 },
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 1,
      endUseSavingFraction: { steam: 0.6, motors: 0.3 },
      addedElectricityMwhPerUnit: 10,
      maxOutputShareFraction: 0.3,
    },
    source:
      'Per t NH3: 178 kg H2 × 53 kWh/kg ≈ 9.4 MWh + ASU/synthesis ≈0.6 MWh = 10 MWh; feedstock CO2 gone; gasification and ' +
      `shift steam (≈60 %) and coal-side ASU load (≈30 % of motors) gone (${OWN}). Capex: 1.6 kW_e per t/yr (9.4 MWh ÷ ` +
      '6,000 h) × ≈3,000 RMB/kW_e system in 2028 (technology.ts electrolyser path × 2) + ≈800 buffer storage and synloop ' +
      `changes ≈ 5,500, ≈4,600 by 2030 (${OWN}). ≤30 % of output: flexible synthesis loops limit the share (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'low_temp_dyeing',
    nameEn: 'Low-liquor-ratio, low-temperature dyeing machines and processes',
    nameZh: '低浴比、低温染色工艺及设备',
    category: 'process_change',
    sectors: ['textiles'],
    sizeUnit: 't fabric/yr',
    capexRmbPerUnit: 1200,
    lifetimeYears: 15,
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 0,
      endUseSavingFraction: { steam: 0.3, heat_low: 0.3 },
      addedElectricityMwhPerUnit: 0.05,
      maxOutputShareFraction: 0.7,
    },
    source:
      'Air-flow / overflow machines at liquor ratio ≈1:4 instead of ≈1:8, with low-temperature auxiliaries, heat half the ' +
      `water at lower temperature: ≈30 % less dyeing steam and hot water (${OWN}). Capex 1,200 RMB per t/yr ≈ 1.2 M RMB ` +
      `per machine doing ≈1,000 t/yr; +50 kWh/t for fans and pumps; ≤70 % of output (fibre/colour limits) (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'compact_paint_process',
    nameEn: 'Compact paint process (3C1B / B1B2, wet-on-wet, primer oven removed)',
    nameZh: '紧凑型涂装工艺(3C1B/B1B2, 取消中涂烘干)',
    category: 'process_change',
    sectors: ['automotive'],
    sizeUnit: 'vehicle/yr',
    capexRmbPerUnit: 300,
    lifetimeYears: 15,
    effect: {
      kind: 'process_change',
      processCo2ReductionFraction: 0,
      endUseSavingFraction: { heat_medium: 0.3, hvac: 0.15 },
      maxOutputShareFraction: 1,
    },
    source:
      'Dropping the primer oven and one booth saves ≈30 % of paint-oven heat and ≈15 % of booth conditioning ' +
      `(${OWN}). Capex 300 RMB per vehicle/yr ≈ 90 M RMB for a 300,000-vehicle paint shop (${OWN}).`,
    confidence: 'assumption',
  },
];
