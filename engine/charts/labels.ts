/** Series labels in English and Chinese, by id; unknown ids fall back to the id itself. */
import { CARRIER_IDS, FUELS } from '../data/reference/fuels.ts';
import { SECTORS, SECTOR_IDS } from '../data/sectors.ts';
import type { Lang, Text } from './theme.ts';

const t = (en: string, zh: string): Text => ({ en, zh });

export const EMISSION_SERIES = {
  scope1: t('Scope 1', '范围一'),
  scope2: t('Scope 2', '范围二'),
  offsets: t('Offsets', '抵消量'),
  net: t('Net emissions', '净排放'),
  cap: t('Cap / target path', '排放上限/目标路径'),
  baseline: t('Baseline (no new measures)', '基准情景(无新增措施)'),
} as const;

export const MEASURE_CATEGORY_LABELS: Readonly<Record<string, Text>> = {
  renewable_supply: t('On-site renewables', '可再生能源'),
  storage: t('Storage', '储能'),
  green_purchase: t('Green power purchase', '绿电绿证'),
  efficiency: t('Efficiency', '节能增效'),
  electrification: t('Electrification', '电气化'),
  process_change: t('Process change', '工艺变革'),
  carbon_removal: t('Carbon capture', '碳捕集'),
  grid_connection: t('Grid connection', '电网增容'),
};

export const WEDGE_LABELS: Readonly<Record<string, Text>> = {
  net_emissions: t('Remaining net emissions', '剩余净排放'),
  energy_use: t('Efficiency, electrification and fuel switch', '节能、电气化与燃料替代'),
  onsite_renewables: t('On-site renewables (self-consumed)', '自发自用可再生电力'),
  green_purchases: t('Green power and certificates', '绿电交易与绿证'),
  process_change: t('Process change', '工艺变革'),
  carbon_capture: t('Carbon capture', '碳捕集'),
  offsets: t('Offsets', '抵消'),
};

export const COST_CATEGORY_LABELS: Readonly<Record<string, Text>> = {
  capex_annuity: t('Capex (annuities)', '投资年金'),
  fixed_om: t('Fixed O&M', '固定运维'),
  fuel_and_heat: t('Fuel and heat', '燃料与热力'),
  grid_electricity: t('Grid electricity', '电网购电'),
  export_revenue: t('Export revenue', '上网售电收入'),
  green_purchases: t('Green power and certificates', '绿电与绿证'),
  capture_transport_storage: t('Capture, transport and storage', '碳捕集运输封存'),
  process_inputs: t('Process feedstock and consumables', '工艺原料与耗材'),
  carbon_price: t('Carbon price', '碳价成本'),
  offsets: t('Offsets', '抵消采购'),
};

const ENERGY_SOURCE_BASE: Readonly<Record<string, Text>> = {
  grid: t('Grid electricity (conventional)', '电网购电(常规)'),
  green_power: t('Green power trading', '绿电交易'),
  certificates: t('Grid power covered by certificates', '绿证覆盖电量'),
  onsite_self_consumed: t('On-site generation, self-consumed', '自发自用电量'),
};

export const ENERGY_SOURCE_LABELS: Readonly<Record<string, Text>> = {
  ...ENERGY_SOURCE_BASE,
  ...Object.fromEntries(CARRIER_IDS.filter((c) => c !== 'electricity').map((c) => [c, t(FUELS[c].nameEn, FUELS[c].nameZh)])),
};

export const SECTOR_LABELS: Readonly<Record<string, Text>> = Object.fromEntries(
  SECTOR_IDS.map((s) => [s, t(SECTORS[s].nameEn, SECTORS[s].nameZh)]),
);

export const UNCERTAIN_INPUT_LABELS: Readonly<Record<string, Text>> = {
  ets_price: t('ETS allowance price (× path)', '全国碳市场配额价格(×路径)'),
  offset_price: t('Offset prices (× path)', '抵消产品价格(×路径)'),
  electricity_price: t('Grid electricity price (× path)', '电网电价(×路径)'),
  natural_gas_price: t('Natural gas price (× path)', '天然气价格(×路径)'),
  coal_price: t('Coal and coke prices (× path)', '煤炭与焦炭价格(×路径)'),
  pv_capex: t('PV capex (× path)', '光伏投资成本(×路径)'),
  grid_factor_decline: t('Grid factor decline (per year)', '电网排放因子年降幅'),
  residual_factor_decline: t('Residual grid factor decline (per year)', '剩余电力排放因子年降幅'),
  output_growth: t('Output growth (per year)', '产量年增长率'),
  shadow_carbon_price: t('Shadow carbon price (RMB/tCO2)', '影子碳价(元/吨CO2)'),
};

export const LOAN_SERIES = {
  drawdown: t('Drawdown', '提款'),
  balance: t('Closing balance', '期末余额'),
  principal: t('Principal repaid', '偿还本金'),
  interest: t('Interest', '利息'),
  dscr: t('DSCR', '偿债覆盖率(DSCR)'),
  target: t('DSCR target', 'DSCR目标'),
} as const;

/** The label of an id from a table, else the id. */
export function labelOf(table: Readonly<Record<string, Text>>, id: string, lang: Lang): string {
  return table[id]?.[lang] ?? id;
}

export const DISPATCH_SERIES: Readonly<Record<string, Text>> = {
  grid: t('Grid import', '电网购电'),
  pv: t('PV', '光伏'),
  wind: t('Wind', '风电'),
  discharge: t('Battery discharge', '储能放电'),
  charge: t('Battery charge', '储能充电'),
  export: t('Export', '上网电量'),
  load: t('Load', '负荷'),
};

export const TOU_BAND_LABELS: Readonly<Record<string, Text>> = {
  critical: t('Critical peak', '尖峰'),
  peak: t('Peak', '高峰'),
  flat: t('Flat', '平段'),
  valley: t('Valley', '低谷'),
};
