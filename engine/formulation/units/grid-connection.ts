/**
 * The grid connection carries the site's peak: new electric load (heat pumps, boilers, kilns, fleets,
 * EAF, electrolysers, capture) fits in the headroom the baseline peak leaves, and the PV inverters fit
 * in the connection for the hours the site exports; a grid_connection measure (kVA) raises both.
 * Peaks come from annual energy: kW-sized equipment at its rating ÷ its useful-per-electricity ratio,
 * fleets over their charging hours, process loads over their full-load hours. Efficiency savings and
 * PV are not credited against the peak (conservative: neither is firm at the peak hour). An infinite
 * connection (a diagnosis lifting the limit) adds no row.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { fmt } from '../explain.ts';
import { ofKind, type MeasureOf } from '../measure-kinds.ts';
import type { FactoryData } from '../factory-data.ts';

type Terms = Array<[number, number]>;

/** Electric kW one unit of an electrification measure draws at full output. */
export function electricKwPerUnit(data: FactoryData, m: MeasureOf<'electrification'>): number {
  if (/^kW/.test(m.sizeUnit)) return 1 / m.effect.usefulPerElectricity;
  return ((m.effect.usefulMwhPerUnitYear / m.effect.usefulPerElectricity) * 1000) / data.gridConnection.fleetChargingHours;
}

export const gridConnectionUnit: FormulationUnit = {
  name: 'grid_connection',
  title: 'Grid connection: new electric load within the headroom above the baseline peak, PV inverter output within the connection, both raised by connection upgrades',
  unit: 'kW',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const g = data.gridConnection;
    const hours = g.processLoadHours;
    for (const y of data.years) {
      const upgrade: Terms = ofKind(data.measures, 'grid_connection').flatMap((m) => {
        const s = v.stock.get(key(m.id, y));
        return s === undefined ? [] : [[s, -g.powerFactor] as [number, number]];
      });
      const load: Terms = [];
      for (const m of ofKind(data.measures, 'electrification')) {
        const s = v.stock.get(key(m.id, y));
        if (s !== undefined) load.push([s, electricKwPerUnit(data, m)]);
      }
      for (const m of ofKind(data.measures, 'process_change')) {
        const c = v.converted.get(key(m.id, y));
        if (c !== undefined && m.effect.addedElectricityMwhPerUnit > 0) load.push([c, (m.effect.addedElectricityMwhPerUnit * 1000) / hours]);
      }
      for (const m of ofKind(data.measures, 'carbon_removal')) {
        const c = v.captured.get(key(m.id, y));
        if (c !== undefined && m.effect.electricityMwhPerTco2 > 0) load.push([c, (m.effect.electricityMwhPerTco2 * 1000) / hours]);
      }
      if (load.length > 0 && Number.isFinite(g.headroomKw[y])) ctx.constraint(component('grid_new_load', y), [...load, ...upgrade], '<=', g.headroomKw[y]!);
      const inverters: Terms = [];
      for (const m of ofKind(data.measures, 'onsite_generation')) {
        const s = v.stock.get(key(m.id, y));
        if (s !== undefined) inverters.push([s, m.effect.technology === 'pv' ? 1 / g.pvDcAcRatio : 1]);
      }
      if (inverters.length > 0 && Number.isFinite(g.connectionKw[y])) ctx.constraint(component('grid_export_capacity', y), [...inverters, ...upgrade], '<=', g.connectionKw[y]!);
    }
  },
  explain: {
    row(c, data) {
      const kva = fmt(data.factory.site.gridConnectionKva);
      const upgrade = 'offer the grid_connection_upgrade measure, or set factory.site.gridConnectionKva to a capacity the utility has agreed';
      if (c.block === 'grid_new_load') {
        const year = Number(c.keys[0]);
        return { family: c.block, message: `the grid connection (${kva} kVA) leaves ${fmt(data.gridConnection.headroomKw[year] ?? 0)} kW for new electric load in ${year}`, fix: upgrade };
      }
      if (c.block === 'grid_export_capacity') return { family: c.block, message: `the grid connection (${kva} kVA) caps the on-site inverters`, fix: upgrade };
      return null;
    },
  },
};
