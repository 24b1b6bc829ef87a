/**
 * Technology cost and performance (sources/reference-data.md §4) with capex projection rules.
 *
 * `CAPEX` holds one base capex per technology and a yearly decline rule (our assumptions, stated per
 * item): `capex(y) = base × (1 − decline)^(y − baseYear)` for `y > baseYear`, `base` before it.
 * The found evidence behind each base (module prices, system capex, model assumptions) is kept in
 * `*_EVIDENCE` objects. Performance values (motor efficiency, compressed-air savings, heat-pump COP,
 * electric-boiler efficiency, data-centre PUE, CCUS capture cost) follow. PV and wind yields by
 * province live in `renewable-yield.ts` and are re-exported here.
 */
import { type Range, type Sourced, assumption, derived, sourced } from './sourced.ts';
import { USD_TO_RMB } from './prices.ts';

export {
  PV_REFERENCE_YIELD, PV_MOUNTING_FACTOR, PV_SITE_LOSS_FACTOR, PV_DEGRADATION_DEFAULT, WIND_FULL_LOAD_HOURS_BY_REGION,
  WIND_FULL_LOAD_HOURS_PROVINCE_OVERRIDES, pvYield, pvYieldKwhPerKwp, pvYieldMwhPerKw, pvYieldSourced, windFullLoadHours, windYieldMwhPerKw,
} from './renewable-yield.ts';

const TSINGHUA = 'https://www.chinadaily.com.cn/a/202401/08/WS659bec21a3105f21a507b285.html (Tsinghua ICN outlook)';
const PYPSA = 'https://github.com/pik-piam/PyPSA-China-PIK resources/data/costs/reference_costs/tech_costs_subset_litreview.csv';

/** Found PV price and capex figures. */
export const PV_EVIDENCE = {
  moduleTopconBidDatang2025: sourced(0.696, 'RMB/W', 2025, 'https://m24sunshine.com/china-datang-announced-a-large-scale-procurement-of-solar-photovoltaic-modules', 'high', 'Winning bids 0.692–0.705.', 'pv_module_TOPCon_bid_avg_Datang'),
  moduleTopconSpotNov2025: sourced(0.68, 'RMB/W', 2025, 'https://www.trendforce.com/price/pv/wafer (2025-11-12)', 'high', 'HJT 0.72.', 'pv_module_TOPCon_spot_Nov2025'),
  moduleTopconBidDec2025: sourced(0.752, 'RMB/W', 2025, 'https://www.energytrend.com/print/50743', 'high', 'Dec 2025 bids 0.66–0.922.', 'pv_module_TOPCon_bid_avg_Dec2025'),
  systemCapexAvg2022: sourced(4.13, 'RMB/W', 2022, TSINGHUA, 'high', 'Module 1.95 RMB/W in 2022.', 'pv_system_capex_avg_2022'),
  groundCapex2030Projection: sourced(3.17, 'RMB/W', 2030, TSINGHUA, 'medium', 'Made in 2023 assuming 1.1 RMB/W modules by 2030, already beaten: conservative.', 'pv_ground_capex_2030_projection'),
  distributedCiCapex2030Projection: sourced(2.81, 'RMB/W', 2030, TSINGHUA, 'medium', 'Conservative upper bound.', 'pv_distributed_CI_capex_2030_projection'),
  centralizedCapex2021Cpia: sourced(4.15, 'RMB/W', 2021, 'https://konferencjaskd2024.pl/31_03_11_273.html (quoting CPIA, Wang Bohua)', 'low', 'Reference grade low-medium; secondary site.', 'pv_centralized_capex_2021_CPIA'),
  utilityCapexModelRange: sourced<Range>({ low: 2200, central: 2500, high: 2800 }, 'RMB/kW', '2020-2030', PYPSA, 'medium', 'Zhu 2200, Sun 2400, Li 2800, NREL-ATB-China 2700; central = mid of range.', 'pv_utility_capex_model_assumptions'),
  distributedCapex2030ModelRange: sourced<Range>({ low: 2400, central: 2800, high: 3500 }, 'RMB/kW', 2030, PYPSA, 'medium', 'Zhu 2500, Sun 2400, Li 2800, NREL 3500.', 'pv_distributed_capex_model_assumptions'),
} as const;

