/**
 * units_built[m,y] ∈ ℤ≥0 for counted equipment (vehicles, boilers, kilns): each build is a whole number
 * of units of the measure's unit size (build = size × units_built). Makes the model a MILP; a scenario
 * with `measures.wholeUnits: false` builds continuous sizes instead.
 */
import { buildLimitUnits, wholeUnitSize } from '../build-limits.ts';
import { component, key, type FormulationUnit } from '../context.ts';

export const wholeUnitsUnit: FormulationUnit = {
  name: 'whole_units',
  title: 'Counted equipment is built in whole units: build = unit size × an integer count',
  unit: 'units of equipment (integer)',
  kind: 'variables_and_constraints',
  apply(ctx) {
    const { data, v } = ctx;
    for (const m of data.measures) {
      const size = wholeUnitSize(data, m);
      if (size === null) continue;
      for (const y of data.years) {
        const build = v.build.get(key(m.id, y));
        if (build === undefined) continue;
        const upper = buildLimitUnits(data, m, y);
        const count = ctx.variable(component('units_built', m.id, y), {
          upper: Number.isFinite(upper) ? Math.round(upper / size) : Infinity,
          integer: true,
        });
        ctx.constraint(component('whole_units', m.id, y), [[build, 1], [count, -size]], '=', 0);
      }
    }
  },
};
