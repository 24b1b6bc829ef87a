/**
 * What a compliance criterion can measure: the metric catalogue. Each metric says how its value is
 * obtained (computed from a plan or baseline year, or declared by the factory in
 * `factory.certification`), its value type and unit, which comparison a threshold may use, and the
 * range a threshold must lie in. Rule packs name metrics by id; a pack naming an unknown metric, a
 * wrong unit, an operator the metric does not allow or a threshold out of range is rejected.
 */
export const METRIC_IDS = [
  'renewable_electricity_share',
  'renewable_energy_share',
  'carbon_per_energy',
  'offset_share_of_gross',
  'energy_intensity_vs_advanced',
  'reduction_vs_baseline',
  'emissions_falling_3y',
  'offset_products_eligible',
  'accounting_standard',
  'scope2_method',
  'ets_compliance_3y',
  'green_factory',
  'management_systems',
  'management_plan',
  'compliance_record_3y',
  'third_party_verification',
  'public_disclosure',
  'product_footprint_disclosed',
  'product_footprint_reduction',
  'scope3_accounted',
  'revenue_growing',
  'credit_quality',
  'credits_retired_within_12_months',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type MetricValueType = 'number' | 'boolean' | 'choice' | 'list';
export type ThresholdOp = '>=' | '<=' | '>' | '==' | 'in' | 'subset_of';

export interface MetricDef {
  readonly id: MetricId;
  readonly titleEn: string;
  readonly titleZh: string;
  /** computed: from the plan's (or baseline's) year; declared: from `factory.certification`. */
  readonly source: 'computed' | 'declared';
  readonly valueType: MetricValueType;
  /** Unit of the value and of any numeric threshold. */
  readonly unit: string;
  readonly ops: readonly ThresholdOp[];
  /** Allowed range of a numeric threshold. */
  readonly range?: readonly [number, number];
  /** Allowed values of a choice or list threshold. */
  readonly choices?: readonly string[];
  /** For declared metrics: the field of `factory.certification` it reads. */
  readonly field?: string;
  /** Whether `policy.certify` can add it to the optimisation as a linear constraint. */
  readonly formulable: boolean;
}

const NUMBER_OPS = ['>=', '<=', '>'] as const;
const YES: readonly ThresholdOp[] = ['=='];

/** Accounting standards a factory may declare (ids used in `factory.certification.accountingStandard`). */
export const ACCOUNTING_STANDARDS = ['gb_t_32150', 'gb_t_32151_sector', 'mee_ets_guideline', 'iso_14064_1', 'ghg_protocol'] as const;
export const GREEN_FACTORY_LEVELS = ['national', 'provincial', 'municipal', 'none'] as const;
export const VERIFICATION_LEVELS = ['none', 'third_party', 'ceca_authorised'] as const;

const def = (d: MetricDef): MetricDef => d;

export const METRICS: Readonly<Record<MetricId, MetricDef>> = {
  renewable_electricity_share: def({
    id: 'renewable_electricity_share', titleEn: 'Renewable share of electricity use', titleZh: '可再生能源电力使用比例',
    source: 'computed', valueType: 'number', unit: 'fraction', ops: NUMBER_OPS, range: [0, 1], formulable: true,
  }),
  renewable_energy_share: def({
    id: 'renewable_energy_share', titleEn: 'Renewable share of final energy use (calorific equivalent)', titleZh: '可再生能源使用比例(当量值)',
    source: 'computed', valueType: 'number', unit: 'fraction', ops: NUMBER_OPS, range: [0, 1], formulable: true,
  }),
  carbon_per_energy: def({
    id: 'carbon_per_energy', titleEn: 'CO2 per unit of energy used', titleZh: '单位能耗碳排放',
    source: 'computed', valueType: 'number', unit: 'tCO2/tce', ops: NUMBER_OPS, range: [0, 5], formulable: true,
  }),
  offset_share_of_gross: def({
    id: 'offset_share_of_gross', titleEn: 'Offsets as a share of gross emissions', titleZh: '碳抵销量占排放总量比例',
    source: 'computed', valueType: 'number', unit: 'fraction', ops: NUMBER_OPS, range: [0, 1], formulable: true,
  }),
  energy_intensity_vs_advanced: def({
    id: 'energy_intensity_vs_advanced', titleEn: 'Energy per unit of output against the advanced value (先进值) of its limit', titleZh: '单位产品综合能耗与能耗限额先进值之比',
    source: 'computed', valueType: 'number', unit: 'ratio', ops: NUMBER_OPS, range: [0, 10], formulable: true,
  }),
  reduction_vs_baseline: def({
    id: 'reduction_vs_baseline', titleEn: 'Reduction of gross emissions against the no-measures baseline of the same year', titleZh: '较同年基准情景(无减排措施)排放降低比例',
    source: 'computed', valueType: 'number', unit: 'fraction', ops: NUMBER_OPS, range: [-1, 1], formulable: false,
  }),
  emissions_falling_3y: def({
    id: 'emissions_falling_3y', titleEn: 'Gross emissions falling over three consecutive years', titleZh: '近三年排放量逐年下降',
    source: 'computed', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  offset_products_eligible: def({
    id: 'offset_products_eligible', titleEn: 'Offset products used are eligible', titleZh: '抵销产品符合要求',
    source: 'computed', valueType: 'list', unit: 'product ids', ops: ['subset_of'], formulable: false,
  }),
  accounting_standard: def({
    id: 'accounting_standard', titleEn: 'Accounting standard declared and recognised', titleZh: '核算标准',
    source: 'declared', field: 'accountingStandard', valueType: 'choice', unit: 'standard id', ops: ['in'], choices: ACCOUNTING_STANDARDS, formulable: false,
  }),
  scope2_method: def({
    id: 'scope2_method', titleEn: 'Scope 2 accounting method', titleZh: '外购电力排放核算方法',
    source: 'computed', valueType: 'choice', unit: 'method', ops: ['in'], choices: ['market', 'location'], formulable: true,
  }),
  ets_compliance_3y: def({
    id: 'ets_compliance_3y', titleEn: 'ETS allowances surrendered for the past three years (covered sectors)', titleZh: '近三年完成碳排放配额清缴',
    source: 'declared', field: 'etsCompliance3y', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  green_factory: def({
    id: 'green_factory', titleEn: 'Green factory title held', titleZh: '绿色工厂称号',
    source: 'declared', field: 'greenFactory', valueType: 'choice', unit: 'level', ops: ['in'], choices: GREEN_FACTORY_LEVELS, formulable: false,
  }),
  management_systems: def({
    id: 'management_systems', titleEn: 'Quality, environmental, OHS and energy management systems', titleZh: '质量、环境、职业健康安全和能源管理体系',
    source: 'declared', field: 'managementSystems', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  management_plan: def({
    id: 'management_plan', titleEn: 'Management body and zero-carbon plan with targets, pathway, projects and investment', titleZh: '管理机构与零碳建设方案',
    source: 'declared', field: 'managementPlan', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  compliance_record_3y: def({
    id: 'compliance_record_3y', titleEn: 'Three-year compliance record (no serious incident, penalty or dishonesty listing; no obsolete equipment)', titleZh: '近三年合规记录',
    source: 'declared', field: 'complianceRecord3y', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  third_party_verification: def({
    id: 'third_party_verification', titleEn: 'Third-party evaluation', titleZh: '第三方评价',
    source: 'declared', field: 'verification', valueType: 'choice', unit: 'level', ops: ['in'], choices: VERIFICATION_LEVELS, formulable: false,
  }),
  public_disclosure: def({
    id: 'public_disclosure', titleEn: 'Public disclosure of emissions, reductions and offsets', titleZh: '信息公开披露',
    source: 'declared', field: 'publicDisclosure', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  product_footprint_disclosed: def({
    id: 'product_footprint_disclosed', titleEn: 'Product carbon footprint (ISO 14067 / PAS 2050 / GB/T 24040-24044) disclosed', titleZh: '产品碳足迹核算与披露',
    source: 'declared', field: 'productFootprintDisclosed', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  product_footprint_reduction: def({
    id: 'product_footprint_reduction', titleEn: 'Key-product carbon footprint reduction against the base year', titleZh: '重点产品碳足迹较基准年降低比例',
    source: 'declared', field: 'productFootprintReductionFraction', valueType: 'number', unit: 'fraction', ops: NUMBER_OPS, range: [0, 1], formulable: false,
  }),
  scope3_accounted: def({
    id: 'scope3_accounted', titleEn: 'Scope 3 emissions accounted', titleZh: '范围三排放核算',
    source: 'declared', field: 'scope3Accounted', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  revenue_growing: def({
    id: 'revenue_growing', titleEn: 'Main-business revenue growing during construction', titleZh: '建设期主营业务收入增长',
    source: 'declared', field: 'revenueGrowing', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  credit_quality: def({
    id: 'credit_quality', titleEn: 'Credits additional, permanent, without leakage or double counting, verified and issued ex post', titleZh: '碳信用质量(额外性、永久性、无重复计算、第三方核证、事后签发)',
    source: 'declared', field: 'creditQuality', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
  credits_retired_within_12_months: def({
    id: 'credits_retired_within_12_months', titleEn: 'Credits retired within 12 months of the period end', titleZh: '碳信用在报告期结束后12个月内注销',
    source: 'declared', field: 'creditsRetiredWithin12Months', valueType: 'boolean', unit: 'yes/no', ops: YES, formulable: false,
  }),
};
