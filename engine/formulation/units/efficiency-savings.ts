/**
 * treated[m,u,y]: end-use energy covered by an efficiency measure, within its installed size.
 * Savings of several measures on one end-use add up linearly, so they are capped together at the
 * combined multiplicative potential 1 − Π(1 − s_m) of the end-use's useful demand
 * (efficiency_saving_limit[u,y]): two 30 % measures save at most 51 %, not 60 %.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { measureOf } from '../explain.ts';
import { ofKind } from '../measure-kinds.ts';

export const efficiencySavingsUnit: FormulationUnit = {
  name: 'efficiency_savings',
  title: 'Useful end-use energy treated by efficiency measures (saving = saving fraction × treated), within installed size and the end-use',
  unit: 'MWh useful energy per year',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    // treated columns per end-use and year, with their saving fractions, for the combined limit.
    const savings = new Map<string, Array<[number, number]>>();
    for (const m of ofKind(data.measures, 'efficiency')) {
      const endUses = m.effect.endUses.filter((u) => data.endUses.includes(u));
      for (const y of data.years) {
        const stock = v.stock.get(key(m.id, y));
        if (stock === undefined) continue;
        const terms: Array<[number, number]> = [[stock, -1]];
        for (const u of endUses) {
          const col = ctx.variable(component('treated', m.id, u, y), { upper: data.usefulMwh[u]![y]! });
          v.treated.set(key(m.id, u, y), col);
          terms.push([col, 1]);
          const cell = key(u, y);
          const list = savings.get(cell);
          if (list === undefined) savings.set(cell, [[col, m.effect.savingFraction]]);
          else list.push([col, m.effect.savingFraction]);
        }
        ctx.constraint(component('efficiency_capacity', m.id, y), terms, '<=', 0);
      }
    }
    for (const u of data.endUses) {
      const on = ofKind(data.measures, 'efficiency').filter((m) => m.effect.endUses.includes(u));
      if (on.length < 2) continue;
      const combined = 1 - on.reduce((p, m) => p * (1 - m.effect.savingFraction), 1);
      for (const y of data.years) {
        const terms = savings.get(key(u, y)) ?? [];
        if (terms.length > 1) ctx.constraint(component('efficiency_saving_limit', u, y), terms, '<=', combined * data.usefulMwh[u]![y]!);
      }
    }
  },
  explain: {
    upperBound(c, data) {
      const m = measureOf(data, c);
      return m
        ? { family: `treated:${m.id}`, message: `${m.nameEn} already treats all ${c.keys[1]} energy`, fix: 'nothing more to save with this measure: look to other end-uses or supply' }
        : null;
    },
  },
};
