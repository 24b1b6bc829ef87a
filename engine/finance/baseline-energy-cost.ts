/**
 * The baseline's energy bill per year: base-year final energy by end-use × carrier, scaled with
 * output growth, at each year's delivered price (electricity at the grid price). The baseline has
 * no new measures, as in engine/accounting/baseline.ts.
 */
import type { FactoryData } from '../formulation/factory-data.ts';

export function baselineEnergyCostRmb(data: Pick<FactoryData, 'demand' | 'growth' | 'priceRmbPerMwh'>, year: number): number {
  const growth = data.growth[year] ?? 1;
  return data.demand.reduce((sum, cell) => sum + cell.baseMwh * growth * data.priceRmbPerMwh[cell.carrier][year]!, 0);
}
