/**
 * Marginal abatement cost (MAC) curve of a factory in its target year: for each applicable measure,
 * its levelised cost per tonne avoided (annualised capex + O&M − energy cost saved, per tCO2) and
 * its abatement potential at the largest size the site allows (tCO2/yr). Each measure is valued
 * alone against the baseline energy mix (no interactions): a screening view, not the optimum.
 */
import type { CarrierId } from '../data/reference/fuels.ts';
import type { Measure } from '../data/schemas/scenario.ts';
import { capitalRecoveryFactor } from '../formulation/economics.ts';
import type { FactoryData } from '../formulation/factory-data.ts';
import { sizeUpperBound } from '../formulation/potential.ts';
import type { MacPoint } from '../results/types.ts';

interface Delta {
  /** Change of yearly energy and other running costs per unit of size, RMB (negative = saving). */
  readonly runningRmb: number;
  /** tCO2 avoided per unit of size per year. */
  readonly abatedTco2: number;
}

export function macCurve(data: FactoryData): MacPoint[] {
  const y = data.targetYear;
  const points: MacPoint[] = [];
  for (const m of data.measures) {
    const d = perUnitDelta(data, m, y);
    if (d === null || d.abatedTco2 <= 1e-12) continue;
    const annualisedRmb = capitalRecoveryFactor(data.discountRate, m.lifetimeYears) * (m.capexRmbPerUnit[y] ?? 0) + m.fixedOmRmbPerUnitYear;
    const size = m.effect.kind === 'green_purchase' ? gridUse(data, y) : sizeUpperBound(data, m, y);
    if (!Number.isFinite(size) || size <= 0) continue;
    points.push({
      measureId: m.id,
      nameEn: m.nameEn,
      nameZh: m.nameZh,
      category: m.category,
      costRmbPerTco2: (annualisedRmb + d.runningRmb) / d.abatedTco2,
      abatementTco2PerYear: d.abatedTco2 * size,
    });
  }
  return points.sort((a, b) => a.costRmbPerTco2 - b.costRmbPerTco2);
}

function gridUse(data: FactoryData, y: number): number {
  return data.demand.filter((c) => c.carrier === 'electricity').reduce((s, c) => s + c.baseMwh, 0) * data.growth[y]!;
}

/** Price and CO2 of one MWh of final energy of a carrier in year y (electricity: grid by the policy's method). */
function carrierCost(data: FactoryData, c: CarrierId, y: number): { rmb: number; tco2: number } {
  const f = data.factors[y]!;
  const tco2 =
    c === 'electricity'
      ? data.scope2Method === 'market' ? f.gridMarketResidualTco2PerMwh : f.gridLocationTco2PerMwh
      : c === 'purchased_heat' ? f.purchasedHeatTco2PerMwh : f.fuelTco2PerMwh[c];
  return { rmb: data.priceRmbPerMwh[c][y]!, tco2 };
}

/** Cost and CO2 of one useful MWh in an end-use with its baseline carrier mix (optionally only fuels). */
function usefulMix(data: FactoryData, endUses: readonly string[], y: number, fuelsOnly: boolean): { rmb: number; tco2: number } {
  const cells = data.demand.filter((c) => endUses.includes(c.endUse) && (!fuelsOnly || c.carrier !== 'electricity'));
  const useful = cells.reduce((s, c) => s + c.baseMwh * c.efficiency, 0);
  if (useful <= 0) return { rmb: 0, tco2: 0 };
  let rmb = 0;
  let tco2 = 0;
  for (const c of cells) {
    const share = (c.baseMwh * c.efficiency) / useful;
    const k = carrierCost(data, c.carrier, y);
    rmb += (share / c.efficiency) * k.rmb;
    tco2 += (share / c.efficiency) * k.tco2;
  }
  return { rmb, tco2 };
}

function perUnitDelta(data: FactoryData, m: Measure, y: number): Delta | null {
  const grid = carrierCost(data, 'electricity', y);
  const e = m.effect;
  switch (e.kind) {
    case 'onsite_generation': {
      const gen = data.yieldMwhPerKw[m.id] ?? 0;
      return { runningRmb: -gen * grid.rmb, abatedTco2: gen * grid.tco2 };
    }
    case 'storage':
      return { runningRmb: -e.shiftMwhPerKwhYear * (grid.rmb - data.exportRmbPerMwh[y]!), abatedTco2: e.shiftMwhPerKwhYear * grid.tco2 };
    case 'storage_power':
      return null;
    case 'green_purchase':
      return data.scope2Method === 'market' ? { runningRmb: e.premiumRmbPerMwh[y]!, abatedTco2: grid.tco2 } : null;
    case 'efficiency': {
      const mix = usefulMix(data, e.endUses, y, false);
      return { runningRmb: -e.savingFraction * mix.rmb, abatedTco2: e.savingFraction * mix.tco2 };
    }
    case 'electrification': {
      const mix = usefulMix(data, e.endUses, y, true);
      const q = e.usefulMwhPerUnitYear;
      const elec = q / e.usefulPerElectricity;
      return { runningRmb: elec * grid.rmb - q * mix.rmb, abatedTco2: q * mix.tco2 - elec * grid.tco2 };
    }
    case 'process_change': {
      const q0 = data.factory.output.baseQuantity;
      const processPerUnit = data.processTco2[data.baseYear]! / q0;
      let rmb = e.addedElectricityMwhPerUnit * grid.rmb + (e.variableCostRmbPerUnit[y] ?? 0);
      let tco2 = e.processCo2ReductionFraction * processPerUnit - e.addedElectricityMwhPerUnit * grid.tco2;
      for (const [u, share] of Object.entries(e.endUseSavingFraction)) {
        const usefulPerUnit = (data.usefulMwh[u]?.[data.baseYear] ?? 0) / q0;
        const mix = usefulMix(data, [u], y, false);
        rmb -= (share ?? 0) * usefulPerUnit * mix.rmb;
        tco2 += (share ?? 0) * usefulPerUnit * mix.tco2;
      }
      return { runningRmb: rmb, abatedTco2: tco2 };
    }
    case 'carbon_removal':
      return {
        runningRmb: e.variableCostRmbPerTco2 + e.electricityMwhPerTco2 * grid.rmb,
        abatedTco2: 1 - e.electricityMwhPerTco2 * grid.tco2,
      };
    case 'grid_connection':
      return null;
  }
}
