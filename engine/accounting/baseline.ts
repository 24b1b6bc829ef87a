/**
 * The baseline (no new measures): base-year energy and process CO2 scaled with output growth.
 * Output index: 1 in the base year, × (1 + growthRate[y]) each later year.
 */
import type { YearSeries } from '../data/year-series.ts';
import type { EnergyFlow, YearActivity } from './inventory.ts';

export interface BaselineInput {
  readonly baseYear: number;
  readonly energy: readonly EnergyFlow[];
  readonly processTco2: number;
  readonly baseOutput: number;
  readonly growthRate: YearSeries;
}

/** Output index per year from the base year to `lastYear` (base year = 1). */
export function outputIndex(baseYear: number, lastYear: number, growthRate: YearSeries): Record<number, number> {
  const index: Record<number, number> = { [baseYear]: 1 };
  let value = 1;
  for (let y = baseYear + 1; y <= lastYear; y++) {
    value *= 1 + (growthRate[y] ?? 0);
    index[y] = value;
  }
  return index;
}

/** Baseline activity for each year (base year included when listed). */
export function baselineActivity(input: BaselineInput, years: readonly number[]): YearActivity[] {
  const last = Math.max(input.baseYear, ...years);
  const index = outputIndex(input.baseYear, last, input.growthRate);
  return years.map((year) => {
    const g = index[year] ?? 1;
    return {
      year,
      energy: input.energy.map((e) => ({ ...e, energyMwh: e.energyMwh * g })),
      processTco2: input.processTco2 * g,
      output: input.baseOutput * g,
    };
  });
}
