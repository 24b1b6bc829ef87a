/**
 * The yield of each on-site generation measure at a factory, MWh per kW(p) per year, averaged over
 * the measure's life: the measure's own fixed yield, else the site's override, else the province's
 * reference (renewable-yield.ts) for the array's mounting and degradation.
 */
import { pvYield, windYieldMwhPerKw, type PvMounting } from '../data/reference/renewable-yield.ts';
import type { Factory } from '../data/schemas/scenario.ts';
import type { MeasureOf } from './measure-kinds.ts';

/** Mounting of a PV measure at a site: the measure's, else the site's for roofs, else by where it stands. */
export function pvMountingOf(factory: Factory, m: MeasureOf<'onsite_generation'>): PvMounting {
  if (m.effect.mounting !== undefined) return m.effect.mounting;
  return m.effect.siteLimit === 'roof' ? (factory.site.pv.rooftopMounting ?? 'low_tilt') : 'optimal_tilt';
}

export function onsiteYieldMwhPerKw(factory: Factory, m: MeasureOf<'onsite_generation'>): number {
  if (m.effect.yieldMwhPerKwYear !== undefined) return m.effect.yieldMwhPerKwYear;
  if (m.effect.technology === 'wind') {
    return factory.site.windFullLoadHours !== undefined ? factory.site.windFullLoadHours / 1000 : windYieldMwhPerKw(factory.province);
  }
  if (factory.site.pv.yieldKwhPerKwp !== undefined) return factory.site.pv.yieldKwhPerKwp / 1000;
  const d = factory.site.pv.degradation;
  return pvYield({
    province: factory.province,
    mounting: pvMountingOf(factory, m),
    lifetimeYears: m.lifetimeYears,
    ...(d !== undefined ? { degradation: d } : {}),
  }).kwhPerKwp / 1000;
}