/** Found wind figures. */
export const WIND_EVIDENCE = {
  turbinePriceExTower2025: sourced(1600, 'RMB/kW', 2025, 'https://www.yuantalks.com/chinas-wind-power-industry-breaks-free-from-involution-style-competition-prices-stabilize-for-over-half-a-year (Citic Securities)', 'medium', '">1,600"; floor >1,400 since Nov 2024; some bids >2,000.', 'onshore_wind_turbine_price_ex_tower'),
  onshoreCapex2030ModelRange: sourced<Range>({ low: 4200, central: 5000, high: 5800 }, 'RMB/kW', 2030, PYPSA, 'medium', 'Zhu 4300, Sun 5600, NREL 4200, Li 5800, LBNL 5100.', 'onshore_wind_capex_model_assumptions'),
} as const;

/** Found storage and hydrogen figures. */
export const STORAGE_H2_EVIDENCE = {
  bess2hSystemBid2025: sourced(544, 'RMB/kWh', 2025, 'http://m.chddoor.cn/djgc/202512/526513.html', 'high', '0.544 RMB/Wh, Nov 2025; range 0.478–0.700; 29 GWh tendered.', 'bess_2h_system_avg_bid'),
  bessLbnlPath: sourced({ y2020: 650, y2030: 310 }, 'RMB/kWh', '2020-2030', `${PYPSA} (LBNL 2035 study)`, 'medium', undefined, 'bess_capex_LBNL_path'),
  electrolyserAlkalineChina2022: sourced(343, 'USD/kW', 2022, 'https://www.hydrogeninsight.com/news/2-1-1429420 (CICC/BNEF)', 'medium', 'Western ≈1,200 USD/kW.', 'electrolyser_alkaline_China'),
} as const;

export const CAPEX_IDS = [
  'pv_rooftop_ci', 'pv_ground', 'wind_onshore_distributed', 'bess_2h', 'electrolyser_alkaline', 'heat_pump_industrial', 'electric_boiler',
] as const;
export type CapexId = (typeof CAPEX_IDS)[number];

export interface CapexSpec {
  id: CapexId;
  nameEn: string;
  /** Base capex; unit RMB/kW (RMB/kWh for storage, RMB/kW_th for heat). */
  base: Sourced;
  baseYear: number;
  /** Yearly fractional decline (learning), our assumption unless stated. */
  declineRatePerYear: Sourced;
}

const decline = (v: number, note: string): Sourced => assumption(v, 'fraction/yr', '2026+', note);
const LBNL_DECLINE = 1 - (310 / 650) ** (1 / 10);
const ELECTROLYSER_DECLINE = 1 - 0.5 ** (1 / 8);

