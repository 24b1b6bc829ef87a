/**
 * Sector-specific efficiency measures (过程脱碳): data-centre cooling and power chain, clean rooms,
 * battery electrode drying, paint shops, aluminium cells, cement kilns, steel heat recovery and
 * textile dyeing/finishing. Size unit and capex convention as in efficiency-cross-sector.ts:
 * MWh/yr of end-use energy treated; capex = RMB per kW of treated load ÷ (full-load hours / 1000).
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { DATA_CENTRE_PUE, PROCESS_CONTEXT } from '../reference/index.ts';
import { OWN, rmbPerMwhYearTreated } from './helpers.ts';

/** Cooling energy per kW of IT at PUE ≈1.4: ≈0.3 kW of cooling per kW IT. */
const COOLING_KW_PER_KW_IT = 0.3;
const dcCoolingCapex = rmbPerMwhYearTreated(2500 / COOLING_KW_PER_KW_IT, 8760);
const dcPowerCapex = rmbPerMwhYearTreated(1000, 6570);
const cleanroomCapex = rmbPerMwhYearTreated(1200, 6000);
const dryingCapex = rmbPerMwhYearTreated(900, 6000);
const paintCapex = rmbPerMwhYearTreated(1500, 5000);
const aluminiumKwhPerT = PROCESS_CONTEXT.aluminiumElectrolysisKwhPerT.value.central;
const cathodeCapex = rmbPerMwhYearTreated(800, aluminiumKwhPerT);
const stenterCapex = rmbPerMwhYearTreated(800, 5000);
const effluentCapex = rmbPerMwhYearTreated(500, 6000);

