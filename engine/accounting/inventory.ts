/**
 * Carbon accounting for one factory-year (path 1, 科学算碳), per the Chinese enterprise GHG
 * guidelines (GB/T 32150 family; NDRC 2013–2015 sector guidelines):
 *   fuel CO2         = activity × NCV × carbon content × oxidation × 44/12
 *                      (here: final energy MWh × tCO2/MWh, the same product folded into one factor)
 *   electricity      = purchased grid MWh × grid factor (location-based: the province/region factor;
 *                      market-based: grid MWh less green power and certificates, × the factor that
 *                      excludes market-traded non-fossil power)
 *   purchased heat   = MWh × heat factor (Scope 2)
 *   process CO2      = activity × product factor (Scope 1)
 * Scope 1 here includes process CO2 (GHG Protocol: all direct emissions); `processTco2` is the part
 * of Scope 1 that is process.
 */
import type { CarrierId } from '../data/reference/fuels.ts';
import type { EndUseId } from '../data/end-uses.ts';
import type { YearFactors } from './factors.ts';

export interface EnergyFlow {
  readonly endUse: EndUseId;
  readonly carrier: CarrierId;
  readonly energyMwh: number;
}

export interface YearActivity {
  readonly year: number;
  /** Final energy by end-use × carrier; electricity rows are grid purchases. */
  readonly energy: readonly EnergyFlow[];
  readonly processTco2: number;
  /** Green power bought through trading (绿电交易), MWh; deducted in market-based Scope 2. */
  readonly greenPowerMwh?: number;
  /** Green certificates (绿证) retired, MWh; deducted in market-based Scope 2. */
  readonly certificatesMwh?: number;
  /** Output in the factory's unit, for intensity. */
  readonly output?: number;
}

export type EmissionScope = 'scope1' | 'scope2';

export interface CarrierLine {
  readonly carrier: CarrierId;
  readonly scope: EmissionScope;
  readonly energyMwh: number;
  /** Location-based for electricity. */
  readonly emissionsTco2: number;
}

export interface YearInventory {
  readonly year: number;
  readonly scope1FuelTco2: number;
  readonly processTco2: number;
  /** Fuel combustion + process. */
  readonly scope1Tco2: number;
  readonly scope2LocationTco2: number;
  readonly scope2MarketTco2: number;
  readonly gridElectricityMwh: number;
  readonly purchasedHeatMwh: number;
  readonly byCarrier: readonly CarrierLine[];
  readonly totalLocationTco2: number;
  readonly totalMarketTco2: number;
  /** tCO2 per unit of output (market-based total), when output is known and positive. */
  readonly intensityMarketTco2PerUnit: number | null;
}

/** Sum final energy by carrier. */
export function energyByCarrier(energy: readonly EnergyFlow[]): Map<CarrierId, number> {
  const totals = new Map<CarrierId, number>();
  for (const flow of energy) totals.set(flow.carrier, (totals.get(flow.carrier) ?? 0) + flow.energyMwh);
  return totals;
}

/** Account one factory-year. Pure; linear in every activity. */
export function accountYear(activity: YearActivity, factors: YearFactors): YearInventory {
  const byCarrierEnergy = energyByCarrier(activity.energy);
  const gridMwh = byCarrierEnergy.get('electricity') ?? 0;
  const heatMwh = byCarrierEnergy.get('purchased_heat') ?? 0;
  const lines: CarrierLine[] = [];
  let scope1FuelTco2 = 0;
  for (const [carrier, energyMwh] of byCarrierEnergy) {
    const line = carrierLine(carrier, energyMwh, factors);
    lines.push(line);
    if (line.scope === 'scope1') scope1FuelTco2 += line.emissionsTco2;
  }
  const heatTco2 = heatMwh * factors.purchasedHeatTco2PerMwh;
  const greenMwh = Math.min(gridMwh, (activity.greenPowerMwh ?? 0) + (activity.certificatesMwh ?? 0));
  const scope2LocationTco2 = gridMwh * factors.gridLocationTco2PerMwh + heatTco2;
  const scope2MarketTco2 = (gridMwh - greenMwh) * factors.gridMarketResidualTco2PerMwh + heatTco2;
  const scope1Tco2 = scope1FuelTco2 + activity.processTco2;
  const totalMarketTco2 = scope1Tco2 + scope2MarketTco2;
  return {
    year: activity.year,
    scope1FuelTco2,
    processTco2: activity.processTco2,
    scope1Tco2,
    scope2LocationTco2,
    scope2MarketTco2,
    gridElectricityMwh: gridMwh,
    purchasedHeatMwh: heatMwh,
    byCarrier: lines,
    totalLocationTco2: scope1Tco2 + scope2LocationTco2,
    totalMarketTco2,
    intensityMarketTco2PerUnit:
      activity.output !== undefined && activity.output > 0 ? totalMarketTco2 / activity.output : null,
  };
}

function carrierLine(carrier: CarrierId, energyMwh: number, f: YearFactors): CarrierLine {
  if (carrier === 'electricity') {
    return { carrier, scope: 'scope2', energyMwh, emissionsTco2: energyMwh * f.gridLocationTco2PerMwh };
  }
  if (carrier === 'purchased_heat') {
    return { carrier, scope: 'scope2', energyMwh, emissionsTco2: energyMwh * f.purchasedHeatTco2PerMwh };
  }
  return { carrier, scope: 'scope1', energyMwh, emissionsTco2: energyMwh * f.fuelTco2PerMwh[carrier] };
}
