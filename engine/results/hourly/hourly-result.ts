/**
 * What the representative-day balance adds to a plan: the time structure it ran on, the annual
 * figures that come from the hours (self-consumption, exports, curtailment, storage losses, the
 * energy and basic charges, the billed maximum demand), why each battery pays, and the dispatch.
 */
import { key } from '../../formulation/context.ts';
import type { HourlyData } from '../../formulation/hourly/hourly-data.ts';
import { hourlyIndex, slots } from '../../formulation/hourly/hourly-index.ts';
import type { SolutionView } from '../solution.ts';
import { dispatchRows, yearSlices } from './dispatch.ts';
import { storageValue } from './storage-value.ts';
import type { HourlyDay, HourlyResult, HourlyYear } from './types.ts';

export function hourlyResult(s: SolutionView, hourly: HourlyData): HourlyResult {
  const index = hourlyIndex(s.ctx);
  const all = slots(hourly);
  const years = s.ctx.data.years.map((y): HourlyYear => {
    const f = yearSlices(s, hourly, y);
    let generation = 0;
    let exported = 0;
    let energyCharge = 0;
    let exportRevenue = 0;
    let curtailed = 0;
    let charged = 0;
    let discharged = 0;
    for (const sl of all) {
      const e = sl.w * sl.hours;
      generation += e * (f.pv[sl.t]! + f.wind[sl.t]!);
      exported += e * f.exports[sl.t]!;
      energyCharge += e * f.grid[sl.t]! * hourly.priceRmbPerMwh[y]![sl.d]![sl.k]!;
      exportRevenue += e * f.exports[sl.t]! * hourly.exportRmbPerMwh[y]![sl.d]![sl.k]!;
      charged += e * f.charge[sl.t]!;
      discharged += e * f.discharge[sl.t]!;
      curtailed += e * Math.max(0, f.grid[sl.t]! - f.exports[sl.t]! + f.discharge[sl.t]! - f.charge[sl.t]! + f.pv[sl.t]! + f.wind[sl.t]! - f.load[sl.t]!);
    }
    const billedDemandMw = Object.fromEntries(hourly.billingGroups.map((g) => [g.id, s.value(index.maxDemand.get(key(y, g.id)))]));
    const basic =
      hourly.capacityRmbPerYear[y]! +
      hourly.billingGroups.reduce((sum, g) => sum + g.months * hourly.demandRmbPerMwMonth[y]! * (billedDemandMw[g.id] ?? 0), 0);
    const self = s.value(s.ctx.v.selfConsumed.get(y));
    return {
      year: y,
      onsiteGenerationMwh: generation,
      selfConsumedMwh: self,
      selfConsumptionShare: generation > 1e-9 ? self / generation : null,
      exportedMwh: exported,
      curtailedMwh: curtailed,
      storageLossesMwh: charged - discharged,
      energyChargeRmb: energyCharge,
      basicChargeRmb: basic,
      exportRevenueRmb: exportRevenue,
      billedDemandMw,
      peakImportMw: Math.max(0, ...f.grid),
    };
  });
  const warnings = hourly.cappedGeneration.map(
    (id) => `${id}: its annual yield needs more than 1 kWh per kW in some hours of the generated shape; output capped there (the year's total falls short)`,
  );
  return {
    shiftPattern: hourly.shiftPattern,
    days: hourly.days.map((d, i) => ({ id: d.id, dayType: d.dayType, weightDays: d.weightDays, months: d.monthDays.map(([m]) => m), slices: hourly.segments[i]! })),
    tariff: { schedule: hourly.tariffBasis.value, source: hourly.tariffBasis.source, confidence: hourly.tariffBasis.confidence },
    years,
    storage: storageValue(s, hourly),
    dispatch: dispatchRows(s, hourly),
    warnings,
  };
}