export const EFFICIENCY_SECTOR_MEASURES: MeasureInput[] = [
  {
    id: 'dc_cooling_upgrade',
    nameEn: 'Data-centre cooling upgrade (free cooling, indirect evaporative, liquid cooling) for a lower PUE',
    nameZh: '数据中心制冷系统改造(自然冷却、间接蒸发、液冷)',
    category: 'efficiency',
    sectors: ['data_centre'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: dcCoolingCapex,
    lifetimeYears: 15,
    effect: { kind: 'efficiency', endUses: ['hvac'], savingFraction: 0.45 },
    source:
      `PUE targets: national average <${DATA_CENTRE_PUE.nationalAverageTargetEnd2025.value} by end 2025, new large ≤` +
      `${DATA_CENTRE_PUE.newLargeTarget.value}, hub nodes ≤${DATA_CENTRE_PUE.hubNodeTarget.value} (datacentre_PUE_targets, high). ` +
      'Going from PUE ≈1.4 to ≈1.25 cuts cooling from ≈0.3 to ≈0.15 kW per kW IT; 0.45 allows for retrofit limits ' +
      `(derived + ${OWN}). Capex ${dcCoolingCapex} RMB per MWh/yr = 2,500 RMB per kW IT ÷ ${COOLING_KW_PER_KW_IT} kW cooling per ` +
      `kW IT ÷ 8,760 h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'dc_power_chain_upgrade',
    nameEn: 'Data-centre power chain upgrade (modular/eco-mode UPS or 240 V HVDC)',
    nameZh: '数据中心供配电系统改造(模块化UPS、高压直流)',
    category: 'efficiency',
    sectors: ['data_centre'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: dcPowerCapex,
    lifetimeYears: 12,
    effect: { kind: 'efficiency', endUses: ['it_load'], savingFraction: 0.03 },
    source:
      'Saving ≈3 % of IT energy: double-conversion UPS at ≈94–95 % replaced by modular/eco-mode UPS or 240 V HVDC at ' +
      `≈97–98 % (${OWN}). Capex ${dcPowerCapex} RMB per MWh/yr = 1,000 RMB per kW IT ÷ 6,570 h (75 % utilisation) (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'cleanroom_hvac_upgrade',
    nameEn: 'Clean-room and dry-room HVAC upgrade (EC fan-filter units, make-up air heat recovery)',
    nameZh: '洁净室/干燥房空调系统节能改造(EC风机过滤单元、新风热回收)',
    category: 'efficiency',
    sectors: ['electronics', 'photovoltaic', 'lithium_battery'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: cleanroomCapex,
    lifetimeYears: 15,
    effect: { kind: 'efficiency', endUses: ['hvac'], savingFraction: 0.2 },
    source:
      'Saving ≈20 %: EC-motor fan-filter units, demand-controlled air-change rates, heat recovery on make-up air and ' +
      `chilled-water temperature reset (${OWN}). Capex ${cleanroomCapex} RMB per MWh/yr = 1,200 RMB per kW of HVAC ` +
      `electric load ÷ 6,000 h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'electrode_drying_heat_recovery',
    nameEn: 'Electrode coating-oven heat recovery with heat-pump NMP recovery',
    nameZh: '极片涂布烘箱余热回收与热泵式NMP回收',
    category: 'efficiency',
    sectors: ['lithium_battery'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: dryingCapex,
    lifetimeYears: 12,
    effect: { kind: 'efficiency', endUses: ['heat_medium'], savingFraction: 0.3 },
    source:
      'Saving ≈30 % of drying heat: exhaust-air heat recovery and heat-pump condensation of NMP instead of heating and ' +
      `chilling the whole exhaust stream (${OWN}). Capex ${dryingCapex} RMB per MWh/yr = 900 RMB per kW of oven heat ÷ ` +
      `6,000 h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'paint_shop_recirculation',
    nameEn: 'Paint-shop booth air recirculation (dry scrubbing) and oven/RTO heat recovery',
    nameZh: '涂装车间喷房循环风(干式漆雾分离)与烘房/RTO余热回收',
    category: 'efficiency',
    sectors: ['automotive', 'machinery'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: paintCapex,
    lifetimeYears: 15,
    effect: { kind: 'efficiency', endUses: ['hvac', 'heat_medium'], savingFraction: 0.25 },
    source:
      'Saving ≈25 % of booth conditioning and oven heat: dry scrubbing allows ≈80–90 % booth air recirculation, so less ' +
      `fresh air is heated, cooled and humidified; RTO exhaust preheats oven air (${OWN}). Capex ${paintCapex} RMB per ` +
      `MWh/yr = 1,500 RMB per kW of treated load ÷ 5,000 h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'aluminium_cathode_upgrade',
    nameEn: 'Energy-saving cathodes and cell-voltage reduction in aluminium potlines',
    nameZh: '电解槽节能阴极与低电压技术改造',
    category: 'efficiency',
    sectors: ['non_ferrous'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: cathodeCapex,
    lifetimeYears: 6,
    effect: { kind: 'efficiency', endUses: ['electrolysis'], savingFraction: 0.04 },
    source:
      `Electrolysis ≈${aluminiumKwhPerT} kWh/t (commonly cited 能效基准, aluminium_electrolysis_electricity, low); the ` +
      '能效标杆 13,000 kWh/t is ≈3 % lower and best cells reach ≈12,500–12,800, so ≈4 % for a cell at the 基准 level ' +
      `(${OWN}). Capex ${cathodeCapex} RMB per MWh/yr = 800 RMB per t/yr of capacity (increment over a normal relining) ÷ ` +
      `${aluminiumKwhPerT / 1000} MWh/t (${OWN}). Lifetime = cell life ≈6 yr.`,
    confidence: 'assumption',
  },
  {
    id: 'cement_kiln_system_upgrade',
    nameEn: 'Clinker kiln system upgrade (6-stage preheater, 4th-generation grate cooler, multi-channel burner)',
    nameZh: '水泥熟料烧成系统节能改造(六级预热器、第四代篦冷机、多通道燃烧器)',
    category: 'efficiency',
    sectors: ['building_materials'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: 60,
    lifetimeYears: 20,
    effect: { kind: 'efficiency', endUses: ['heat_high'], savingFraction: 0.08 },
    source:
      `China average clinker CO2 ≈${PROCESS_CONTEXT.chinaClinkerIntensity2020Tco2PerT.value.toFixed(2)} t/t (2020, derived); ` +
      'fuel ≈108 kgce/t clinker on an average line against ≈100 on an upgraded one → ≈8 % of kiln fuel ' +
      `(${OWN}). Capex 60 RMB per MWh/yr ≈ 70 M RMB for a 5,000 t/d line burning ≈1.2 TWh/yr of coal (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'steel_process_energy_recovery',
    nameEn: 'Steel-plant energy recovery (sinter-cooler waste heat, hot-stove preheating, regenerative reheating burners)',
    nameZh: '钢铁余热余能回收(烧结余热、热风炉预热、蓄热式加热炉)',
    category: 'efficiency',
    sectors: ['steel'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: 40,
    lifetimeYears: 20,
    effect: { kind: 'efficiency', endUses: ['heat_high'], savingFraction: 0.04 },
    source:
      'Saving ≈4 % of coke and coal energy on a BF-BOF site that already has TRT and CDQ-grade practice ' +
      `(${OWN}). Capex 40 RMB per MWh/yr ≈ 500 M RMB package for a 3 Mt/yr mill treating ≈12–13 TWh/yr (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'stenter_exhaust_heat_recovery',
    nameEn: 'Stenter (heat-setting) exhaust heat recovery and humidity control',
    nameZh: '定形机废气余热回收与湿度控制',
    category: 'efficiency',
    sectors: ['textiles'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: stenterCapex,
    lifetimeYears: 12,
    effect: { kind: 'efficiency', endUses: ['heat_medium'], savingFraction: 0.2 },
    source:
      'Saving ≈20 %: exhaust at 150–180 °C preheats fresh air; humidity-controlled exhaust fans cut the air flow ' +
      `(${OWN}). Capex ${stenterCapex} RMB per MWh/yr = 800 RMB per kW of stenter heat ÷ 5,000 h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'textile_effluent_heat_recovery',
    nameEn: 'Dye-house hot effluent heat recovery',
    nameZh: '印染高温废水余热回收',
    category: 'efficiency',
    sectors: ['textiles'],
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: effluentCapex,
    lifetimeYears: 15,
    effect: { kind: 'efficiency', endUses: ['steam', 'heat_low'], savingFraction: 0.1 },
    source:
      'Saving ≈10 %: effluent at 60–90 °C preheats incoming process water through self-cleaning exchangers ' +
      `(${OWN}). Capex ${effluentCapex} RMB per MWh/yr = 500 RMB per kW ÷ 6,000 h (${OWN}).`,
    confidence: 'assumption',
  },
];
