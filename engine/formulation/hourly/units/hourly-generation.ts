/**
 * export[y,d,h]: on-site generation sold to the grid in each hour, at most that hour's generation
 * (a battery never feeds the grid; the connection and the PV export rules limit it further:
 * hourly_connection, pv_export_rules); revenue: the hour's export price × the day's weight.
 * exported[y] and self_consumed[y] are the year's totals; self-consumption is a result of the
 * hours — the site's use (and battery losses) not met by the grid:
 *   self_consumed[y] = Σ_c electricity_use[c,y] + Σ_m Σ_t w (charge − discharge) − grid_purchase[y].
 */
import { component, key, type FormulationUnit } from '../../context.ts';
import { ofKind } from '../../measure-kinds.ts';
import { hourlyIndex, hourlyOf, slots } from '../hourly-index.ts';

export const hourlyGenerationUnit: FormulationUnit = {
  name: 'hourly_generation',
  title: 'Exports per hour (at most the hour\'s on-site generation) and the year\'s exports and self-consumption; revenue: hourly export price',
  unit: 'MWh',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const gen = ofKind(data.measures, 'onsite_generation');
    if (gen.length === 0) return;
    const hourly = hourlyOf(ctx);
    const index = hourlyIndex(ctx);
    for (const y of data.years) {
      const df = data.discount[y]!;
      const stocks = gen.flatMap((m) => {
        const col = v.stock.get(key(m.id, y));
        return col === undefined ? [] : [{ m, col }];
      });
      const cols: number[] = [];
      const total: Array<[number, number]> = [];
      for (const s of slots(hourly)) {
        const col = ctx.variable(component('export', y, s.day, s.start));
        ctx.cost(col, -df * s.w * s.hours * hourly.exportRmbPerMwh[y]![s.d]![s.k]!, y);
        cols.push(col);
        total.push([col, -s.w * s.hours]);
        const available = stocks.flatMap(({ m, col: stock }) => {
          const perKw = hourly.generationMwhPerKw[m.id]![s.d]![s.k]!;
          return perKw > 0 ? [[stock, -perKw] as [number, number]] : [];
        });
        ctx.constraint(component('export_limit', y, s.day, s.start), [[col, 1], ...available], '<=', 0);
      }
      index.exports.set(y, cols);
      const exported = ctx.variable(component('exported', y));
      ctx.constraint(component('exported_definition', y), [[exported, 1], ...total], '=', 0);
      const self = ctx.variable(component('self_consumed', y));
      const terms: Array<[number, number]> = [[self, 1], [v.grid.get(y)!, 1]];
      for (const c of hourly.classes) {
        const use = index.use.get(key(c, y));
        if (use !== undefined) terms.push([use, -1]);
      }
      for (const m of ofKind(data.measures, 'storage')) {
        const charge = index.charge.get(key(m.id, y));
        const discharge = index.discharge.get(key(m.id, y));
        if (charge === undefined || discharge === undefined) continue;
        for (const s of slots(hourly)) terms.push([charge[s.t]!, -s.w * s.hours], [discharge[s.t]!, s.w * s.hours]);
      }
      ctx.constraint(component('self_consumption_definition', y), terms, '=', 0);
      v.exported.set(y, exported);
      v.selfConsumed.set(y, self);
    }
  },
};
