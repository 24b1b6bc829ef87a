/**
 * Process CO2 factors (non-combustion emissions by product) and related sector context.
 *
 * From sources/reference-data.md §3. Process factors cover calcination, reduction and electrode or
 * anode consumption only; fuel combustion and electricity are accounted separately (fuels.ts,
 * grid-factors.ts). The national zero-carbon-factory guidance counts CO2 only, so the aluminium PFC
 * factor (CO2e) is flagged `gas: 'PFC'` and kept apart.
 */
import { type Range, type Sourced, assumption, derived, sourced } from './sourced.ts';

export const PROCESS_IDS = [
  'cement_clinker',
  'lime',
  'glass',
  'steel_eaf',
  'steel_bof_increment',
  'limestone_calcination',
  'dolomite_calcination',
  'aluminium_anode',
  'aluminium_pfc',
] as const;
export type ProcessId = (typeof PROCESS_IDS)[number];

export interface ProcessFactor {
  id: ProcessId;
  nameZh: string;
  nameEn: string;
  /** Product or material the factor is per. */
  perUnit: string;
  gas: 'CO2' | 'PFC';
  /** Factor in tCO2 (or tCO2e for PFC) per unit of product. */
  factor: Sourced;
}

const CV = 'https://github.com/ClimateView/transition-element-framework markdown/5-resources/1-data/definitions/parameters';
const CODE = 'a public GitHub code table (repository not recorded): emission-factor test file';
const AL = 'http://www.shanshuisiyin.cn/ShowNews1.aspx?id=452210 (futures research citing the MEE aluminium guideline draft)';

const pf = (id: ProcessId, nameZh: string, nameEn: string, perUnit: string, gas: 'CO2' | 'PFC', factor: Sourced): ProcessFactor =>
  ({ id, nameZh, nameEn, perUnit, gas, factor });

/** Process emission factors by process. */
export const PROCESS_FACTORS: Readonly<Record<ProcessId, ProcessFactor>> = {
  cement_clinker: pf('cement_clinker', '熟料煅烧', 'Cement clinker calcination', 't clinker', 'CO2',
    sourced(0.52, 'tCO2/t clinker', 2006, `${CV}/emission_factor_limestone_calcination_clinker_production.md (IPCC 2006 V3 Ch2 p2.11)`, 'high',
      'Calcination only, incl. CKD adjustment; excludes fuel.', 'IPCC_clinker_EF')),
  lime: pf('lime', '石灰生产', 'Lime production', 't lime', 'CO2',
    sourced(0.768, 'tCO2/t lime', 2006, `${CV}/emission_factor_limestone_calcination_lime_production.md (IPCC 2006 p2.22)`, 'high',
      'Incl. LKD adjustment (high-calcium lime 0.75 before LKD).', 'IPCC_lime_EF')),
  glass: pf('glass', '玻璃生产', 'Glass production', 't glass', 'CO2',
    sourced(0.1, 'tCO2/t glass', 2006, `${CV}/emission_factor_calcination_for_glass_production.md (IPCC 2006 Eq 2.13)`, 'medium',
      'Tier 1, assumes 50 % cullet; process only, melting fuel excluded.', 'IPCC_glass_EF')),
  steel_eaf: pf('steel_eaf', '电弧炉炼钢(电极)', 'Electric-arc-furnace steel (electrodes)', 't steel', 'CO2',
    sourced(0.08, 'tCO2/t steel', 2006, `${CV}/emission_factor_electric_arc_furnace_for_steel_production.md (IPCC Table 4.1)`, 'high',
      'Process/electrode only; excludes electricity.', 'IPCC_EAF_process_EF')),
  steel_bof_increment: pf('steel_bof_increment', '转炉炼钢(增量)', 'Basic-oxygen-furnace steel (increment over pig iron)', 't steel', 'CO2',
    sourced(0.11, 'tCO2/t steel', 2006, `${CV}/emission_factor_basic_oxygen_furnace_for_steel_production.md (IPCC Table 4.1)`, 'medium',
      'IPCC BOF 1.46 minus pig iron 1.35; the BF-BOF route process total is about 1.46 tCO2/t.', 'IPCC_BOF_increment_EF')),
  limestone_calcination: pf('limestone_calcination', '石灰石分解', 'Limestone (CaCO3) calcination', 't CaCO3', 'CO2',
    sourced(0.4397, 'tCO2/t CaCO3', '-', CODE, 'high', 'Stoichiometric 44/100 = 0.44.', 'limestone_calcination_EF')),
  dolomite_calcination: pf('dolomite_calcination', '白云石分解', 'Dolomite calcination', 't dolomite', 'CO2',
    sourced(0.4743, 'tCO2/t dolomite', '-', CODE, 'high', 'Same file as the limestone factor (reference note on limestone_calcination_EF).')),
  aluminium_anode: pf('aluminium_anode', '电解铝阳极消耗', 'Aluminium smelting anode consumption', 't Al', 'CO2',
    sourced(1.424, 'tCO2/t Al', 2024, AL, 'medium', 'Default of the MEE aluminium guideline draft; the source labels it tCO2e, but anode consumption emits CO2 only.', 'aluminium_anode_consumption_EF')),
  aluminium_pfc: pf('aluminium_pfc', '电解铝阳极效应(PFC)', 'Aluminium anode effect (PFC)', 't Al', 'PFC',
    sourced(0.1454, 'tCO2e/t Al', 2024, AL, 'medium', 'Non-CO2 (PFC); outside the CO2-only national guidance, inside CO2e group standards.')),
};

