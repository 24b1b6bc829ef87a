/**
 * Electrification (过程脱碳 by fuel switching): heat pumps by temperature band, electric boilers and
 * process heaters, induction and resistance furnaces/kilns for high-temperature heat, on-site
 * electrolytic hydrogen for burners, and electric in-plant fleets.
 *
 * Convention (DESIGN §3 and the optimiser): useful energy = incumbent final energy × incumbent
 * efficiency (fuels.ts `INCUMBENT_HEAT_EFFICIENCY`: coal 0.8, gas 0.9, diesel 0.88, purchased heat 1.0).
 * `usefulPerElectricity` is useful MWh (in that convention) per MWh of electricity: the COP for heat
 * pumps, the efficiency for boilers. Where the incumbent wastes much more than its boiler-style
 * efficiency says (furnaces, engines), the ratio is above the device efficiency; each entry derives it.
 * Size: kW of useful output (vehicles for fleets); `usefulMwhPerUnitYear` = kW × full-load hours / 1000.
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { CAPEX, ELECTRIC_BOILER_EFFICIENCY, HEAT_PUMP_COP } from '../reference/technology.ts';
import { FUELS, INCUMBENT_HEAT_EFFICIENCY } from '../reference/fuels.ts';
import { OWN, learningCurve, mwhPerKwYear, referenceCapex } from './helpers.ts';

const GAS_EFF = INCUMBENT_HEAT_EFFICIENCY.natural_gas.value;
const DIESEL_EFF = INCUMBENT_HEAT_EFFICIENCY.diesel.value;
const DIESEL_MWH_PER_T = (FUELS.diesel.ncvGjPerUnit?.value ?? 42.652) / 3.6;
/** Diesel density, kg/L (typical 0#柴油 0.83–0.85). */
const DIESEL_KG_PER_L = 0.84;

/** Electrolyser: 55 kWh per kg H2 at the system level; hydrogen LHV 33.3 kWh/kg. */
const H2_PER_ELECTRICITY = 33.3 / 55;
const H2_USEFUL_PER_ELECTRICITY = Number((H2_PER_ELECTRICITY * GAS_EFF).toFixed(3));
/** System (BOP, buffer storage, compression) ≈ 2 × the stack price of technology.ts. */
const ELECTROLYSER_SYSTEM_FACTOR = 2;
const h2CapexPerKwUseful = (ELECTROLYSER_SYSTEM_FACTOR * CAPEX.electrolyser_alkaline.base.value) / H2_USEFUL_PER_ELECTRICITY;
const h2Capex =
  `${learningCurve(h2CapexPerKwUseful, CAPEX.electrolyser_alkaline.declineRatePerYear.value, CAPEX.electrolyser_alkaline.baseYear)} + 300`;

const forkliftDieselMwh = ((4000 * DIESEL_KG_PER_L) / 1000) * DIESEL_MWH_PER_T;
const forkliftUseful = Number((forkliftDieselMwh * DIESEL_EFF).toFixed(1));
const truckDieselMwh = ((60000 * 0.38 * DIESEL_KG_PER_L) / 1000) * DIESEL_MWH_PER_T;
const truckUseful = Number((truckDieselMwh * DIESEL_EFF).toFixed(0));

