/**
 * The grid connection in every time slice, on representative days (replacing the annual
 * grid_connection unit, whose peaks are estimated from annual energy): grid import and exports each
 * at most the connection's real power, FactoryData.gridConnection.connectionKw (kVA × power factor,
 * the figure the annual unit uses), raised by grid_connection measures (kVA × the same power factor):
 *   grid_import[y,d,h] − pf/1000 × Σ upgrade[y] ≤ connectionKw[y]/1000, and the same for export[y,d,h].
 * New electric load (heat pumps, boilers, capture) fits because the hourly balance carries it to the
 * import of every slice. A slice's import is its mean over its hours (slices merge hours whose
 * profiles differ least). An infinite connection (a diagnosis lifting the limit) adds no row.
 */
import { component, key, type FormulationUnit } from '../../context.ts';
import { fmt } from '../../explain.ts';
import { ofKind } from '../../measure-kinds.ts';
import { hourlyIndex, hourlyOf, slots } from '../hourly-index.ts';

export const hourlyConnectionUnit: FormulationUnit = {
  name: 'hourly_connection',
  title: 'Grid connection in every time slice: import and exports each within the connection\'s real power, raised by connection upgrades',
  unit: 'MW',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const hourly = hourlyOf(ctx);
    const index = hourlyIndex(ctx);
    const g = data.gridConnection;
    for (const y of data.years) {
      const limitMw = g.connectionKw[y]! / 1000;
      if (!Number.isFinite(limitMw)) continue;
      const upgrade = ofKind(data.measures, 'grid_connection').flatMap((m) => {
        const s = v.stock.get(key(m.id, y));
        return s === undefined ? [] : [[s, -g.powerFactor / 1000] as [number, number]];
      });
      const grid = index.gridImport.get(y)!;
      const exports = index.exports.get(y);
      for (const s of slots(hourly)) {
        ctx.constraint(component('connection_import', y, s.day, s.start), [[grid[s.t]!, 1], ...upgrade], '<=', limitMw);
        if (exports !== undefined) ctx.constraint(component('connection_export', y, s.day, s.start), [[exports[s.t]!, 1], ...upgrade], '<=', limitMw);
      }
    }
  },
  explain: {
    row(c, data) {
      if (c.block !== 'connection_import' && c.block !== 'connection_export') return null;
      const [year, day, start] = c.keys;
      const flow = c.block === 'connection_import' ? 'grid import' : 'PV and wind exports';
      return {
        family: c.block,
        message: `the grid connection (${fmt(data.factory.site.gridConnectionKva)} kVA) caps ${flow} at ${fmt(data.gridConnection.connectionKw[Number(year)] ?? 0)} kW from ${String(start)}:00 on ${String(day)} in ${String(year)}`,
        fix: 'offer the grid_connection_upgrade measure, or set factory.site.gridConnectionKva to a capacity the utility has agreed',
      };
    },
  },
};
