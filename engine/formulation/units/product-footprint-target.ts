/**
 * Supply-chain levers against a customer's footprint requirement (path 4, 带动全产业链协同降碳):
 *   material_alternative[p_l_a,y] ∈ [0, availability]: share of BOM line l of product p bought as its
 *     low-carbon alternative a; cost = discount × premium × line quantity × product quantity(y).
 *   product_footprint_target[p,y]: the cradle-to-gate footprint per unit (engine/accounting/
 *     product-footprint.ts, linear in the plan) ≤ the target:
 *       Σ_a −saving_a × share_a + 1000 × alloc_p ÷ q_p(y) × [scope1 + EF_grid × (grid − green power − certificates)
 *         + EF_re × (green power + certificates + self-consumed) + EF_heat × heat]
 *       + Σ_l follows carrier (kg_l ÷ base carrier MWh(y)) × incumbent carrier flows
 *       ≤ target − fixed materials − fixed transport                        (kgCO2e per unit)
 *     (location basis: every grid MWh at EF_grid, no green-power terms). Its dual is the product's
 *     marginal cost per kgCO2e/unit, so an alternative is bought exactly when its premium per tCO2e
 *     saved is below that shadow price.
 * With `capShortfall` (diagnosis, plan evaluation) each target row gets a shortfall column
 * product_footprint_shortfall[p,y] in tCO2e of the year's output (×1000 ÷ q_p(y) in the row), so the
 * diagnosis names an unreachable target through `explain`. The technical-limit pass of the residual
 * stage (min_gross_emissions: the lowest gross emissions, whatever they cost) leaves products out.
 */
import {
  allocationShares, alternativeKey, alternativeSavingKg, lineBaseQuantity, lineMaterialKg, lineTransportKg,
} from '../../accounting/product-footprint.ts';
import { ELECTRICITY_FOOTPRINT } from '../../data/reference/material-factors.ts';
import type { Term } from '../../model/model-builder.ts';
import { component, componentName, key, type BindingExplanation, type Component, type FormulationUnit, type UnitExplainer } from '../context.ts';
import type { FactoryData } from '../factory-data.ts';

const FIX =
  'raise factories[].products.items[].targetKgco2ePerUnit, or declare more or cheaper low-carbon alternatives (bom[].alternatives, maxShareFraction)';

/** `a (9 kgCO2e per vehicle)`, the target of product keys[0] in year keys[1]. */
function targetOf(c: Component, data: FactoryData): { what: string; year: number } {
  const [id, year] = [String(c.keys[0]), Number(c.keys[1])];
  const p = data.factory.products?.items.find((x) => x.id === id);
  const target = p?.targetKgco2ePerUnit?.[year];
  const what = p === undefined || target === undefined ? id : `${id} (${target.toLocaleString('en-US', { maximumFractionDigits: 3 })} kgCO2e per ${p.unit})`;
  return { what, year };
}

/** A binding target row prices the product's footprint; a positive shortfall means it cannot be met. */
const productTargetExplainer: UnitExplainer = {
  row(c, data): BindingExplanation | null {
    if (c.block !== 'product_footprint_target') return null;
    const { what, year } = targetOf(c, data);
    return { family: `product_footprint_target:${String(c.keys[0])}`, message: `the footprint target of ${what} binds in ${year}`, fix: FIX };
  },
  shortfall(c, data): BindingExplanation | null {
    if (c.block !== 'product_footprint_shortfall') return null;
    const { what, year } = targetOf(c, data);
    return {
      family: `product_footprint_target:${String(c.keys[0])}`,
      component: componentName('product_footprint_target', ...c.keys),
      message: `the footprint target of ${what} cannot be met in ${year}: it is below what the site measures and the declared alternatives can reach`,
      fix: FIX,
    };
  },
};

export const productFootprintTargetUnit: FormulationUnit = {
  name: 'product_footprint_target',
  title: 'Low-carbon material alternatives and per-product footprint targets (kgCO2e per unit)',
  unit: 'kgCO2e/unit',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const products = data.factory.products;
    if (products === undefined || ctx.options.objective === 'min_gross_emissions') return;
    const shares = allocationShares(products.items, products.allocation);
    const efGrid = ELECTRICITY_FOOTPRINT.gridKgco2ePerKwh.value;
    const efRe = ELECTRICITY_FOOTPRINT.renewableKgco2ePerKwh.value;
    const market = products.electricityBasis === 'market';
    for (const p of products.items) {
      for (const y of data.years) {
        const quantity = p.baseQuantity * (data.growth[y] ?? 1);
        const terms: Term[] = [];
        let fixedKg = 0;
        p.bom.forEach((line, i) => {
          const kg = lineMaterialKg(line) + lineTransportKg(line);
          if (line.followsCarrier === undefined) fixedKg += kg;
          else {
            const cells = data.demand.filter((c) => c.carrier === line.followsCarrier);
            const baseMwh = cells.reduce((s, c) => s + c.baseMwh, 0) * (data.growth[y] ?? 1);
            if (baseMwh <= 0) fixedKg += kg;
            else for (const c of cells) terms.push([v.incumbent.get(key(c.endUse, c.carrier, y))!, kg / baseMwh]);
          }
          line.alternatives.forEach((alt, j) => {
            const upper = alt.maxShareFraction[y] ?? 0;
            if (upper <= 0) return;
            const id = alternativeKey(p.id, i, j);
            const col = ctx.variable(component('material_alternative', id, y), { upper });
            ctx.cost(col, data.discount[y]! * alt.premiumRmbPerUnit * lineBaseQuantity(line) * quantity, y);
            v.materialAlternative.set(key(id, y), col);
            terms.push([col, -alternativeSavingKg(line, j)]);
          });
        });
        const target = p.targetKgco2ePerUnit?.[y];
        if (target === undefined) continue;
        const k = (1000 * shares[p.id]!) / quantity;
        terms.push([v.scope1.get(y)!, k], [v.grid.get(y)!, k * efGrid]);
        const self = v.selfConsumed.get(y);
        if (self !== undefined) terms.push([self, k * efRe]);
        for (const col of market ? [v.greenPower.get(y), v.certificates.get(y)] : []) if (col !== undefined) terms.push([col, k * (efRe - efGrid)]);
        for (const c of data.demand.filter((d) => d.carrier === 'purchased_heat')) {
          terms.push([v.incumbent.get(key(c.endUse, c.carrier, y))!, k * data.factors[y]!.purchasedHeatTco2PerMwh]);
        }
        if (ctx.options.capShortfall === true) {
          // product_footprint_shortfall[p,y] ≥ 0, tCO2e of the year's output: ×1000 ÷ q_p(y) in kgCO2e per unit.
          const slack = ctx.variable(component('product_footprint_shortfall', p.id, y));
          ctx.goal(slack, ctx.costObjective ? (ctx.options.shortfallPenaltyRmbPerTco2 ?? 1e5) * data.discount[y]! : 1);
          terms.push([slack, -1000 / quantity]);
        }
        v.productTargetRow.set(key(p.id, y), ctx.constraint(component('product_footprint_target', p.id, y), terms, '<=', target - fixedKg));
      }
    }
  },
  explain: productTargetExplainer,
};
