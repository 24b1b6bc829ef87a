/**
 * Engine defaults, in one place. Each is our own assumption unless a source is named.
 */
import { ROOFTOP_PV_M2_PER_KWP } from './reference/published-pv-projects.ts';
import { RESIDUAL_CEILING_RMB_PER_TCO2 } from './reference/residual-ceiling.ts';

export const DEFAULT_BASE_YEAR = 2025;
export const DEFAULT_HORIZON = { startYear: 2026, endYear: 2030 } as const;

export const DEFAULT_POLICY = {
  /** Net zero after offsets. ASSUMPTION: the guidance's "零碳" read as net zero within the boundary. */
  netTargetFractionOfBase: 0,
  capPath: 'linear',
  /**
   * ASSUMPTION: offsets may cover at most 10 % of base-year gross emissions. The national guidance
   * sets no numeric cap (shared/reference/zero-carbon-factory-criteria.md: "no cap found"); 10 %
   * enforces "减排为主、抵销为辅" and is overridable per scenario.
   */
  offsetShareCapFraction: 0.1,
  /** CCER is the domestic product; international credits are opt-in (eligibility not confirmed). */
  allowedOffsetProducts: ['ccer'],
  offsetYears: 'target_year_onward',
  scope2Method: 'market',
  /**
   * 降无可降 by default: offsets may cover only what is left after every reduction up to the
   * economic ceiling (engine/optimise/residual.ts).
   */
  residual: 'economic',
  /** The economic ceiling, RMB/tCO2 (RESIDUAL_CEILING_RMB_PER_TCO2: the EU ETS price CBAM follows, an assumption). */
  residualCeilingRmbPerTco2: RESIDUAL_CEILING_RMB_PER_TCO2.value,
} as const;

export const DEFAULT_ASSUMPTIONS = {
  /** ASSUMPTION: real discount rate for industrial energy capex (a typical corporate hurdle). */
  discountRate: 0.06,
  gridFactorLevel: 'regional',
  /** ASSUMPTION: the reference projection rule, 3 %/yr (inside its 2.5–4 %/yr band, near the observed −2.4 %/yr of 2021–23). */
  gridFactorDeclinePerYear: 0.03,
  /**
   * ASSUMPTION: the market-based residual factor is held at its latest published value (0.6096, 2023): it rose
   * 4.1 % from 2022 to 2023 because green-power trading removes non-fossil power from the residual, and more
   * trading pushes it further up while a cleaner grid pushes it down. No published projection exists.
   */
  gridResidualDeclinePerYear: 0,
  /**
   * ASSUMPTION: share of annual load that on-site generation can serve without storage (PV hours
   * overlap only part of a multi-shift load profile).
   */
  selfConsumptionShareOfLoadFraction: 0.35,
  /**
   * ASSUMPTION: share of base-year Scope 1 emissions covered by free ETS allocation for covered
   * sectors (benchmark allocation; only the margin matters to decisions).
   */
  etsFreeAllocationFraction: 0.95,
} as const;

/**
 * Site area per kW(p) when a measure does not say: rooftop PV at the median density of published
 * Chinese factory arrays (9.5 m²/kWp, reference/published-pv-projects.ts); ground PV ≈ 15 m²/kW with
 * row spacing (ASSUMPTION).
 */
export const DEFAULT_AREA_M2_PER_KW = { roof: ROOFTOP_PV_M2_PER_KWP.value, land: 15 } as const;

/**
 * ASSUMPTION (measured, README "The time structure"): single-factory plans balance electricity on
 * representative days (4 seasons × working day and rest day, each day in 12 time slices of whole
 * hours); rollouts keep the annual balance for speed (engine/rollout/templates.ts).
 */
export const DEFAULT_TIME = { resolution: 'representative_days', days: 'seasonal', segmentsPerDay: 12 } as const;