export const ELECTRIFICATION_MEASURES: MeasureInput[] = [
  {
    id: 'heat_pump_low_temp',
    nameEn: 'Industrial heat pump for hot water and low-temperature heat (<100 °C)',
    nameZh: '工业热泵(低温热水, <100°C)',
    category: 'electrification',
    sectors: 'all',
    sizeUnit: 'kW_th',
    capexRmbPerUnit: referenceCapex('heat_pump_industrial', 0.6),
    fixedOmRmbPerUnitYear: 30,
    lifetimeYears: 15,
    effect: {
      kind: 'electrification',
      endUses: ['heat_low'],
      usefulPerElectricity: HEAT_PUMP_COP.sink80to100C.value.central,
      usefulMwhPerUnitYear: mwhPerKwYear(5000),
    },
    source:
      `COP ${HEAT_PUMP_COP.sink80to100C.value.central}: technology.ts HEAT_PUMP_COP.sink80to100C (reference estimate 3–4, ` +
      `0.45–0.55 × Carnot). Capex 0.6 × CAPEX.heat_pump_industrial (${CAPEX.heat_pump_industrial.base.value} RMB/kW_th for ` +
      `80–150 °C units, placeholder) ≈ ${0.6 * CAPEX.heat_pump_industrial.base.value} RMB/kW_th for hot-water units, −2 %/yr ` +
      `(${OWN}). 5,000 full-load h (two-shift plus process loads), O&M 30 RMB/kW/yr (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'heat_pump_steam',
    nameEn: 'High-temperature steam heat pump with MVR (120–150 °C steam from waste heat)',
    nameZh: '高温蒸汽热泵(余热源, MVR, 120–150°C)',
    category: 'electrification',
    sectors: 'all',
    sizeUnit: 'kW_th',
    capexRmbPerUnit: referenceCapex('heat_pump_industrial', 1.4),
    fixedOmRmbPerUnitYear: 70,
    lifetimeYears: 15,
    effect: {
      kind: 'electrification',
      endUses: ['steam'],
      usefulPerElectricity: HEAT_PUMP_COP.steam120to150C.value.low,
      usefulMwhPerUnitYear: mwhPerKwYear(6000),
    },
    source:
      `COP ${HEAT_PUMP_COP.steam120to150C.value.low}: low end of technology.ts HEAT_PUMP_COP.steam120to150C (reference estimate ` +
      '2–2.5 from a 40–60 °C waste-heat source); the low end because plant steam is often wanted above 150 °C. Capex 1.4 × ' +
      `CAPEX.heat_pump_industrial ≈ ${1.4 * CAPEX.heat_pump_industrial.base.value} RMB/kW_th (steam units with compressor ` +
      `stages), −2 %/yr; 6,000 h; O&M 70 RMB/kW/yr (${OWN}). Needs a waste-heat source: check the site.`,
    confidence: 'assumption',
  },
  {
    id: 'electric_boiler',
    nameEn: 'Electric (electrode/resistive) boiler for steam, thermal oil and hot water',
    nameZh: '电锅炉(电极/电阻式, 蒸汽、导热油、热水)',
    category: 'electrification',
    sectors: 'all',
    sizeUnit: 'kW_th',
    capexRmbPerUnit: referenceCapex('electric_boiler'),
    fixedOmRmbPerUnitYear: 6,
    lifetimeYears: 20,
    effect: {
      kind: 'electrification',
      endUses: ['steam', 'heat_medium', 'heat_low'],
      usefulPerElectricity: ELECTRIC_BOILER_EFFICIENCY.value.central,
      usefulMwhPerUnitYear: mwhPerKwYear(6000),
    },
    source:
      `Efficiency ${ELECTRIC_BOILER_EFFICIENCY.value.central} (reference estimate 95–99 %, electric_boiler_efficiency_ESTIMATE). ` +
      `Capex CAPEX.electric_boiler = ${CAPEX.electric_boiler.base.value} RMB/kW_th (placeholder-grade; grid reinforcement ` +
      `not included), flat; 6,000 h; O&M 6 RMB/kW/yr (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'electric_process_heater',
    nameEn: 'Electric process heaters and ovens (thermal-oil heaters, resistive and infrared drying ovens)',
    nameZh: '电加热工艺设备(电导热油炉、电烘箱、红外干燥)',
    category: 'electrification',
    sectors: 'all',
    sizeUnit: 'kW_th',
    capexRmbPerUnit: 600,
    fixedOmRmbPerUnitYear: 10,
    lifetimeYears: 15,
    effect: {
      kind: 'electrification',
      endUses: ['heat_medium'],
      usefulPerElectricity: ELECTRIC_BOILER_EFFICIENCY.value.central,
      usefulMwhPerUnitYear: mwhPerKwYear(5000),
    },
    source:
      'For paint ovens, stenters, coating ovens (100–250 °C). Ratio = resistive efficiency 0.97: the incumbent flue loss ' +
      'is already in its 0.9 efficiency and casing losses are common to both. Capex 600 RMB/kW_th (heater, controls, ' +
      `oven retrofit), 5,000 h, O&M 10 RMB/kW/yr (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'induction_furnace',
    nameEn: 'Induction heating and melting (forging, heat treatment, metal melting/holding)',
    nameZh: '感应加热/熔炼(锻造、热处理、金属熔化保温)',
    category: 'electrification',
    sectors: ['automotive', 'machinery', 'non_ferrous', 'electronics', 'light_industry'],
    sizeUnit: 'kW_th',
    capexRmbPerUnit: 1100,
    fixedOmRmbPerUnitYear: 25,
    lifetimeYears: 20,
    earliestYear: 2026,
    effect: {
      kind: 'electrification',
      endUses: ['heat_high'],
      usefulPerElectricity: 1.4,
      usefulMwhPerUnitYear: mwhPerKwYear(4000),
    },
    source:
      'Ratio 1.4: a gas-fired reheat/melting furnace puts ≈35–45 % of fuel into the work, induction ≈60–75 %, so ≈0.6 MWh ' +
      `of electricity replaces 1 MWh of gas; in the useful-energy convention (gas ${GAS_EFF}) that is ${GAS_EFF}/0.6 ≈ 1.5, ` +
      `taken as 1.4 (${OWN}). Capex 1,100 RMB per kW useful ≈ 1,500 RMB/kW_e (medium-frequency power supply, coil, ` +
      `installation) ÷ 1.4; 4,000 h; O&M 25 RMB/kW/yr (${OWN}). Not for steel BF reduction or cement kilns.`,
    confidence: 'assumption',
  },
  {
    id: 'electric_kiln',
    nameEn: 'Electric resistance kilns and furnaces (roller kilns, electric melting, sintering furnaces)',
    nameZh: '电窑炉(辊道窑、电熔、烧结炉)',
    category: 'electrification',
    sectors: ['light_industry', 'electronics', 'lithium_battery', 'photovoltaic', 'machinery', 'non_ferrous'],
    sizeUnit: 'kW_th',
    capexRmbPerUnit: 2000,
    fixedOmRmbPerUnitYear: 40,
    lifetimeYears: 20,
    effect: {
      kind: 'electrification',
      endUses: ['heat_high'],
      usefulPerElectricity: 1.2,
      usefulMwhPerUnitYear: mwhPerKwYear(6000),
    },
    source:
      'Ratio 1.2: electric kilns and melters deliver ≈70–85 % against ≈45–60 % for gas-fired ones, ≈0.75 MWh of ' +
      `electricity per MWh of gas; ${GAS_EFF}/0.75 = 1.2 (${OWN}). Capex 2,000 RMB per kW useful (kiln rebuild with ` +
      `heating elements and transformer), 6,000 h, O&M 40 RMB/kW/yr (${OWN}). Excludes cement clinker kilns (not ` +
      'commercial by 2030) and steel reduction.',
    confidence: 'assumption',
  },
  {
    id: 'hydrogen_burner_onsite_electrolysis',
    nameEn: 'Hydrogen burners fed by an on-site electrolyser (high-temperature heat)',
    nameZh: '现场电解制氢+氢燃烧器(高温热)',
    category: 'electrification',
    sectors: ['chemicals', 'non_ferrous', 'machinery', 'light_industry', 'automotive'],
    sizeUnit: 'kW_th',
    capexRmbPerUnit: h2Capex,
    fixedOmRmbPerUnitYear: 150,
    lifetimeYears: 15,
    earliestYear: 2027,
    effect: {
      kind: 'electrification',
      endUses: ['heat_high'],
      usefulPerElectricity: H2_USEFUL_PER_ELECTRICITY,
      usefulMwhPerUnitYear: mwhPerKwYear(6000),
    },
    source:
      `Ratio ${H2_USEFUL_PER_ELECTRICITY} = 33.3 kWh/kg LHV ÷ 55 kWh/kg system consumption × burner ${GAS_EFF} (same as gas) ` +
      `(${OWN}). Capex: stack ${CAPEX.electrolyser_alkaline.base.value.toFixed(0)} RMB/kW_e in ${CAPEX.electrolyser_alkaline.baseYear} ` +
      '(343 USD/kW, CICC/BNEF, electrolyser_alkaline_China) × 2 for the system ÷ the ratio, halving by 2030 ' +
      `(technology.ts, −8.3 %/yr), + 300 RMB/kW burner retrofit (${OWN}). 6,000 h; O&M 150 RMB/kW/yr (stack ` +
      `replacement reserve) (${OWN}). From 2027: few industrial references yet.`,
    confidence: 'assumption',
  },
  {
    id: 'electric_forklift',
    nameEn: 'Electric (Li-ion) forklifts replacing diesel forklifts',
    nameZh: '电动叉车替代柴油叉车',
    category: 'electrification',
    sectors: 'all',
    sizeUnit: 'vehicle',
    capexRmbPerUnit: 130000,
    lifetimeYears: 10,
    effect: {
      kind: 'electrification',
      endUses: ['transport'],
      usefulPerElectricity: 2.6,
      usefulMwhPerUnitYear: forkliftUseful,
    },
    source:
      `Per 3 t forklift: ≈4,000 L diesel/yr (2.5 L/h × 1,600 h) × ${DIESEL_KG_PER_L} kg/L × ${DIESEL_MWH_PER_T.toFixed(2)} MWh/t ` +
      `= ${forkliftDieselMwh.toFixed(1)} MWh × incumbent ${DIESEL_EFF} = ${forkliftUseful} MWh useful/yr. Ratio 2.6: a diesel ` +
      `engine turns ≈25–30 % of fuel into work, an electric drive ≈80–85 %, a final-energy ratio ≈3, × ${DIESEL_EFF} (${OWN}). Capex 130,000 RMB per Li-ion 3 t ` +
      `forklift incl. charger (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'electric_heavy_truck',
    nameEn: 'Battery-electric heavy trucks for in-plant and short-haul logistics',
    nameZh: '纯电动重卡(厂内及短倒运输)',
    category: 'electrification',
    sectors: 'all',
    sizeUnit: 'vehicle',
    capexRmbPerUnit: learningCurve(450000, 0.05),
    fixedOmRmbPerUnitYear: 5000,
    lifetimeYears: 8,
    effect: {
      kind: 'electrification',
      endUses: ['transport'],
      usefulPerElectricity: 2.4,
      usefulMwhPerUnitYear: truckUseful,
    },
    source:
      `Per truck: 60,000 km/yr × 38 L/100 km ≈ ${truckDieselMwh.toFixed(0)} MWh diesel × ${DIESEL_EFF} = ${truckUseful} MWh useful. ` +
      `Ratio 2.4: ≈3.8 kWh/km diesel against ≈1.4 kWh/km electric = 2.7 final-energy ratio × ${DIESEL_EFF} (${OWN}). Capex ` +
      `450,000 RMB (2025 battery-electric tractor, 280–420 kWh pack), −5 %/yr with battery prices; O&M 5,000 RMB/yr for ` +
      `charging equipment (${OWN}).`,
    confidence: 'assumption',
  },
];
