/** capex_budget[y]: cash capex (builds × capex + fixed project costs) within the yearly budget. */
import { component, key, type FormulationUnit } from '../context.ts';
import { fmt } from '../explain.ts';

export const capexBudgetUnit: FormulationUnit = {
  name: 'capex_budget',
  title: 'Cash capex per year within the capex budget',
  unit: 'RMB',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const budget = data.policy.capexBudgetRmb;
    if (budget === undefined || ctx.options.omitCapexBudget === true) return;
    for (const y of data.years) {
      const terms: Array<[number, number]> = [];
      for (const m of data.measures) {
        const build = v.build.get(key(m.id, y));
        if (build !== undefined && m.capexRmbPerUnit[y]! > 0) terms.push([build, m.capexRmbPerUnit[y]!]);
        const invest = v.invest.get(key(m.id, y));
        if (invest !== undefined && m.lumpy !== undefined && m.lumpy.fixedCostRmb > 0) terms.push([invest, m.lumpy.fixedCostRmb]);
      }
      if (terms.length > 0) ctx.constraint(component('capex_budget', y), terms, '<=', budget[y]!);
    }
  },
  explain: {
    row(c, data) {
      const year = Number(c.keys[0]);
      return {
        family: c.block,
        message: `the capex budget binds in ${year} (${fmt(data.policy.capexBudgetRmb?.[year] ?? 0)} RMB)`,
        fix: `raise policy.capexBudgetRmb for ${year}, or give the plan more years (a later policy.targetYear)`,
      };
    },
  },
};
