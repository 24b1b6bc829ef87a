/**
 * The supply-chain levers of a solved plan (formulation unit product_footprint_target): the share of
 * each BOM line bought as its low-carbon alternative per year, and the shadow price of each product's
 * footprint target, RMB per tCO2e of the product's yearly total (the row's dual per kgCO2e/unit, in
 * that year's money, × 1000 ÷ quantity).
 */
import type { SolutionView } from './solution.ts';
import type { ProductLevers } from './types.ts';

export function productLevers(s: SolutionView): ProductLevers | null {
  const { data, v } = s.ctx;
  const products = data.factory.products;
  if (products === undefined) return null;
  const alternativesByYear: Record<number, Record<string, number>> = {};
  for (const [k, col] of v.materialAlternative) {
    const [id, year] = k.split('|') as [string, string];
    (alternativesByYear[Number(year)] ??= {})[id] = s.value(col);
  }
  const targetShadowRmbPerTco2e: Record<string, Record<number, number>> = {};
  for (const p of products.items) {
    for (const y of data.years) {
      const dual = s.dual(v.productTargetRow.get(`${p.id}|${y}`));
      if (dual === null) continue;
      const price = (-dual / data.discount[y]!) * (1000 / (p.baseQuantity * (data.growth[y] ?? 1)));
      (targetShadowRmbPerTco2e[p.id] ??= {})[y] = Math.abs(price) < 1e-9 ? 0 : price;
    }
  }
  return { alternativesByYear, targetShadowRmbPerTco2e };
}
