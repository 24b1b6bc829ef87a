/**
 * When and how fast a measure can be built at a factory: the first build year (technology
 * availability and the pace's lead time from the horizon start) and the largest build in one year
 * (the measure's own cap, and the pace's share of its potential at the site). Counted equipment is
 * built in whole units, so its yearly limit is rounded up to a whole unit.
 */
import type { Measure } from '../data/schemas/scenario.ts';
import type { FactoryData } from './factory-data.ts';
import { naturalBound } from './potential.ts';

/** First year a measure can be built in this horizon. */
export function firstBuildYear(data: Pick<FactoryData, 'years'>, m: Measure): number {
  const start = data.years[0] ?? m.earliestYear;
  return Math.max(m.earliestYear, start + (m.pace?.leadTimeYears ?? 0));
}

/** Size of one whole unit of a counted measure when the scenario builds whole units, else null. */
export function wholeUnitSize(data: Pick<FactoryData, 'wholeUnits'>, m: Measure): number | null {
  return data.wholeUnits && m.unitSizeUnits !== undefined ? m.unitSizeUnits : null;
}

/** Largest build of `m` in year `y`, in its size unit (Infinity: no limit). */
export function buildLimitUnits(data: FactoryData, m: Measure, y: number): number {
  const share = m.pace?.maxShareOfPotentialPerYear;
  const byPace = share === undefined ? Infinity : share * naturalBound(data, m, y);
  const limit = Math.min(m.maxBuildPerYearUnits ?? Infinity, byPace);
  const unit = wholeUnitSize(data, m);
  return unit === null || !Number.isFinite(limit) ? limit : Math.ceil(limit / unit - 1e-9) * unit;
}
