/**
 * A rough base-year emission estimate for an archetype factory, to check the archetype data against
 * the sector profiles it claims (electricity share, calcination share, tCO2 per t steel). Not the
 * engine's accounting (engine/accounting owns that): it uses one grid factor for the whole year and
 * the reference fuel factors, and ignores market instruments.
 */
import { FUELS, mwhPerUnit, type CarrierId } from '../reference/fuels.ts';
import { gridFactorTco2PerMwh, marketResidualFactorTco2PerMwh } from '../reference/grid-factors.ts';
import type { ProvinceId } from '../reference/provinces.ts';

export interface RoughEmissions {
  /** Final energy by carrier, MWh. */
  readonly energyMwhByCarrier: Readonly<Partial<Record<CarrierId, number>>>;
  readonly fuelTco2: number;
  readonly processTco2: number;
  readonly electricityTco2: number;
  readonly purchasedHeatTco2: number;
  readonly grossTco2: number;
}

export type RoughScope2Basis = 'market_residual' | 'location_regional';

/** The fields of an inventory energy row the estimate reads (file or parsed form). */
export interface EnergyRowLike {
  readonly carrier: CarrierId;
  readonly energyMwh?: number | undefined;
  readonly energyGj?: number | undefined;
  readonly energyTce?: number | undefined;
  readonly massT?: number | undefined;
  readonly volume10kNm3?: number | undefined;
}

/** The fields of a factory the estimate reads (file or parsed form). */
export interface FactoryLike {
  readonly province: ProvinceId;
  readonly inventory: {
    readonly energy: readonly EnergyRowLike[];
    readonly process?: readonly { readonly activity: number; readonly factorTco2PerUnit: number }[] | undefined;
  };
}

/** MWh of final energy of one inventory row. */
export function rowMwh(row: EnergyRowLike): number {
  if (row.energyMwh !== undefined) return row.energyMwh;
  if (row.energyGj !== undefined) return row.energyGj / 3.6;
  if (row.energyTce !== undefined) return row.energyTce * mwhPerUnit(row.carrier, 'tce');
  if (row.massT !== undefined) return row.massT * mwhPerUnit(row.carrier, 't');
  if (row.volume10kNm3 !== undefined) return row.volume10kNm3 * mwhPerUnit(row.carrier, '10^4 Nm3');
  return 0;
}

/** Grid factor used by the rough estimate, tCO2/MWh. */
export function roughGridFactor(province: ProvinceId, year: number, basis: RoughScope2Basis): number {
  return basis === 'market_residual'
    ? marketResidualFactorTco2PerMwh(year).valueTco2PerMwh
    : gridFactorTco2PerMwh({ level: 'regional', province, year }).valueTco2PerMwh;
}

/** Rough base-year emissions of a factory (file form). */
export function roughBaseYearEmissions(
  factory: FactoryLike,
  year = 2025,
  basis: RoughScope2Basis = 'market_residual',
): RoughEmissions {
  const energy: Partial<Record<CarrierId, number>> = {};
  for (const row of factory.inventory.energy) energy[row.carrier] = (energy[row.carrier] ?? 0) + rowMwh(row);
  let fuelTco2 = 0;
  let purchasedHeatTco2 = 0;
  for (const [carrier, mwh] of Object.entries(energy) as [CarrierId, number][]) {
    if (carrier === 'electricity') continue;
    const ef = FUELS[carrier].efTco2PerMwh?.value ?? 0;
    if (carrier === 'purchased_heat') purchasedHeatTco2 += mwh * ef;
    else fuelTco2 += mwh * ef;
  }
  const electricityTco2 = (energy.electricity ?? 0) * roughGridFactor(factory.province, year, basis);
  const processTco2 = (factory.inventory.process ?? []).reduce((s, p) => s + p.activity * p.factorTco2PerUnit, 0);
  return {
    energyMwhByCarrier: energy,
    fuelTco2,
    processTco2,
    electricityTco2,
    purchasedHeatTco2,
    grossTco2: fuelTco2 + processTco2 + electricityTco2 + purchasedHeatTco2,
  };
}
