/**
 * electricity_use[c,y]: the year's electricity use of each load class (production, HVAC,
 * continuous, electrified heat), from the same terms as the annual balance; the hourly balance
 * spreads each over the hours by its shape.
 */
import { component, key, type FormulationUnit } from '../../context.ts';
import { electricityUseParts } from '../../expressions.ts';
import { hourlyIndex, hourlyOf } from '../hourly-index.ts';
import { loadClassOf } from '../hourly-data.ts';

export const electricLoadUnit: FormulationUnit = {
  name: 'electric_load',
  title: 'Yearly electricity use per load class (production, HVAC, continuous, electrified heat), spread over the hours by its shape',
  unit: 'MWh',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const hourly = hourlyOf(ctx);
    const index = hourlyIndex(ctx);
    for (const y of ctx.data.years) {
      const byClass = new Map<string, Array<[number, number]>>();
      for (const part of electricityUseParts(ctx, y, -1)) {
        const c = loadClassOf(hourly, part.endUse);
        const terms = byClass.get(c) ?? [];
        terms.push([part.col, part.coef]);
        byClass.set(c, terms);
      }
      for (const c of hourly.classes) {
        const terms = byClass.get(c);
        if (terms === undefined) continue;
        const col = ctx.variable(component('electricity_use', c, y));
        index.use.set(key(c, y), col);
        ctx.constraint(component('electricity_use_definition', c, y), [[col, 1], ...terms], '=', 0);
      }
    }
  },
};
