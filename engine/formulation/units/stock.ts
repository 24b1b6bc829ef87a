/** stock[m,y] = builds still within their lifetime; fixed O&M on the stock. */
import { firstBuildYear } from '../build-limits.ts';
import { component, key, type FormulationUnit } from '../context.ts';
import { fmt, measureOf } from '../explain.ts';
import { isBuildable } from '../measure-kinds.ts';

export const stockUnit: FormulationUnit = {
  name: 'stock',
  title: 'Installed stock: the sum of builds still within their lifetime; cost: fixed O&M',
  unit: 'measure size unit',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of data.measures.filter(isBuildable)) {
      const builds = data.years.map((b) => [b, v.build.get(key(m.id, b))] as const);
      const first = firstBuildYear(data, m);
      for (const y of data.years) {
        if (y < first) continue;
        const col = ctx.variable(component('stock', m.id, y), { upper: m.maxUnits ?? Infinity });
        ctx.cost(col, data.discount[y]! * m.fixedOmRmbPerUnitYear, y);
        v.stock.set(key(m.id, y), col);
        const terms: Array<[number, number]> = [[col, 1]];
        for (const [b, build] of builds) {
          if (build !== undefined && b <= y && y < b + m.lifetimeYears) terms.push([build, -1]);
        }
        ctx.constraint(component('stock_definition', m.id, y), terms, '=', 0);
      }
    }
  },
  explain: {
    upperBound(c, data, upper) {
      const m = measureOf(data, c);
      return m
        ? { family: `stock:${m.id}`, message: `${m.nameEn} is at its maximum size of ${fmt(upper)} ${m.sizeUnit}`, fix: `${m.id}'s maxUnits bounds it: raise it (measures.custom) only if the site can hold more` }
        : null;
    },
  },
};
