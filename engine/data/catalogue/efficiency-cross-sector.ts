/**
 * Process decarbonisation through efficiency (过程脱碳) and digital energy management (智能控碳):
 * measures that apply across sectors.
 *
 * Size unit of every efficiency measure: MWh/yr of useful end-use energy treated (at most the end-use's
 * demand). `savingFraction` is the share of the treated energy saved, averaged over the whole end-use
 * (so a VSD's 25 % on the pumps and fans that can take one becomes ≈12 % of all motor energy).
 * Capex per (MWh/yr treated) = equipment RMB per kW of treated load ÷ (full-load hours / 1000); each
 * entry states its RMB/kW and hours (see `rmbPerMwhYearTreated`).
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import type { SectorId } from '../sectors.ts';
import { SECTOR_IDS } from '../sectors.ts';
import { COMPRESSED_AIR, MOTOR_EFFICIENCY } from '../reference/technology.ts';
import { OWN, rmbPerMwhYearTreated } from './helpers.ts';

/** Sectors whose high-temperature heat is a reduction process (BF coke) or a kiln with its own entries. */
const OWN_HEAT_ENTRIES: readonly SectorId[] = ['steel', 'building_materials'];
const GENERAL_HEAT_SECTORS: SectorId[] = SECTOR_IDS.filter((s) => !OWN_HEAT_ENTRIES.includes(s));
/** Data centres have their own cooling entry (dc_cooling_upgrade) that already includes the chiller plant. */
const NON_DATA_CENTRE_SECTORS: SectorId[] = SECTOR_IDS.filter((s) => s !== 'data_centre');

const motorCapex = rmbPerMwhYearTreated(500, 3000);
const vsdCapex = rmbPerMwhYearTreated(600 * 0.5, 3000);
const airCapex = rmbPerMwhYearTreated(1500, 6000);
const whrCapex = rmbPerMwhYearTreated(600, 5000);
const ledCapex = rmbPerMwhYearTreated(1800, 4500);
const chillerCapex = rmbPerMwhYearTreated(900 * 4, 3000);
const insulationCapex = rmbPerMwhYearTreated(250, 5000);
const steamCapex = rmbPerMwhYearTreated(500, 6000);

