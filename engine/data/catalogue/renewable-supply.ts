/**
 * Source decarbonisation (源头减碳), on-site: rooftop and ground PV, a distributed wind turbine and
 * battery storage. Capex paths come from reference/technology.ts (`CAPEX`); PV and wind yields come
 * from the province reference (renewable-yield.ts) because no measure fixes `yieldMwhPerKwYear`.
 *
 * Units: PV is sized in kWp (module nameplate, as projects publish it and capex per W is quoted), wind in
 * kW, capex RMB per kW(p); storage in kWh, capex RMB/kWh.
 */
import type { MeasureInput } from '../schemas/scenario.ts';
import { CAPEX } from '../reference/technology.ts';
import { ROOFTOP_PV_M2_PER_KWP } from '../reference/published-pv-projects.ts';
import { OWN, referenceCapex } from './helpers.ts';

/** Land per kW of ground PV incl. row spacing against self-shading at Chinese latitudes. */
const GROUND_M2_PER_KW = 15;
/**
 * Site land a distributed turbine takes per kW: ≈3 ha per 3 MW turbine, i.e. the pad, hardstand and road
 * plus a clearance zone kept free of buildings and ground PV (≈tip-height radius, partly overlapping
 * roads and yards). Spacing between several turbines is not modelled.
 */
const WIND_M2_PER_KW = 10;
/** C&I behind-the-meter storage costs more per kWh than utility tenders (smaller lots, EPC, metering, fire safety). */
const BESS_CI_MARKUP = 1.3;

export const RENEWABLE_SUPPLY_MEASURES: MeasureInput[] = [
  {
    id: 'rooftop_pv',
    nameEn: 'Rooftop PV (C&I, self-consumption first)',
    nameZh: '屋顶分布式光伏',
    category: 'renewable_supply',
    sectors: 'all',
    sizeUnit: 'kWp',
    capexRmbPerUnit: referenceCapex('pv_rooftop_ci'),
    fixedOmRmbPerUnitYear: 40,
    lifetimeYears: 25,
    effect: { kind: 'onsite_generation', technology: 'pv', siteLimit: 'roof' },
    earliestYear: 2026,
    source:
      `Capex: technology.ts CAPEX.pv_rooftop_ci = ${CAPEX.pv_rooftop_ci.base.value} RMB/kW in 2025 (reference estimate ` +
      '2.5–3.0 RMB/W, pv_CI_rooftop_capex_2025_ESTIMATE), −2 %/yr (≈2.49 RMB/W in 2030). Yield: province reference ' +
      '(renewable-yield.ts: province reference × low-tilt roof mounting × site losses × lifetime degradation). O&M 40 ' +
      `RMB/kW/yr ≈1.5 % of capex, lifetime 25 yr (module warranties 25–30 yr): ${OWN}. Area: the site's roofM2PerKwp, else ` +
      `${ROOFTOP_PV_M2_PER_KWP.value} m²/kWp, the median of published Chinese factory arrays (published-pv-projects.ts).`,
    confidence: 'low',
  },
  {
    id: 'ground_pv',
    nameEn: 'Ground-mounted PV on factory land',
    nameZh: '厂区地面光伏',
    category: 'renewable_supply',
    sectors: 'all',
    sizeUnit: 'kWp',
    capexRmbPerUnit: referenceCapex('pv_ground'),
    fixedOmRmbPerUnitYear: 45,
    lifetimeYears: 25,
    effect: { kind: 'onsite_generation', technology: 'pv', siteLimit: 'land', areaM2PerKw: GROUND_M2_PER_KW },
    earliestYear: 2026,
    source:
      `Capex: technology.ts CAPEX.pv_ground = ${CAPEX.pv_ground.base.value} RMB/kW in 2025 (upper end of the 2,200–2,800 ` +
      'RMB/kW model range, pv_utility_capex_model_assumptions), −2 %/yr. Yield: province reference. O&M 45 RMB/kW/yr ' +
      `(fencing, vegetation), area ${GROUND_M2_PER_KW} m²/kW incl. row spacing (ground cover ratio ≈0.4 at 30–40°N): ${OWN}.`,
    confidence: 'low',
  },
  {
    id: 'onsite_wind',
    nameEn: 'On-site distributed wind turbine (分散式风电)',
    nameZh: '厂区分散式风电',
    category: 'renewable_supply',
    sectors: 'all',
    sizeUnit: 'kW',
    capexRmbPerUnit: referenceCapex('wind_onshore_distributed'),
    fixedOmRmbPerUnitYear: 100,
    lifetimeYears: 20,
    effect: { kind: 'onsite_generation', technology: 'wind', siteLimit: 'land', areaM2PerKw: WIND_M2_PER_KW },
    earliestYear: 2026,
    lumpy: { minSizeUnits: 3000, fixedCostRmb: 2_000_000 },
    source:
      `Capex: technology.ts CAPEX.wind_onshore_distributed = ${CAPEX.wind_onshore_distributed.base.value} RMB/kW (2025), ` +
      '−1.5 %/yr; turbine ≈1,600 RMB/kW ex tower (onshore_wind_turbine_price_ex_tower). Yield: province full-load hours ' +
      `(renewable-yield.ts). Lumpy: one 3 MW-class turbine is the smallest sensible build, plus ≈2 M RMB for wind ` +
      `measurement, permits (分散式风电 approval) and the grid connection (${OWN}). O&M 100 RMB/kW/yr ≈2 % of capex, ` +
      `land ${WIND_M2_PER_KW} m²/kW (≈3 ha per 3 MW turbine incl. a clearance zone free of buildings) (${OWN}).`,
    confidence: 'assumption',
  },
  {
    id: 'battery_storage',
    nameEn: 'Battery storage, 2 h LFP (behind the meter)',
    nameZh: '用户侧储能(磷酸铁锂, 2小时)',
    category: 'storage',
    sectors: 'all',
    sizeUnit: 'kWh',
    capexRmbPerUnit: referenceCapex('bess_2h', BESS_CI_MARKUP),
    fixedOmRmbPerUnitYear: 10,
    lifetimeYears: 12,
    effect: { kind: 'storage', shiftMwhPerKwhYear: 0.3 },
    earliestYear: 2026,
    source:
      `Capex: 2 h system tender average 544 RMB/kWh (Nov 2025, bess_2h_system_avg_bid) × ${BESS_CI_MARKUP} for behind-the-meter ` +
      'C&I systems, −7.1 %/yr (rate of the LBNL 650→310 RMB/kWh 2020–2030 path, bess_capex_LBNL_path; technology.ts). ' +
      `Shift 0.3 MWh/kWh/yr = one cycle a day × ≈330 days × ≈0.9 round trip (${OWN}). O&M 10 RMB/kWh/yr, lifetime 12 yr ` +
      `(≈6,000 cycles) (${OWN}).`,
    confidence: 'assumption',
  },
];
