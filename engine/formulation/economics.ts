/** Discounting and annuities for the objective. */
import type { Measure } from '../data/schemas/scenario.ts';
import type { FactoryData } from './factory-data.ts';

/** Capital recovery factor: the annuity per RMB of capex over `lifetimeYears` at `rate`. */
export function capitalRecoveryFactor(rate: number, lifetimeYears: number): number {
  // Below ~1e-9, (1 + r)^L − 1 loses every digit in floating point: use the r → 0 limit 1/L.
  if (Math.abs(rate) < 1e-9) return 1 / lifetimeYears;
  const f = (1 + rate) ** lifetimeYears;
  return (rate * f) / (f - 1);
}

/** Years a build in `buildYear` is in service inside the horizon. */
export function serviceYears(data: FactoryData, measure: Measure, buildYear: number): number[] {
  return data.years.filter((y) => y >= buildYear && y < buildYear + measure.lifetimeYears);
}

/**
 * Discounted cost per RMB of capex spent in `buildYear`: the annuities paid in the horizon years the
 * asset is in service (so a late build is not charged for years after the horizon).
 */
export function annuityWeight(data: FactoryData, measure: Measure, buildYear: number): number {
  const crf = capitalRecoveryFactor(data.discountRate, measure.lifetimeYears);
  return serviceYears(data, measure, buildYear).reduce((s, y) => s + crf * data.discount[y]!, 0);
}

/** The years an annuity on a build in `buildYear` is paid in, with each year's share of the discounted total. */
export function annuitySpread(data: FactoryData, measure: Measure, buildYear: number): Array<readonly [number, number]> {
  const years = serviceYears(data, measure, buildYear);
  const total = years.reduce((s, y) => s + data.discount[y]!, 0);
  return years.map((y) => [y, data.discount[y]! / total] as const);
}
