/**
 * Re-pricing a built pathway model's gross emissions without rebuilding it: the residual stage 1
 * (at the economic ceiling), the MAC sweep (a carbon price per step) and the marginal-cost
 * re-solves all solve copies of one model that differ only in costs or bounds.
 */
import type { BuiltModel } from '../formulation/build-model.ts';
import type { LinearModel } from '../model/linear-model.ts';

/** Gross emissions (Scope 1 + Scope 2, less capture) of a solution in year y, tCO2. */
export function grossTco2(built: BuiltModel, x: Float64Array, y: number): number {
  return x[built.ctx.v.scope1.get(y)!]! + x[built.ctx.v.scope2.get(y)!]!;
}

/** Σ_y df_y × gross_y: the emissions a uniform carbon price (in each year's money) multiplies, tCO2. */
export function discountedGrossTco2(built: BuiltModel, x: Float64Array): number {
  const { data } = built.ctx;
  return data.years.reduce((s, y) => s + data.discount[y]! * grossTco2(built, x, y), 0);
}

/**
 * A copy of a cost model whose gross emissions carry `priceRmbPerTco2` (each year's money) in
 * place of the scenario's shadow price. ETS allowances stay: they are paid in cash, so a reduction
 * that avoids them is worth their price as well. `relax` drops integrality (the MAC sweep).
 */
export function withGrossPrice(built: BuiltModel, priceRmbPerTco2: number, relax = false): LinearModel {
  const { data, v } = built.ctx;
  const colCost = Float64Array.from(built.model.colCost);
  for (const y of data.years) {
    const extra = data.discount[y]! * (priceRmbPerTco2 - data.shadowCarbonRmbPerTco2[y]!);
    for (const col of [v.scope1.get(y)!, v.scope2.get(y)!]) colCost[col] = colCost[col]! + extra;
  }
  return { ...built.model, colCost, ...(relax ? { colInteger: new Uint8Array(built.model.colInteger.length) } : {}) };
}

/** The objective of a solution of `withGrossPrice(built, p)` less its carbon charge p × W: the cost without any gross-emissions price. */
export function costWithoutGrossPrice(built: BuiltModel, objective: number, x: Float64Array, priceRmbPerTco2: number): number {
  return objective - priceRmbPerTco2 * discountedGrossTco2(built, x);
}
