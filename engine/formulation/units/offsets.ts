/**
 * offsets[o,y]: credits bought per product, only for allowed products and years, within market
 * availability; together at most the residual share of base-year gross emissions (减排为主、抵销为辅).
 * Cost: the product's price.
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { fmt, offsetOf } from '../explain.ts';

/** Whether the policy allows offsets in year y. */
export function offsetsAllowed(policy: { offsetYears: 'target_year_onward' | 'all' | number[] }, targetYear: number, y: number): boolean {
  const rule = policy.offsetYears;
  if (rule === 'all') return true;
  if (rule === 'target_year_onward') return y >= targetYear;
  return rule.includes(y);
}

export const offsetsUnit: FormulationUnit = {
  name: 'offsets',
  title: 'Offsets bought per product and year, within availability and the residual-share cap; cost: credit price',
  unit: 'tCO2',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const cap = data.policy.offsetShareCapFraction * data.baseGrossTco2;
    for (const y of data.years) {
      if (!offsetsAllowed(data.policy, data.targetYear, y) || data.offsetProducts.length === 0) continue;
      const limit = Math.min(cap, ctx.options.offsetResidualTco2?.[y] ?? Infinity);
      const terms: Array<[number, number]> = [];
      for (const o of data.offsetProducts) {
        const col = ctx.variable(component('offsets', o.id, y), { upper: o.availabilityTco2PerYear ?? Infinity });
        ctx.cost(col, data.discount[y]! * (o.priceRmbPerTco2[y]! - data.shadowCarbonRmbPerTco2[y]!), y);
        v.offsets.set(key(o.id, y), col);
        terms.push([col, 1]);
      }
      ctx.constraint(component('offset_share_cap', y), terms, '<=', limit);
    }
  },
  explain: {
    row(c, data) {
      if (c.block !== 'offset_share_cap') return null;
      return {
        family: c.block,
        message: `offsets capped at ${(data.policy.offsetShareCapFraction * 100).toFixed(0)} % of base-year gross emissions (${fmt(data.policy.offsetShareCapFraction * data.baseGrossTco2)} tCO2/yr)`,
        fix: 'policy.offsetShareCapFraction is set by the programme certified against: abate more on site, or raise it only if that programme allows',
      };
    },
    upperBound(c, data, upper) {
      const o = offsetOf(data, c);
      return o
        ? { family: `offsets:${o.id}`, message: `${o.nameEn} supply is limited to ${fmt(upper)} tCO2/yr`, fix: `allow another product in policy.allowedOffsetProducts, or check ${o.id}'s availabilityTco2PerYear` }
        : null;
    },
  },
};
