/**
 * Costs by category and year in each year's money (undiscounted), from the objective terms of the
 * solved model: each term is attributed to the unit that added it (unit → category) and to the
 * years it is paid in (annuities spread over their service years inside the horizon).
 */
import type { SolutionView } from './solution.ts';
import { COST_CATEGORIES, type CostCategory, type CostYear } from './types.ts';

const CATEGORY_OF_UNIT: Readonly<Record<string, CostCategory>> = {
  build: 'capex_annuity',
  lumpy: 'capex_annuity',
  stock: 'fixed_om',
  incumbent_supply: 'fuel_and_heat',
  grid_supply: 'grid_electricity',
  hourly_grid: 'grid_electricity',
  demand_charge: 'grid_electricity',
  onsite_generation: 'export_revenue',
  hourly_generation: 'export_revenue',
  green_purchases: 'green_purchases',
  carbon_capture: 'capture_transport_storage',
  process_change: 'process_inputs',
  /** Premiums for low-carbon material alternatives bought against a product footprint target. */
  product_footprint_target: 'process_inputs',
  emissions: 'carbon_price',
  offsets: 'offsets',
};

/** Undiscounted costs per year and category; their discounted sum is the objective. */
export function costsByYear(s: SolutionView): CostYear[] {
  const { data } = s.ctx;
  const table = new Map<number, Record<CostCategory, number>>();
  for (const y of data.years) table.set(y, Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as Record<CostCategory, number>);
  for (const term of s.ctx.objectiveTerms) {
    const x = s.value(term.col);
    const category = CATEGORY_OF_UNIT[term.unit];
    if (x === 0 || category === undefined) continue;
    for (const [y, share] of term.paidIn) table.get(y)![category] += (term.coef * x * share) / data.discount[y]!;
  }
  for (const [y, value] of s.ctx.constantByYear) table.get(y)!.carbon_price += value / data.discount[y]!;
  return data.years.map((y) => {
    const byCategoryRmb = table.get(y)!;
    return { year: y, byCategoryRmb, totalRmb: Object.values(byCategoryRmb).reduce((a, b) => a + b, 0) };
  });
}
