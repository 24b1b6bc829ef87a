/**
 * Chinese corporate income tax (企业所得税) rules the bank-grade cash flow applies: the standard and
 * high-tech rates, loss carry-forward, minimum depreciation years and the special-equipment credit.
 * Rates are fractions (0.25 = 25 %).
 */
import { type Sourced, sourced } from './sourced.ts';

const CIT_LAW = '中华人民共和国企业所得税法 (adopted 2007-03-16, amended 2017-02-24 and 2018-12-29), http://www.npc.gov.cn/npc/c2/c30834/201901/t20190111_211226.html';
const CIT_REGS = '中华人民共和国企业所得税法实施条例 (国务院令第512号, 2007; amended 2019 and 2024)';

/** Standard CIT rate: Art. 4. */
export const CIT_STANDARD_RATE: Sourced = sourced(0.25, 'fraction of taxable income', 2018, `${CIT_LAW}, Art. 4`, 'high', '企业所得税的税率为25%.');

/** High and new technology enterprises (高新技术企业) the state supports: Art. 28. */
export const CIT_HIGH_TECH_RATE: Sourced = sourced(0.15, 'fraction of taxable income', 2018, `${CIT_LAW}, Art. 28`, 'high', '国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税 (needs the 高新技术企业 certificate).');

/** Years a tax loss may be carried forward: Art. 18. */
export const LOSS_CARRY_FORWARD_YEARS: Sourced = sourced(5, 'years', 2018, `${CIT_LAW}, Art. 18`, 'high', '亏损可以用以后年度的所得弥补，但结转年限最长不得超过五年.');

/** High-tech enterprises carry losses forward 10 years (from tax year 2018). */
export const LOSS_CARRY_FORWARD_YEARS_HIGH_TECH: Sourced = sourced(10, 'years', 2018,
  '财政部 税务总局 关于延长高新技术企业和科技型中小企业亏损结转年限的通知 (财税〔2018〕76号)', 'high',
  'Losses of a high-tech enterprise from the five years before it qualified may be carried forward up to 10 years.');

/** Special-equipment credit: 10 % of the investment credited against the CIT payable (Art. 34; Regs Art. 100). */
export const SPECIAL_EQUIPMENT_CREDIT_FRACTION: Sourced = sourced(0.1, 'fraction of the equipment investment', 2007, `${CIT_LAW}, Art. 34; ${CIT_REGS}, Art. 100`, 'high',
  'Investment in environmental-protection, energy- and water-saving or safety equipment in the official catalogues: 10 % credited against the year\'s CIT payable; any excess is carried forward up to 5 tax years. The equipment must be used by the taxpayer itself (transfer or lease within 5 years claws the credit back).');

/** Years an unused special-equipment credit is carried forward (Regs Art. 100). */
export const SPECIAL_EQUIPMENT_CREDIT_CARRY_YEARS: Sourced = sourced(5, 'years', 2007, `${CIT_REGS}, Art. 100`, 'high', '当年不足抵免的，可以在以后5个纳税年度结转抵免.');

/** The catalogues of qualifying equipment (a citation, not a number). */
export const SPECIAL_EQUIPMENT_CATALOGUE = {
  title: '节能节水专用设备企业所得税优惠目录（2017年版）; 环境保护专用设备企业所得税优惠目录（2017年版）',
  year: 2017,
  source: '财政部 税务总局 国家发展改革委 工业和信息化部 环境保护部 关于印发节能节水和环境保护专用设备企业所得税优惠目录（2017年版）的通知 (财税〔2017〕71号)',
  note: 'Lists equipment classes with efficiency thresholds: medium/small three-phase motors, permanent-magnet motors, air compressors, pumps and fans, chillers and heat pumps, industrial and waste-heat boilers, among others. Rooftop PV and batteries are not listed. Check that no later edition supersedes it before relying on the credit.',
} as const;

/**
 * Catalogue measures whose equipment falls under a class of the 2017 energy-saving equipment
 * catalogue. ASSUMPTION (lingtan): mapped by equipment class (motors; variable-speed drives with
 * their motors; air compressors; waste-heat boilers and exchangers; chillers; heat pumps); PV,
 * storage, lighting, software and process routes are left out; qualifying also needs the model's
 * efficiency grade on the list. A scenario may replace the list
 * (`finance.tax.equipmentCredit.eligibleMeasures`).
 */
export const SPECIAL_EQUIPMENT_MEASURES: readonly string[] = [
  'motor_ie5_upgrade', 'vsd_retrofit', 'compressed_air_optimisation', 'waste_heat_recovery', 'hvac_chiller_upgrade',
  'heat_pump_low_temp', 'heat_pump_steam', 'dc_cooling_upgrade', 'cleanroom_hvac_upgrade',
];

/**
 * Minimum tax depreciation years for machinery and production equipment (Regs Art. 60(2): 10 years);
 * a measure depreciates over the longer of its catalogue lifetime and this floor.
 */
export const MIN_DEPRECIATION_YEARS_EQUIPMENT: Sourced = sourced(10, 'years', 2007, `${CIT_REGS}, Art. 60(2)`, 'high',
  '飞机、火车、轮船、机器、机械和其他生产设备，为10年. (Vehicles 4 years and electronic equipment 3 years are shorter; applying 10 to every measure is conservative.)');
