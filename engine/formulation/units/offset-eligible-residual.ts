/**
 * 降无可降 inside the plan. engine/optimise/residual.ts first finds R_y, the gross emissions left
 * after every reduction up to the economic ceiling (or at the technical limit); the plan then keeps
 *
 *   gross_within_residual[y]:  Scope 1 + Scope 2 ≤ max(R_y, cap_y)
 *
 * in every capped year in which offsets are allowed. Together with offsets ≤ gross (offsets unit)
 * this means offsets ≤ R_y, but it says more, and it has to: with offsets ≤ R_y alone a near-zero
 * target (steel's cap of 0.3 × base, R_y = 0.2 × base) could be met at gross 0.5 × base with
 * 0.2 × base of credits, skipping every reduction priced between the credit and the ceiling.
 * - cap_y < R_y: gross ≤ R_y, so every reduction up to the ceiling is made (at least its emission
 *   level is reached, at least cost) and offsets or dearer reductions cover R_y − cap_y.
 * - cap_y ≥ R_y: gross ≤ cap_y, so the cap is met by reductions alone (all of them cheaper than the
 *   ceiling) and offsets have nothing to do.
 * Marginal-cost re-solves move the bound with the cap (max(R_y, cap_y ± δ)); R_y stays.
 *
 * technical_limit: Σ df_y (Scope 1 + Scope 2) ≤ W, the second pass of the technical limit (the
 * cheapest plan among those with the lowest discounted gross emissions W).
 */
import { component, scalarComponent, type FormulationUnit } from '../context.ts';
import { offsetsAllowed } from './offsets.ts';

export const offsetEligibleResidualUnit: FormulationUnit = {
  name: 'offset_eligible_residual',
  title: 'Gross emissions within the offset-eligible residual or the cap, whichever is higher, in years offsets are allowed (降无可降)',
  unit: 'tCO2',
  kind: 'constraints',
  apply(ctx) {
    const { data, v, options } = ctx;
    const residual = options.offsetEligibleResidualTco2;
    if (residual !== undefined && options.omitCaps !== true && data.offsetProducts.length > 0) {
      for (const y of data.years) {
        const cap = data.capTco2[y];
        const r = residual[y];
        if (cap === undefined || r === undefined || !offsetsAllowed(data.policy, data.targetYear, y)) continue;
        const row = ctx.constraint(component('gross_within_residual', y), [[v.scope1.get(y)!, 1], [v.scope2.get(y)!, 1]], '<=', Math.max(r, cap));
        v.residualRow.set(y, row);
      }
    }
    if (options.maxDiscountedGrossTco2 !== undefined) {
      const terms = data.years.flatMap((y): Array<[number, number]> => [[v.scope1.get(y)!, data.discount[y]!], [v.scope2.get(y)!, data.discount[y]!]]);
      ctx.constraint(scalarComponent('technical_limit'), terms, '<=', options.maxDiscountedGrossTco2);
    }
  },
};
