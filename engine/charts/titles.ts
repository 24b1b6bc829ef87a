/** Chart titles and axis titles (with units) in English and Chinese. */
import type { Text } from './theme.ts';

const t = (en: string, zh: string): Text => ({ en, zh });

export const TITLES = {
  emissions_pathway: t('Emissions pathway', '排放路径'),
  abatement_wedges: t('Abatement wedges against the baseline', '相对基准情景的减排楔形图'),
  capex_by_year: t('Capital expenditure by year', '分年度投资'),
  energy_mix: t('Energy mix', '能源结构'),
  mac_curve: t('Marginal abatement cost curve', '边际减排成本曲线'),
  cost_waterfall: t('Cost build-up over the horizon', '规划期成本构成'),
  mc_fan: t('Monte Carlo range (P5–P95, median)', '蒙特卡洛模拟区间(P5–P95,中位数)'),
  mc_histogram: t('Distribution of total cost', '总成本分布'),
  tornado: t('Sensitivity (tornado)', '敏感性分析(龙卷风图)'),
  rollout_pathway: t('Sector net emissions', '行业净排放路径'),
  plan_comparison: t('Plan comparison', '方案比较'),
  loan_schedule: t('Loan schedule and debt service coverage', '贷款计划与偿债覆盖率'),
  dispatch: t('Hourly dispatch on a representative day', '典型日逐时电力平衡'),
  plan_vs_actual: t('Plan vs actual emissions', '计划与实际排放对比'),
  stochastic_cost: t('Cost across scenarios: stochastic vs deterministic plan', '各情景成本:随机规划方案与确定性方案'),
} as const;

export const UNITS = {
  year: t('Year', '年份'),
  emissionsTco2: t('Emissions (tCO2/yr)', '排放量(吨CO2/年)'),
  avoidedTco2: t('Emissions and abatement (tCO2/yr)', '排放量与减排量(吨CO2/年)'),
  netTco2: t('Net emissions (tCO2/yr)', '净排放(吨CO2/年)'),
  varianceTco2: t('Variance against the plan (tCO2/yr)', '相对计划的偏差(吨CO2/年)'),
  capexMrmb: t('Capex (million RMB)', '投资(百万元)'),
  energyMwh: t('Final energy (MWh/yr)', '终端能源(兆瓦时/年)'),
  cumulativeAbatement: t('Cumulative abatement potential (tCO2/yr)', '累计减排潜力(吨CO2/年)'),
  macCost: t('Abatement cost (RMB/tCO2)', '减排成本(元/吨CO2)'),
  costMrmb: t('Cost, undiscounted (million RMB)', '成本,未折现(百万元)'),
  costByYearMrmb: t('Cost (million RMB/yr)', '成本(百万元/年)'),
  totalCostMrmb: t('Total discounted cost (million RMB)', '折现总成本(百万元)'),
  draws: t('Draws', '抽样次数'),
  cumulativeProbability: t('Cumulative probability', '累积概率'),
  deltaCostMrmb: t('Change in total cost from base (million RMB)', '总成本相对基准变化(百万元)'),
  deltaShadowPrice: t('Change in carbon shadow price from base (RMB/tCO2)', '影子碳价相对基准变化(元/吨CO2)'),
  input: t('Input', '输入参数'),
  run: t('Run', '方案'),
  shadowPrice: t('Carbon shadow price (RMB/tCO2)', '影子碳价(元/吨CO2)'),
  offsetsTco2: t('Offsets over the horizon (tCO2)', '规划期抵消量(吨CO2)'),
  targetNetTco2: t('Net emissions in target year (tCO2)', '目标年净排放(吨CO2)'),
  totalCapexMrmb: t('Capex over the horizon (million RMB)', '规划期总投资(百万元)'),
  loanMrmb: t('Amount (million RMB)', '金额(百万元)'),
  dscr: t('DSCR (×)', '偿债覆盖率(倍)'),
  category: t('Category', '类别'),
  hourOfDay: t('Hour of day', '时刻'),
  powerMw: t('Power (MW)', '功率(兆瓦)'),
  stateOfChargeMwh: t('Battery state of charge (MWh)', '储能荷电量(兆瓦时)'),
  tariffBand: t('Tariff band', '分时电价时段'),
} as const;
