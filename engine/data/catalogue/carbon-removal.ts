/**
 * Carbon capture, utilisation and storage (CCUS). Size: tCO2/yr of capture capacity; capture is at
 * most `maxCaptureFraction` × (process + fuel CO2) of the site in a year. All three are lumpy (a
 * minimum plant size and a fixed project cost for permits, a pipeline spur or storage appraisal),
 * which makes a scenario with them a MILP.
 *
 * Cost check against the reference: second-generation capture at coal plants ≈219 RMB/t around 2030
 * (CCUS_capture_cost_2nd_gen, Yang et al. iScience 2022, excl. transport and storage). Our kiln entry:
 * annuity of ≈800 RMB per t/yr at 6 %/25 yr ≈63 + O&M 30 + 0.25 MWh × ≈634 RMB/MWh ≈158 → ≈250 RMB/t.
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { CCUS_CAPTURE_COST } from '../reference/technology.ts';
import { OWN, learningCurve } from './helpers.ts';

const REF = `reference capture cost ${CCUS_CAPTURE_COST.around2030RmbPerTco2.value} RMB/t around 2030 (CCUS_capture_cost_2nd_gen, medium)`;

export const CARBON_REMOVAL_MEASURES: MeasureInput[] = [
  {
    id: 'ccus_cement_kiln',
    nameEn: 'Post-combustion capture on the clinker kiln stack (amine) with transport and storage',
    nameZh: '水泥窑尾烟气碳捕集(胺法)及封存利用',
    category: 'carbon_removal',
    sectors: ['building_materials'],
    sizeUnit: 'tCO2/yr',
    capexRmbPerUnit: learningCurve(900, 0.03),
    fixedOmRmbPerUnitYear: 30,
    lifetimeYears: 25,
    earliestYear: 2028,
    lumpy: { minSizeUnits: 100000, fixedCostRmb: 50_000_000 },
    effect: { kind: 'carbon_removal', maxCaptureFraction: 0.85, electricityMwhPerTco2: 0.25, variableCostRmbPerTco2: 150 },
    source:
      `Kiln flue gas at ≈20–25 % CO2 carries nearly all calcination and fuel CO2; 90 % capture × ≈95 % availability ≈ 0.85 ` +
      `(${OWN}). Capex 900 RMB per t/yr in 2025, −3 %/yr (≈820 in 2028): China's first cement capture (Conch Baimashan, ` +
      `50 kt/yr, 2018) was pilot scale (${OWN}). Electricity 0.25 MWh/t: compression ≈0.1 plus solvent regeneration ` +
      `partly from kiln waste heat (${OWN}). Transport and storage 150 RMB/t (${OWN}). ${REF}. From 2028 (build time); ` +
      `lumpy ≥100 kt/yr and 50 M RMB fixed (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'ccus_steel',
    nameEn: 'CO2 capture from blast-furnace gas and the site power plant stack, with storage',
    nameZh: '钢铁高炉煤气/自备电厂烟气碳捕集及封存',
    category: 'carbon_removal',
    sectors: ['steel'],
    sizeUnit: 'tCO2/yr',
    capexRmbPerUnit: learningCurve(1000, 0.03),
    fixedOmRmbPerUnitYear: 35,
    lifetimeYears: 25,
    earliestYear: 2028,
    lumpy: { minSizeUnits: 200000, fixedCostRmb: 80_000_000 },
    effect: { kind: 'carbon_removal', maxCaptureFraction: 0.4, electricityMwhPerTco2: 0.3, variableCostRmbPerTco2: 150 },
    source:
      'An integrated mill emits from many stacks (sinter, stoves, reheating, power plant); only the BF-gas and power-plant ' +
      `streams, ≈40–50 % of site CO2, are practical to capture by 2030 → 0.4 (${OWN}). Capex 1,000 RMB per t/yr, −3 %/yr; ` +
      `electricity 0.3 MWh/t; transport and storage 150 RMB/t; lumpy ≥200 kt/yr, 80 M RMB fixed (${OWN}). ${REF}.`,
    confidence: 'assumption',
  },
  {
    id: 'ccus_high_purity',
    nameEn: 'Capture of high-purity process CO2 (coal gasification, ammonia, methanol) with pipeline storage/EOR',
    nameZh: '高浓度工艺CO2捕集(煤气化、合成氨、甲醇)及管道封存/驱油',
    category: 'carbon_removal',
    sectors: ['chemicals'],
    sizeUnit: 'tCO2/yr',
    capexRmbPerUnit: 300,
    fixedOmRmbPerUnitYear: 15,
    lifetimeYears: 25,
    earliestYear: 2027,
    lumpy: { minSizeUnits: 100000, fixedCostRmb: 30_000_000 },
    effect: { kind: 'carbon_removal', maxCaptureFraction: 0.6, electricityMwhPerTco2: 0.12, variableCostRmbPerTco2: 150 },
    source:
      'The acid-gas-removal vent of a gasification plant is nearly pure CO2: only dehydration and compression (≈0.12 MWh/t ' +
      `to ≈15 MPa) are needed (${OWN}; Sinopec Qilu–Shengli, 1 Mt/yr since 2022, is this type). The stream is ≈60 % of a coal-` +
      `chemical site's direct CO2 → 0.6 (${OWN}). Capex 300 RMB per t/yr, O&M 15, pipeline + storage/EOR 150 RMB/t; lumpy ` +
      `≥100 kt/yr, 30 M RMB fixed (${OWN}).`,
    confidence: 'assumption',
  },
];
