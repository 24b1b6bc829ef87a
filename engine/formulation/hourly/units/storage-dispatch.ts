/**
 * Battery dispatch on every representative day (REopt's storage constraints, PyPSA's cyclic state
 * of charge per period): charge[b,y,d,h] and discharge[b,y,d,h] (MW, mean over the time slice that
 * starts at hour h) within the rated power, soc (MWh at the end of the slice) within the usable
 * energy, cyclic within each day (the day ends where it began, so a day can stand for many), losses
 * split evenly as √η on charge and on discharge; at most the life's equivalent full cycles a year.
 * Rated power = energy / duration plus any extra inverter power (storage_power measures), which is
 * itself at most energy / its minimum duration. Usable energy is above the reserve and at the mean
 * capacity over life (cells fade linearly to their end-of-life capacity). Storage measures with the same efficiency,
 * duration, reserve and cycle life (catalogue variants differing only in cost) share one dispatch
 * under the first one's id: any shared schedule can be split between them in proportion to size.
 */
import { component, key, type FormulationContext, type FormulationUnit } from '../../context.ts';
import { ofKind, type MeasureOf } from '../../measure-kinds.ts';
import { hourlyIndex, hourlyOf, slots } from '../hourly-index.ts';

type StorageMeasure = MeasureOf<'storage'>;

/** Usable share of nameplate energy: above the reserve, at the mean capacity over life (linear fade). */
export const usableFraction = (e: StorageMeasure['effect']): number => (1 - e.minStateOfChargeFraction) * ((1 + e.endOfLifeCapacityFraction) / 2);

/** Storage measures grouped by their technical parameters; each group is dispatched as one battery. */
export function storageGroups(measures: readonly StorageMeasure[]): StorageMeasure[][] {
  const groups = new Map<string, StorageMeasure[]>();
  for (const m of measures) {
    const e = m.effect;
    const id = [e.roundTripEfficiencyFraction, e.durationHours, e.minStateOfChargeFraction, e.maxCyclesPerYear, e.endOfLifeCapacityFraction].join('|');
    groups.set(id, [...(groups.get(id) ?? []), m]);
  }
  return [...groups.values()];
}

export const storageDispatchUnit: FormulationUnit = {
  name: 'storage_dispatch',
  title: 'Battery charge, discharge and state of charge per time slice, cyclic within each representative day, within power, energy and yearly cycles',
  unit: 'MW (mean over the slice); MWh stored',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data } = ctx;
    for (const group of storageGroups(ofKind(data.measures, 'storage'))) {
      for (const y of data.years) dispatchYear(ctx, group, y);
    }
  },
};

function dispatchYear(ctx: FormulationContext, group: readonly StorageMeasure[], y: number): void {
  const { data, v } = ctx;
  const hourly = hourlyOf(ctx);
  const index = hourlyIndex(ctx);
  const e = group[0]!.effect;
  const id = group[0]!.id;
  const eta = Math.sqrt(e.roundTripEfficiencyFraction);
  const usableMwhPerKwh = usableFraction(e) / 1000;
  const energy = group.flatMap((m) => {
    const col = v.stock.get(key(m.id, y));
    return col === undefined ? [] : [{ m, col }];
  });
  if (energy.length === 0) return;
  const rated: Array<[number, number]> = energy.map(({ col }) => [col, -1 / (1000 * e.durationHours)]);
  for (const p of ofKind(data.measures, 'storage_power')) {
    const battery = energy.find(({ m }) => m.id === p.effect.storageMeasureId);
    const stock = v.stock.get(key(p.id, y));
    if (battery === undefined || stock === undefined) continue;
    rated.push([stock, -1 / 1000]);
    ctx.constraint(component('storage_power_limit', p.id, y), [[stock, 1], [battery.col, -(1 / p.effect.minDurationHours - 1 / e.durationHours)]], '<=', 0);
  }
  const all = slots(hourly);
  const charge = all.map((s) => ctx.variable(component('charge', id, y, s.day, s.start)));
  const discharge = all.map((s) => ctx.variable(component('discharge', id, y, s.day, s.start)));
  const soc = all.map((s) => ctx.variable(component('soc', id, y, s.day, s.start)));
  const usable = energy.map(({ col }) => [col, -usableMwhPerKwh] as [number, number]);
  const throughput: Array<[number, number]> = energy.map(({ col }) => [col, -e.maxCyclesPerYear * usableMwhPerKwh]);
  for (const s of all) {
    ctx.constraint(component('soc_balance', id, y, s.day, s.start), [[soc[s.t]!, 1], [soc[s.previous]!, -1], [charge[s.t]!, -eta * s.hours], [discharge[s.t]!, s.hours / eta]], '=', 0);
    ctx.constraint(component('soc_limit', id, y, s.day, s.start), [[soc[s.t]!, 1], ...usable], '<=', 0);
    ctx.constraint(component('power_limit', id, y, s.day, s.start), [[charge[s.t]!, 1], [discharge[s.t]!, 1], ...rated], '<=', 0);
    throughput.push([discharge[s.t]!, s.w * s.hours]);
  }
  ctx.constraint(component('cycle_limit', id, y), throughput, '<=', 0);
  index.charge.set(key(id, y), charge);
  index.discharge.set(key(id, y), discharge);
  index.soc.set(key(id, y), soc);
}
