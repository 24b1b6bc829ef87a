/**
 * The basic charge of a two-part tariff. By demand (需量): max_demand[y,g] ≥ the grid draw of every
 * time slice of the billing group's days, and at least the contract floor (a share of the connection);
 * cost: the demand price × the group's months. The draw on the month's peak day is taken as load +
 * battery charge − discharge with no on-site generation: a single overcast working day sets the
 * month's maximum, so PV does not lower the bill, the battery does. The load of a time slice is
 * taken at its highest hour. By capacity (容量): a fixed
 * charge on the connection, capacity_charge[y] = 1.
 */
import { component, key, type FormulationUnit } from '../../context.ts';
import { ofKind } from '../../measure-kinds.ts';
import { hourlyIndex, hourlyOf, loadTerms, slots, type Slot } from '../hourly-index.ts';
import type { HourlyData } from '../hourly-data.ts';

export const demandChargeUnit: FormulationUnit = {
  name: 'demand_charge',
  title: 'Basic charge: billed maximum demand per billing group (≥ every slice\'s draw without on-site generation, ≥ the contract floor), or the capacity charge',
  unit: 'MW',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data } = ctx;
    const hourly = hourlyOf(ctx);
    const index = hourlyIndex(ctx);
    const storage = ofKind(data.measures, 'storage');
    for (const y of data.years) {
      const df = data.discount[y]!;
      if (hourly.basicChargeBasis === 'capacity') {
        const col = ctx.variable(component('capacity_charge', y), { lower: 1, upper: 1 });
        ctx.cost(col, df * hourly.capacityRmbPerYear[y]!, y);
        continue;
      }
      const price = hourly.demandRmbPerMwMonth[y]!;
      if (price <= 0) continue;
      const batteries = storage.flatMap((m) => {
        const charge = index.charge.get(key(m.id, y));
        const discharge = index.discharge.get(key(m.id, y));
        return charge === undefined || discharge === undefined ? [] : [{ charge, discharge }];
      });
      for (const group of hourly.billingGroups) {
        const col = ctx.variable(component('max_demand', y, group.id), { lower: hourly.contractFloorMw });
        ctx.cost(col, df * price * group.months, y);
        index.maxDemand.set(key(y, group.id), col);
        for (const s of candidateSlots(hourly, group.days, batteries.length > 0)) {
          const terms: Array<[number, number]> = [[col, 1], ...loadTerms(ctx, y, s.d, s.k, -1, true)];
          for (const b of batteries) terms.push([b.charge[s.t]!, -1], [b.discharge[s.t]!, 1]);
          ctx.constraint(component('max_demand_slice', y, s.day, s.start), terms, '>=', 0);
        }
      }
    }
  },
};

/**
 * The slices that can set a group's maximum. With a battery, every slice (charging can make a new
 * peak). Without one the draw is the load alone, a sum of class shares × yearly energies (≥ 0), so
 * a slice whose every class share is at most another slice's can never be the maximum.
 */
function candidateSlots(hourly: HourlyData, days: readonly number[], battery: boolean): Slot[] {
  const all = slots(hourly).filter((s) => days.includes(s.d));
  if (battery) return all;
  const vectors = all.map((s) => hourly.classes.map((c) => hourly.loadPeakShare[c]![s.d]![s.k]!));
  return all.filter((_, i) =>
    !vectors.some((other, j) => j !== i && other.every((x, k) => x >= vectors[i]![k]!) && (other.some((x, k) => x > vectors[i]![k]!) || j < i)),
  );
}
