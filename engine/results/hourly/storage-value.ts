/**
 * Why a battery pays, per year and in that year's money, from the solved hours:
 * - arbitrage: discharge priced at the hour's import price (the export price where the site was
 *   exporting in that hour) for the share of energy charged from the grid, less the grid energy bought;
 * - self-consumption: the same for the share charged from on-site surplus (generation above the
 *   load in that hour), less the export revenue that surplus would have earned;
 * - demand charge: the demand price × months × (the billing group's maximum without the battery −
 *   the billed maximum with it);
 * against its annualised cost (capex annuities of the builds in service + fixed O&M).
 */
import { capitalRecoveryFactor } from '../../formulation/economics.ts';
import { key } from '../../formulation/context.ts';
import { hourlyIndex, slots } from '../../formulation/hourly/hourly-index.ts';
import type { HourlyData } from '../../formulation/hourly/hourly-data.ts';
import { usableFraction } from '../../formulation/hourly/units/storage-dispatch.ts';
import { ofKind } from '../../formulation/measure-kinds.ts';
import type { Measure } from '../../data/schemas/scenario.ts';
import type { SolutionView } from '../solution.ts';
import { yearSlices } from './dispatch.ts';
import type { StorageYear } from './types.ts';

const EPS = 1e-9;

export function storageValue(s: SolutionView, hourly: HourlyData): StorageYear[] {
  const { data, v } = s.ctx;
  const storage = ofKind(data.measures, 'storage');
  const power = ofKind(data.measures, 'storage_power');
  if (storage.length === 0) return [];
  const index = hourlyIndex(s.ctx);
  const all = slots(hourly);
  return data.years.flatMap((y) => {
    const energyKwh = storage.reduce((sum, m) => sum + s.value(v.stock.get(key(m.id, y))), 0);
    if (energyKwh <= EPS) return [];
    const powerKw =
      storage.reduce((sum, m) => sum + s.value(v.stock.get(key(m.id, y))) / m.effect.durationHours, 0) +
      power.reduce((sum, p) => sum + s.value(v.stock.get(key(p.id, y))), 0);
    const f = yearSlices(s, hourly, y);
    let discharged = 0;
    let charged = 0;
    let chargedFromSurplus = 0;
    let dischargeValue = 0;
    let gridChargeCost = 0;
    let surplusChargeCost = 0;
    for (const sl of all) {
      const energy = sl.w * sl.hours;
      const price = hourly.priceRmbPerMwh[y]![sl.d]![sl.k]!;
      const exportPrice = hourly.exportRmbPerMwh[y]![sl.d]![sl.k]!;
      const surplus = Math.max(0, f.pv[sl.t]! + f.wind[sl.t]! - f.load[sl.t]!);
      const fromSurplus = Math.min(f.charge[sl.t]!, surplus);
      discharged += energy * f.discharge[sl.t]!;
      charged += energy * f.charge[sl.t]!;
      chargedFromSurplus += energy * fromSurplus;
      dischargeValue += energy * f.discharge[sl.t]! * (f.exports[sl.t]! > EPS ? exportPrice : price);
      gridChargeCost += energy * (f.charge[sl.t]! - fromSurplus) * price;
      surplusChargeCost += energy * fromSurplus * exportPrice;
    }
    const surplusShare = charged > EPS ? chargedFromSurplus / charged : 0;
    let demandChargeRmb = 0;
    for (const g of hourly.billingGroups) {
      const billed = s.value(index.maxDemand.get(key(y, g.id)));
      if (billed <= EPS) continue;
      const withoutBattery = Math.max(hourly.contractFloorMw, ...all.filter((sl) => g.days.includes(sl.d)).map((sl) => peakLoad(s, hourly, y, sl.d, sl.k)));
      demandChargeRmb += g.months * hourly.demandRmbPerMwMonth[y]! * (withoutBattery - billed);
    }
    const usable = storage.reduce((sum, m) => sum + (s.value(v.stock.get(key(m.id, y))) * usableFraction(m.effect)) / 1000, 0);
    return [{
      year: y,
      energyKwh,
      powerKw,
      equivalentCycles: usable > EPS ? discharged / usable : 0,
      dischargedMwh: discharged,
      lossesMwh: charged - discharged,
      arbitrageRmb: (1 - surplusShare) * dischargeValue - gridChargeCost,
      selfConsumptionRmb: surplusShare * dischargeValue - surplusChargeCost,
      demandChargeRmb,
      annualisedCostRmb: [...storage, ...power].reduce((sum, m) => sum + annualisedCost(s, m, y), 0),
    }];
  });
}

/** The load of a slice at its highest hour, MW. */
function peakLoad(s: SolutionView, hourly: HourlyData, y: number, d: number, k: number): number {
  const index = hourlyIndex(s.ctx);
  return hourly.classes.reduce((sum, c) => sum + s.value(index.use.get(key(c, y))) * hourly.loadPeakShare[c]![d]![k]!, 0);
}

/** Capex annuities of the builds still in service in year y, plus fixed O&M on the stock. */
function annualisedCost(s: SolutionView, m: Measure, y: number): number {
  const { data, v } = s.ctx;
  const crf = capitalRecoveryFactor(data.discountRate, m.lifetimeYears);
  let cost = m.fixedOmRmbPerUnitYear * s.value(v.stock.get(key(m.id, y)));
  for (const b of data.years) {
    if (b > y || y >= b + m.lifetimeYears) continue;
    const fixed = m.lumpy !== undefined ? m.lumpy.fixedCostRmb * Math.round(s.value(v.invest.get(key(m.id, b)))) : 0;
    cost += crf * (m.capexRmbPerUnit[b]! * s.value(v.build.get(key(m.id, b))) + fixed);
  }
  return cost;
}
