/**
 * Which catalogue measures apply to a factory: its sector is listed, and the measure has
 * something to act on (an end-use with demand, process CO2, a site area, on-site generation to store).
 * On representative days storage also shifts grid energy between hours, so it applies without
 * on-site generation, and extra storage power applies with its storage measure.
 */
import type { Factory, Measure } from '../data/schemas/scenario.ts';
import type { EndUseId } from '../data/end-uses.ts';
import type { CarrierId } from '../data/reference/fuels.ts';

/** One end-use × carrier cell of a factory's base-year demand. */
export interface DemandCell {
  readonly endUse: EndUseId;
  readonly carrier: CarrierId;
  /** Base-year final energy, MWh. */
  readonly baseMwh: number;
  /** Useful energy per MWh of this carrier in this end-use. */
  readonly efficiency: number;
}

export function applicableMeasures(measures: readonly Measure[], factory: Factory, demand: readonly DemandCell[], hourly = false): Measure[] {
  const endUses = new Set(demand.map((d) => d.endUse));
  const hasProcess = factory.inventory.process.some((p) => p.activity * p.factorTco2PerUnit > 0);
  const hasFuel = demand.some((d) => d.carrier !== 'electricity' && d.carrier !== 'purchased_heat');
  const bySector = measures.filter((m) => m.sectors === 'all' || m.sectors.includes(factory.sector));
  const acts = (m: Measure): boolean => {
    const e = m.effect;
    switch (e.kind) {
      case 'onsite_generation':
        if (e.siteLimit === 'roof') return factory.site.roofAreaM2 > 0;
        if (e.siteLimit === 'land') return factory.site.landAreaM2 > 0;
        return true;
      case 'storage':
      case 'green_purchase':
        return true;
      case 'storage_power':
        return hourly;
      case 'efficiency':
      case 'electrification':
        return e.endUses.some((u) => endUses.has(u));
      case 'process_change':
        return (hasProcess && e.processCo2ReductionFraction > 0) || Object.keys(e.endUseSavingFraction).some((u) => endUses.has(u as DemandCell['endUse']));
      case 'carbon_removal':
        return hasProcess || hasFuel;
      case 'grid_connection':
        return true;
    }
  };
  const chosen = bySector.filter(acts);
  const hasGeneration = chosen.some((m) => m.effect.kind === 'onsite_generation');
  const withStorage = chosen.filter((m) => m.effect.kind !== 'storage' || hasGeneration || hourly);
  const storage = new Set(withStorage.filter((m) => m.effect.kind === 'storage').map((m) => m.id));
  return withStorage.filter((m) => m.effect.kind !== 'storage_power' || storage.has(m.effect.storageMeasureId));
}