/** Base capex and decline rule per technology. */
export const CAPEX: Readonly<Record<CapexId, CapexSpec>> = {
  pv_rooftop_ci: { id: 'pv_rooftop_ci', nameEn: 'C&I rooftop PV', baseYear: 2025,
    base: assumption(2750, 'RMB/kW', 2025, 'Reference estimate 2.5–3.0 RMB/W: modules 0.68–0.75 (found) + inverter/BOS/install 1.8–2.2 (assumed); consistent with model inputs 2.4–2.8. Mid value.', 'pv_CI_rooftop_capex_2025_ESTIMATE'),
    declineRatePerYear: decline(0.02, 'Reference estimate ≈−2 %/yr, giving ≈2.49 RMB/W in 2030, inside its 2.2–2.6 band; Tsinghua 2.81 is an upper bound.') },
  pv_ground: { id: 'pv_ground', nameEn: 'Ground-mounted PV on factory land', baseYear: 2025,
    base: assumption(2800, 'RMB/kW', 2025, 'Upper end of the 2,200–2,800 RMB/kW model range: structures, land works and grid connection; Tsinghua projects ground above distributed.'),
    declineRatePerYear: decline(0.02, 'Same as rooftop PV.') },
  wind_onshore_distributed: { id: 'wind_onshore_distributed', nameEn: 'Distributed onshore wind', baseYear: 2025,
    base: assumption(5000, 'RMB/kW', 2025, 'Mid of the 4,200–5,800 RMB/kW (2030) model range, applied to 2025 because small distributed projects lack utility-scale economies; turbines ≈1,600 RMB/kW ex tower (found).'),
    declineRatePerYear: decline(0.015, 'Turbine prices have stabilised after the price war; slow learning.') },
  bess_2h: { id: 'bess_2h', nameEn: 'Battery storage, 2 h (LFP)', baseYear: 2025,
    base: STORAGE_H2_EVIDENCE.bess2hSystemBid2025,
    declineRatePerYear: decline(LBNL_DECLINE, '1 − (310/650)^(1/10) ≈ 7.1 %/yr: the LBNL 2020→2030 path\'s rate applied from the 2025 market bid. Small C&I systems cost more than utility tenders.') },
  electrolyser_alkaline: { id: 'electrolyser_alkaline', nameEn: 'Alkaline electrolyser', baseYear: 2022,
    base: derived(343 * USD_TO_RMB.value, 'RMB/kW', 2022, 'https://www.hydrogeninsight.com/news/2-1-1429420 (CICC/BNEF)', '343 USD/kW × 7.2 RMB/USD (FX assumption).'),
    declineRatePerYear: decline(ELECTROLYSER_DECLINE, '1 − 0.5^(1/8) ≈ 8.3 %/yr: cost halves 2022→2030 (reference outlook, low-medium).') },
  heat_pump_industrial: { id: 'heat_pump_industrial', nameEn: 'Industrial heat pump (80–150 °C)', baseYear: 2025,
    base: assumption(2500, 'RMB/kW_th', 2025, 'NOT FOUND (reference gap: China heat-pump costs). Placeholder-grade engineering estimate incl. installation; replace with quotes.'),
    declineRatePerYear: decline(0.02, 'Placeholder learning rate.') },
  electric_boiler: { id: 'electric_boiler', nameEn: 'Electric (electrode/resistive) boiler', baseYear: 2025,
    base: assumption(300, 'RMB/kW_th', 2025, 'NOT FOUND (reference gap). Placeholder-grade engineering estimate for MW-scale electrode boilers; replace with quotes.'),
    declineRatePerYear: decline(0, 'Mature technology.') },
};

/** Capex of `id` in `year`, in `CAPEX[id].base.unit`. */
export function capexInYear(id: CapexId, year: number): number {
  const s = CAPEX[id];
  return year <= s.baseYear ? s.base.value : s.base.value * (1 - s.declineRatePerYear.value) ** (year - s.baseYear);
}

/** Capex path of `id` over `years`, in `CAPEX[id].base.unit`. */
export function capexPath(id: CapexId, years: readonly number[]): Record<number, number> {
  return Object.fromEntries(years.map((y) => [y, capexInYear(id, y)]));
}

const MOTOR_SRC = 'https://www.chaxiaohao.com/read-1751067589l3439678.html (GB 18613-2020)';
/** Motor efficiency classes (200 kW example) and the electricity saved by IE3 → IE4. */
export const MOTOR_EFFICIENCY = {
  ie3Fraction200kw: sourced(0.953, 'fraction', 2020, MOTOR_SRC, 'medium', 'IE3 is the minimum (GB 18613-2020); 200 kW example.', 'motor_min_efficiency_std'),
  ie4Fraction200kw: sourced(0.96, 'fraction', 2020, MOTOR_SRC, 'medium', 'IE4 = energy-saving level; 200 kW example.', 'motor_min_efficiency_std'),
  ie3ToIe4SavingShare: derived(1 - 0.953 / 0.96, 'fraction of motor input electricity', 2020, MOTOR_SRC,
    '1 − 0.953/0.960 ≈ 0.73 %. Losses fall 0.7/4.7 ≈ 15 % (the reference says 17.5 %, which this arithmetic does not reproduce).'),
} as const;

/** Compressed air: share of industrial electricity and savings from optimisation. */
export const COMPRESSED_AIR = {
  shareOfIndustrialElectricityUs: sourced(0.1, 'fraction', '(US)', 'https://energyright.com/esource/compressed-air-systems/ (US DOE)', 'high', 'US figure; reference gives 10 %.', 'compressed_air_share_ind_electricity'),
  optimisationSavingsUs: sourced<Range>({ low: 0.2, central: 0.35, high: 0.5 }, 'fraction of compressed-air electricity', '(US)', 'https://www.poweronline.com/doc/department-of-energy-announces-the-compressed-0001 (US DOE)', 'medium', '20–50 %; leaks often 20–30 % of output.', 'compressed_air_optimisation_savings'),
  chinaWastedShare: sourced(0.34, 'fraction', 2018, 'http://www.fooens.com/technical/4883 (citing 中国能源基础与标准化委员会)', 'low', 'Reference grade low-medium. Compressed air 6–9 % of national generation (~420 TWh, 2018); +1 bar → +4–8 % energy.', 'compressed_air_China'),
  savingShareDefault: assumption(0.3, 'fraction of compressed-air electricity', 2025, 'Lower half of the DOE 20–50 % range: not every measure applies at every site, though Chinese systems waste ≈34 %.'),
} as const;

