/**
 * Helpers shared by the catalogue files: capex learning curves written as mathjs expressions in
 * `year` (so they hold for any horizon, like the reference price paths in default-prices.ts), and
 * the conversion from an equipment price per kW to a price per MWh/yr of end-use energy treated
 * (the size unit of efficiency measures).
 */
import { CAPEX, type CapexId } from '../reference/technology.ts';

/** Round to `digits` significant decimals so expressions stay readable. */
function round(value: number, digits = 6): number {
  return Number(value.toPrecision(digits));
}

/**
 * A learning curve `base × (1 − decline)^max(0, year − baseYear)` as an expression in `year`:
 * flat before the base year, compounding decline after it.
 */
export function learningCurve(baseRmb: number, declinePerYear: number, baseYear = 2025): string {
  if (declinePerYear === 0) return String(round(baseRmb));
  return `${round(baseRmb)} * (1 - ${round(declinePerYear)}) ^ max(0, year - ${baseYear})`;
}

/** The reference capex path of a technology (technology.ts `CAPEX`), optionally scaled, as an expression. */
export function referenceCapex(id: CapexId, scale = 1): string {
  const spec = CAPEX[id];
  return learningCurve(spec.base.value * scale, spec.declineRatePerYear.value, spec.baseYear);
}

/** Value of a learning curve in one year (for documentation and tests). */
export function learningCurveAt(baseRmb: number, declinePerYear: number, year: number, baseYear = 2025): number {
  return baseRmb * (1 - declinePerYear) ** Math.max(0, year - baseYear);
}

/**
 * Capex per (MWh/yr of end-use energy treated) from an equipment price per kW of the treated load
 * and the load's equivalent full-load hours: `rmbPerKw / (hours / 1000)`.
 * E.g. a VSD at 600 RMB/kW on a drive running 4,000 full-load h/yr → 150 RMB per MWh/yr.
 */
export function rmbPerMwhYearTreated(rmbPerKw: number, fullLoadHours: number): number {
  return round(rmbPerKw / (fullLoadHours / 1000), 4);
}

/** Useful MWh per year of one kW of capacity at the given full-load hours. */
export function mwhPerKwYear(fullLoadHours: number): number {
  return fullLoadHours / 1000;
}

/** Source-string label for our own numbers. */
export const OWN = 'lingtan assumption';
