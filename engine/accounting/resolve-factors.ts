/**
 * Choose the emission factors for one factory-year from the reference data and the scenario's
 * overrides: the location-based grid factor at the scenario's level (national, regional or
 * provincial) with its projection rule, the market-based residual factor, and fuel factors.
 */
import { CARRIER_IDS, carrierEfTco2PerMwh, type CarrierId } from '../data/reference/fuels.ts';
import { gridFactorTco2PerMwh, marketResidualFactorTco2PerMwh } from '../data/reference/grid-factors.ts';
import type { Assumptions, Factory } from '../data/schemas/scenario.ts';
import type { YearFactors } from './factors.ts';

/** Direct CO2 per MWh for every carrier; electricity and purchased heat are Scope 2 (0 here). */
export const FUEL_TCO2_PER_MWH: Readonly<Record<CarrierId, number>> = Object.fromEntries(
  CARRIER_IDS.map((c) => [c, c === 'electricity' || c === 'purchased_heat' ? 0 : carrierEfTco2PerMwh(c)]),
) as Record<CarrierId, number>;

export const PURCHASED_HEAT_TCO2_PER_MWH = carrierEfTco2PerMwh('purchased_heat');

export interface ResolvedYearFactors {
  readonly factors: YearFactors;
  /** How the grid factors were obtained (published, projected, fallback), for reports. */
  readonly gridNote: string;
}

export function resolveYearFactors(
  factory: Pick<Factory, 'province'>,
  assumptions: { readonly gridFactor: Pick<Assumptions['gridFactor'], 'level' | 'declineRatePerYear' | 'residualDeclineRatePerYear' | 'locationTco2PerMwh' | 'marketResidualTco2PerMwh'> },
  year: number,
): ResolvedYearFactors {
  const g = assumptions.gridFactor;
  const locationOverride = g.locationTco2PerMwh?.[year];
  const marketOverride = g.marketResidualTco2PerMwh?.[year];
  const decline = g.declineRatePerYear;
  const location =
    locationOverride ??
    gridFactorTco2PerMwh({ level: g.level, province: factory.province, year, declineRatePerYear: decline }).valueTco2PerMwh;
  const market = marketOverride ?? marketResidualFactorTco2PerMwh(year, g.residualDeclineRatePerYear).valueTco2PerMwh;
  const gridNote =
    locationOverride !== undefined
      ? 'location factor from the scenario'
      : gridFactorTco2PerMwh({ level: g.level, province: factory.province, year, declineRatePerYear: decline }).note;
  return {
    factors: {
      year,
      fuelTco2PerMwh: FUEL_TCO2_PER_MWH,
      purchasedHeatTco2PerMwh: PURCHASED_HEAT_TCO2_PER_MWH,
      gridLocationTco2PerMwh: location,
      gridMarketResidualTco2PerMwh: market,
    },
    gridNote,
  };
}
