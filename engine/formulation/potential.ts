/**
 * The largest size a measure could usefully reach at this factory in a year: from its own cap, the
 * site area, or the demand it acts on. Used as the big-M of lumpy builds and in diagnosis messages.
 */
import { DEFAULT_AREA_M2_PER_KW } from '../data/defaults.ts';
import type { Factory, Measure } from '../data/schemas/scenario.ts';
import type { FactoryData } from './factory-data.ts';
import { hourlyStorageBoundKwh } from './hourly/hourly-data.ts';

/** Site area one kW(p) of a generation measure takes: the measure's own, else the site's roof density, else the default. */
export function areaM2PerKw(m: Measure, factory: Factory): number {
  if (m.effect.kind !== 'onsite_generation') return 0;
  if (m.effect.siteLimit === 'none') return 0;
  if (m.effect.areaM2PerKw !== undefined) return m.effect.areaM2PerKw;
  if (m.effect.siteLimit === 'roof') return factory.site.roofM2PerKwp ?? DEFAULT_AREA_M2_PER_KW.roof;
  return DEFAULT_AREA_M2_PER_KW[m.effect.siteLimit];
}

export function sizeUpperBound(data: FactoryData, m: Measure, year: number): number {
  const own = Math.min(m.maxUnits ?? Infinity, m.maxBuildPerYearUnits === undefined ? Infinity : m.maxBuildPerYearUnits * data.years.length);
  return Math.min(own, naturalBound(data, m, year));
}

/** The measure's potential at the site in `year` from what it acts on (area, demand, output, emissions). */
export function naturalBound(data: FactoryData, m: Measure, year: number): number {
  const e = m.effect;
  const useful = (endUses: readonly string[]) => endUses.reduce((s, u) => s + (data.usefulMwh[u]?.[year] ?? 0), 0);
  const g = data.growth[year] ?? 1;
  switch (e.kind) {
    case 'onsite_generation': {
      const area = e.siteLimit === 'roof' ? data.factory.site.roofAreaM2 : e.siteLimit === 'land' ? data.factory.site.landAreaM2 : Infinity;
      const byArea = area / areaM2PerKw(m, data.factory);
      // Without an area limit, generation beyond twice the site's whole energy use is never useful.
      const totalMwh = data.demand.reduce((s, d) => s + d.baseMwh, 0) * g;
      return Math.min(byArea, (2 * totalMwh) / (data.yieldMwhPerKw[m.id] ?? 1));
    }
    case 'storage_power':
      return data.hourly === null ? 0 : hourlyStorageBoundKwh(data) / e.minDurationHours;
    case 'storage': {
      if (data.hourly !== null) return hourlyStorageBoundKwh(data);
      // Annual balance: storage only moves on-site surplus: generation beyond what the load takes directly.
      const load = data.demand.filter((d) => d.carrier === 'electricity').reduce((s, d) => s + d.baseMwh, 0) * g;
      const generation = data.measures.reduce(
        (s, x) => (x.effect.kind === 'onsite_generation' ? s + naturalBound(data, x, year) * (data.yieldMwhPerKw[x.id] ?? 0) : s),
        0,
      );
      return Math.max(0, Math.min(generation, 2 * load) - data.selfConsumptionShare * load) / e.shiftMwhPerKwhYear;
    }
    case 'green_purchase':
      return Infinity;
    case 'efficiency':
      return useful(e.endUses);
    case 'electrification':
      return useful(e.endUses) / e.usefulMwhPerUnitYear;
    case 'process_change':
      return e.maxOutputShareFraction * data.factory.output.baseQuantity * g;
    case 'carbon_removal':
      return e.maxCaptureFraction * data.baseGrossTco2 * g;
    case 'grid_connection':
      // ASSUMPTION: a plan at most triples the contracted connection within its horizon.
      return 2 * data.factory.site.gridConnectionKva;
  }
}
