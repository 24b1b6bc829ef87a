/**
 * The emission factors one factory's accounting needs in one year, already chosen for its
 * province, year and method. Resolving them from the reference data is `resolve-factors.ts`;
 * the arithmetic in `inventory.ts` only multiplies.
 */
import type { CarrierId } from '../data/reference/fuels.ts';

export interface YearFactors {
  readonly year: number;
  /** Direct (Scope 1) CO2 per MWh of final energy burned, by carrier; 0 for electricity, heat, hydrogen, biomass. */
  readonly fuelTco2PerMwh: Readonly<Record<CarrierId, number>>;
  /** Purchased heat/steam, Scope 2 (0.11 tCO2/GJ = 0.396 tCO2/MWh by default). */
  readonly purchasedHeatTco2PerMwh: number;
  /** Location-based grid factor for the factory's province or region in this year. */
  readonly gridLocationTco2PerMwh: number;
  /** Market-based residual factor: national average excluding market-traded non-fossil power. */
  readonly gridMarketResidualTco2PerMwh: number;
}
