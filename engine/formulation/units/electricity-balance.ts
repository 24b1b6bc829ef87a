/** electricity_balance[y]: grid purchase + self-consumed generation = electricity use of end-uses and measures. */
import { component, type FormulationUnit } from '../context.ts';
import { electricityUseTerms } from '../expressions.ts';

export const electricityBalanceUnit: FormulationUnit = {
  name: 'electricity_balance',
  title: 'Electricity balance: grid purchase + self-consumed on-site generation = use by end-uses, heat pumps, boilers, process change and capture',
  unit: 'MWh',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const y of data.years) {
      const terms: Array<readonly [number, number]> = [[v.grid.get(y)!, 1], ...electricityUseTerms(ctx, y, -1)];
      const self = v.selfConsumed.get(y);
      if (self !== undefined) terms.push([self, 1]);
      ctx.constraint(component('electricity_balance', y), terms, '=', 0);
    }
  },
};