/** Process CO2 per unit of product for a process. */
export function processFactorTco2PerUnit(id: ProcessId): number {
  return PROCESS_FACTORS[id].factor.value;
}

/** Sector context values from §3 (not factors to multiply activity by). */
export const PROCESS_CONTEXT = {
  chinaCement2020Tco2: sourced(14.29e8, 'tCO2', 2020, 'https://www.ccement.com/project/ccementcarbon', 'medium',
    'Cement-sector CO2 2020; clinker 15.8e8 t, cement 23.95e8 t.', 'china_cement_2020_CO2'),
  chinaClinkerIntensity2020Tco2PerT: derived(14.29 / 15.8, 'tCO2/t clinker', 2020, 'https://www.ccement.com/project/ccementcarbon',
    '14.29e8 tCO2 / 15.8e8 t clinker ≈ 0.90 (total sector CO2 per t clinker, incl. fuel).'),
  clinkerCalcinationShare: assumption(0.52 / (14.29 / 15.8), 'fraction', 2020,
    'Reference estimate: 0.52 t/t calcination ÷ ≈0.90 t/t total ≈ 0.57 (range 0.55–0.60).'),
  aluminiumEtsBenchmarkAnalyst: sourced(9.264, 'tCO2e/t Al', 2024, AL, 'low', 'Analyst estimate of the allocation benchmark incl. electricity; range 9–9.5.', 'aluminium_ETS_benchmark_ESTIMATE_by_analyst'),
  aluminiumElectrolysisKwhPerT: sourced<Range>({ low: 13000, central: 13350, high: 13500 }, 'kWh/t Al', '-', 'NOT FOUND in a readable source', 'low',
    'Commonly cited 能效标杆 13,000 / 基准 13,350 kWh/t (AC); not verified.', 'aluminium_electrolysis_electricity'),
  steelEafShareChina: sourced(0.097, 'fraction of crude steel', 2022, 'http://thebraincenter.net/News/Details/318672 (CISA vice-chair Luo Tiejun)', 'high',
    'Reference gives 9.7 %. World average ≈30 %; CISA expects >30 % by 2035.', 'steel_EAF_share_China'),
  steelBfBofTco2PerT: sourced<Range>({ low: 1.8, central: 1.9, high: 2.0 }, 'tCO2/t crude steel', '~2022', 'https://gitnux.org/sustainability-in-the-steel-industry-statistics', 'low',
    'Aggregator site; site total incl. fuel. A hanspub paper gives 1.15 (process boundary only).', 'steel_BFBOF_vs_EAF_intensity'),
  steelScrapEafTco2PerT: sourced<Range>({ low: 0.4, central: 0.5, high: 0.6 }, 'tCO2/t crude steel', '~2022', 'https://gitnux.org/sustainability-in-the-steel-industry-statistics', 'low',
    'Aggregator site; incl. electricity. A hanspub paper gives 0.05 (process boundary only).', 'steel_BFBOF_vs_EAF_intensity'),
  bfBofFuelShareOfSiteCo2: assumption<Range>({ low: 0.7, central: 0.75, high: 0.8 }, 'fraction', '-',
    'Reference estimate: BF-BOF ≈70–80 % of site CO2 from coke/coal; general engineering value, not sourced.'),
} as const;