export const EFFICIENCY_CROSS_SECTOR_MEASURES: MeasureInput[] = [
  {
    id: 'motor_ie5_upgrade',
    nameEn: 'High-efficiency motors (IE4/IE5 permanent-magnet) replacing IE2/IE3',
    nameZh: '高效电机更新(IE4/IE5永磁电机)',
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: motorCapex,
    lifetimeYears: 20,
    effect: { kind: 'efficiency', endUses: ['motors'], savingFraction: 0.03 },
    source:
      `Saving: 200 kW IE3→IE4 alone saves ${(MOTOR_EFFICIENCY.ie3ToIe4SavingShare.value * 100).toFixed(2)} % of input ` +
      '(GB 18613-2020, motor_min_efficiency_std); a fleet of mostly 11–75 kW IE2/IE3 motors going to IE5 PM motors, with ' +
      `right-sizing of oversized motors, saves ≈3 % (${OWN}). Capex ${motorCapex} RMB per MWh/yr = 500 RMB/kW installed IE5 ` +
      `motor ÷ 3,000 full-load h (≈0.6 load × 5,000 h) (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'vsd_retrofit',
    nameEn: 'Variable-speed drives on pumps, fans and compressors',
    nameZh: '变频调速改造(泵、风机)',
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: vsdCapex,
    lifetimeYears: 12,
    effect: { kind: 'efficiency', endUses: ['motors'], savingFraction: 0.12 },
    source:
      'Saving: ≈25 % on variable-torque loads (affinity laws at partial flow), which are ≈half of industrial motor energy → ' +
      `≈12 % of the end-use (${OWN}). Capex ${vsdCapex} RMB per MWh/yr of all motor energy = 600 RMB/kW (drive, ` +
      `harmonic filter, installation) × 0.5 of the load ÷ 3,000 full-load h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'compressed_air_optimisation',
    nameEn: 'Compressed-air system optimisation (leaks, pressure, controls, VSD compressor)',
    nameZh: '空压系统节能优化(查漏、降压、群控、变频空压机)',
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: airCapex,
    lifetimeYears: 10,
    effect: { kind: 'efficiency', endUses: ['compressed_air'], savingFraction: COMPRESSED_AIR.savingShareDefault.value },
    source:
      `Saving ${COMPRESSED_AIR.savingShareDefault.value}: technology.ts COMPRESSED_AIR.savingShareDefault, lower half of the US ` +
      'DOE 20–50 % (compressed_air_optimisation_savings); Chinese systems waste ≈34 % (compressed_air_China). Capex ' +
      `${airCapex} RMB per MWh/yr = 1,500 RMB per kW of compressor (master controller, leak programme, ring main, share ` +
      `of a VSD compressor) ÷ 6,000 h (${OWN}).`,
    confidence: 'medium',
  },
  {
    id: 'waste_heat_recovery',
    nameEn: 'Waste-heat recovery (economisers, recuperators, condensing heat exchangers)',
    nameZh: '余热回收利用(省煤器、换热器、冷凝回收)',
    category: 'efficiency',
    sectors: GENERAL_HEAT_SECTORS,
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: whrCapex,
    lifetimeYears: 15,
    effect: { kind: 'efficiency', endUses: ['steam', 'heat_medium', 'heat_high'], savingFraction: 0.1 },
    source:
      'Saving ≈10 % of fired heat: flue-gas exit from ≈200–250 °C down to ≈100–120 °C, combustion-air preheat on furnaces ' +
      `(${OWN}). Capex ${whrCapex} RMB per MWh/yr = 600 RMB per kW of fired load (exchanger, ducting) ÷ 5,000 h (${OWN}). ` +
      'Steel and building materials have their own entries (steel_process_energy_recovery, cement_kiln_system_upgrade).',
    confidence: 'assumption',
  },
  {
    id: 'led_lighting',
    nameEn: 'LED lighting with occupancy and daylight controls',
    nameZh: 'LED照明及智能控制改造',
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: ledCapex,
    lifetimeYears: 12,
    effect: { kind: 'efficiency', endUses: ['lighting'], savingFraction: 0.5 },
    source:
      'Saving ≈50 %: LED high-bays (≈150 W) replacing 250–400 W metal-halide and T8 fluorescent, plus controls ' +
      `(${OWN}). Capex ${ledCapex} RMB per MWh/yr = 1,800 RMB per kW of existing lighting ÷ 4,500 h (${OWN}). ` +
      'Lifetime 12 yr ≈50,000 h.',
    confidence: 'assumption',
  },
  {
    id: 'hvac_chiller_upgrade',
    nameEn: 'HVAC and chiller-plant upgrade (magnetic-bearing chillers, VSD pumps, group control)',
    nameZh: '暖通空调与冷站改造(磁悬浮冷机、变频水泵、群控)',
    category: 'efficiency',
    sectors: NON_DATA_CENTRE_SECTORS,
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: chillerCapex,
    lifetimeYears: 20,
    effect: { kind: 'efficiency', endUses: ['hvac'], savingFraction: 0.25 },
    source:
      `Saving ≈25 %: chiller-plant COP from ≈4 to ≈5.3 (${OWN}). Capex ${chillerCapex} RMB per MWh/yr = 900 RMB per kW of ` +
      'cooling (mix of chiller replacement and controls) × plant COP 4 (→ RMB per kW of electric input) ÷ 3,000 h ' +
      `(${OWN}). Not for data centres (dc_cooling_upgrade covers their chiller plant).`,
    confidence: 'assumption',
  },
  {
    id: 'energy_management_system',
    nameEn: 'Energy and carbon management system (EMS, metering, analytics)',
    nameZh: '能碳管理平台(能源管控中心、分项计量、数字化管理)',
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: 20,
    fixedOmRmbPerUnitYear: 2,
    lifetimeYears: 10,
    effect: {
      kind: 'efficiency',
      endUses: ['motors', 'compressed_air', 'hvac', 'lighting', 'heat_low', 'heat_medium', 'steam', 'other_electric'],
      savingFraction: 0.03,
    },
    source:
      'Path 5 of the guidance (智能控碳). Saving ≈3 % of the metered end-uses from scheduling, set-point and idle-load ' +
      `management (${OWN}; vendor claims are 3–10 %). Capex 20 RMB per MWh/yr ≈ 1 M RMB platform and sub-metering for a ` +
      `50 GWh/yr site; O&M 2 RMB per MWh/yr for licences and an analyst share (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'process_heat_insulation',
    nameEn: 'Process-heat optimisation: insulation, burner tuning and O2 trim',
    nameZh: '工业炉窑及管网保温、燃烧优化',
    category: 'efficiency',
    sectors: GENERAL_HEAT_SECTORS,
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: insulationCapex,
    lifetimeYears: 10,
    effect: { kind: 'efficiency', endUses: ['heat_low', 'heat_medium', 'heat_high', 'steam'], savingFraction: 0.05 },
    source:
      'Saving ≈5 %: bare pipe/valve and furnace-wall insulation, excess-air control (O2 trim) on burners ' +
      `(${OWN}). Capex ${insulationCapex} RMB per MWh/yr = 250 RMB per kW of fired load ÷ 5,000 h (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'steam_system_optimisation',
    nameEn: 'Steam-system optimisation (traps, condensate return, flash-steam recovery)',
    nameZh: '蒸汽系统优化(疏水阀、冷凝水回收、闪蒸汽回收)',
    category: 'efficiency',
    sectors: 'all',
    sizeUnit: 'MWh/yr treated',
    capexRmbPerUnit: steamCapex,
    lifetimeYears: 10,
    effect: { kind: 'efficiency', endUses: ['steam'], savingFraction: 0.1 },
    source:
      'Saving ≈10 % of steam: failed traps, un-returned condensate (≈10–15 % of boiler heat) and flash steam ' +
      `(${OWN}). Capex ${steamCapex} RMB per MWh/yr = 500 RMB per kW of steam load ÷ 6,000 h (${OWN}).`,
    confidence: 'assumption',
  },
];
