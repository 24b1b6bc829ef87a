/**
 * green_power[y] (绿电交易) and green_certificates[y] (绿证): bought on top of grid electricity, at
 * most the grid purchase; they lower market-based Scope 2. Cost: premium or certificate price.
 */
import { component, type FormulationUnit } from '../context.ts';
import { ofKind } from '../measure-kinds.ts';

export const greenPurchasesUnit: FormulationUnit = {
  name: 'green_purchases',
  title: 'Green power trading and green certificates, at most the grid purchase; cost: premium / certificate price',
  unit: 'MWh',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    // One product per instrument (the first listed), so component names stay unique.
    const products = ofKind(data.measures, 'green_purchase').filter(
      (m, i, all) => all.findIndex((o) => o.effect.instrument === m.effect.instrument) === i,
    );
    if (products.length === 0) return;
    for (const y of data.years) {
      const terms: Array<[number, number]> = [[v.grid.get(y)!, -1]];
      for (const m of products) {
        if (y < m.earliestYear) continue;
        const trading = m.effect.instrument === 'green_power_trading';
        const col = ctx.variable(component(trading ? 'green_power' : 'green_certificates', y), {
          upper: m.maxUnits ?? Infinity,
        });
        ctx.cost(col, data.discount[y]! * m.effect.premiumRmbPerMwh[y]!, y);
        (trading ? v.greenPower : v.certificates).set(y, col);
        terms.push([col, 1]);
      }
      if (terms.length > 1) ctx.constraint(component('green_purchase_limit', y), terms, '<=', 0);
    }
  },
  explain: {
    row(c) {
      return {
        family: c.block,
        message: 'green power and certificates already cover every grid MWh',
        fix: 'the remaining emissions are direct (Scope 1): electrify heat, switch fuels or change the process',
      };
    },
  },
};
