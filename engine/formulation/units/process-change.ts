/**
 * converted[m,y]: output made by a changed process route, within its capacity and the output;
 * alternative routes of one group together convert at most the whole output (route_share[g,y]).
 */
import { component, key, type FormulationUnit } from '../context.ts';
import { measureOf } from '../explain.ts';
import { ofKind } from '../measure-kinds.ts';

export const processChangeUnit: FormulationUnit = {
  name: 'process_change',
  title: 'Output converted to a new process route, within installed capacity and the allowed share of output; cost: the route\'s non-energy running cost change (feedstock, electrodes)',
  unit: 'factory output units per year',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of ofKind(data.measures, 'process_change')) {
      for (const y of data.years) {
        const stock = v.stock.get(key(m.id, y));
        if (stock === undefined) continue;
        const output = data.factory.output.baseQuantity * data.growth[y]!;
        const col = ctx.variable(component('converted', m.id, y), { upper: m.effect.maxOutputShareFraction * output });
        v.converted.set(key(m.id, y), col);
        ctx.cost(col, data.discount[y]! * m.effect.variableCostRmbPerUnit[y]!, y);
        ctx.constraint(component('conversion_capacity', m.id, y), [[col, 1], [stock, -1]], '<=', 0);
      }
    }
    const groups = new Set(ofKind(data.measures, 'process_change').flatMap((m) => (m.effect.routeGroup ? [m.effect.routeGroup] : [])));
    for (const group of groups) {
      for (const y of data.years) {
        const terms = ofKind(data.measures, 'process_change')
          .filter((m) => m.effect.routeGroup === group)
          .flatMap((m) => {
            const col = v.converted.get(key(m.id, y));
            return col === undefined ? [] : [[col, 1] as [number, number]];
          });
        const output = data.factory.output.baseQuantity * data.growth[y]!;
        if (terms.length > 1) ctx.constraint(component('route_share', group, y), terms, '<=', output);
      }
    }
  },
  explain: {
    upperBound(c, data) {
      const m = measureOf(data, c);
      return m && m.effect.kind === 'process_change'
        ? {
            family: `converted:${m.id}`,
            message: `${m.nameEn} can convert at most ${(m.effect.maxOutputShareFraction * 100).toFixed(0)} % of output`,
            fix: `the share of output the route can take (${m.id}'s maxOutputShareFraction): add another route or abatement for the rest`,
          }
        : null;
    },
  },
};