/** Coefficient of performance of an industrial heat pump: `carnotFraction × T_sink / (T_sink − T_source)` (kelvin). */
export function heatPumpCop(sinkC: number, sourceC: number, carnotFraction = 0.5): number {
  if (!(sinkC > sourceC)) throw new RangeError(`heat pump: sink ${sinkC} °C must be above source ${sourceC} °C`);
  const sinkK = sinkC + 273.15;
  return (carnotFraction * sinkK) / (sinkC - sourceC);
}

/** Heat-pump COP defaults by temperature band (reference estimates, our assumptions). */
export const HEAT_PUMP_COP = {
  sink80to100C: assumption<Range>({ low: 3, central: 3.5, high: 4 }, 'COP', '-', 'Reference estimate: 0.45–0.55 × Carnot at an 80–100 °C sink. Check Jiang et al., RSER 161 (2022) 112106; IEA HPT Annex 58.', 'industrial_heat_pump_COP_ESTIMATE'),
  steam120to150C: assumption<Range>({ low: 2, central: 2.2, high: 2.5 }, 'COP', '-', 'Reference estimate: 120–150 °C steam from a 40–60 °C waste-heat source.', 'industrial_heat_pump_COP_ESTIMATE'),
  carnotFraction: assumption<Range>({ low: 0.45, central: 0.5, high: 0.55 }, 'fraction of Carnot COP', '-', 'Reference estimate used for heatPumpCop().'),
} as const;

/** Electric boiler efficiency (reference estimate). */
export const ELECTRIC_BOILER_EFFICIENCY: Sourced<Range> = assumption({ low: 0.95, central: 0.97, high: 0.99 }, 'fraction', '-',
  'Engineering norm for resistive and electrode boilers (reference estimate; not found in a source).', 'electric_boiler_efficiency_ESTIMATE');

const PUE_SRC = 'http://bestofkualalumpur.com/xw/schj/1547588.html (4-ministry data-centre green action plan); http://tanpaifang.com/tanguihua/2023/0412/96261_3.html';
/** Data-centre PUE targets and levels. */
export const DATA_CENTRE_PUE = {
  nationalAverageTargetEnd2025: sourced(1.5, 'PUE (upper bound)', 2025, PUE_SRC, 'high', 'Average PUE below 1.5 by end 2025.', 'datacentre_PUE_targets'),
  newLargeTarget: sourced(1.3, 'PUE (upper bound)', 2025, PUE_SRC, 'high', 'New large and hyperscale data centres ≤1.3.', 'datacentre_PUE_targets'),
  hubNodeTarget: sourced(1.25, 'PUE (upper bound)', 2025, PUE_SRC, 'high', 'National hub nodes ≤1.25.', 'datacentre_PUE_targets'),
  nationalAverage2021: sourced(1.49, 'PUE', 2021, PUE_SRC, 'high', undefined, 'datacentre_PUE_targets'),
  greenDataCentresAverage: sourced(1.2, 'PUE', 2024, PUE_SRC, 'high', '246 green data centres, average ≈1.2.', 'datacentre_PUE_targets'),
} as const;

const CCUS_SRC = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9730147 (Yang et al., iScience 2022)';
/** CO2 capture cost (second generation, coal power); excludes transport and storage. */
export const CCUS_CAPTURE_COST = {
  around2030RmbPerTco2: sourced(219, 'RMB/tCO2', 2030, CCUS_SRC, 'medium', 'Reference: "219 → 165" over 2030–2031; coal-power capture only; excludes transport and storage.', 'CCUS_capture_cost_2nd_gen'),
  laterRmbPerTco2: sourced(165, 'RMB/tCO2', 2031, CCUS_SRC, 'medium', 'Second value of the same row; excludes transport and storage.', 'CCUS_capture_cost_2nd_gen'),
} as const;
