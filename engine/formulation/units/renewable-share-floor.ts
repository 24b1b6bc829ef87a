/**
 * renewable_share_floor[y]: self-consumed generation + green power + certificates ≥ floor × the
 * electricity the equipment uses (electricityUseTerms: on the annual balance equal to grid + self; on
 * representative days battery losses are not use, as in certify_criteria and the compliance check).
 */
import { component, type FormulationUnit } from '../context.ts';
import { electricityUseTerms } from '../expressions.ts';

export const renewableShareFloorUnit: FormulationUnit = {
  name: 'renewable_share_floor',
  title: 'Minimum renewable share of electricity use (on-site, green power trading, certificates)',
  unit: 'MWh',
  kind: 'constraints',
  apply(ctx) {
    const { data, v } = ctx;
    const floor = data.policy.renewableShareFloorFraction;
    if (floor === undefined) return;
    for (const y of data.years) {
      const phi = floor[y]!;
      if (phi <= 0) continue;
      // self + gp + cert − φ U ≥ 0
      const terms: Array<[number, number]> = electricityUseTerms(ctx, y, -phi).map(([c, a]) => [c, a]);
      for (const col of [v.selfConsumed.get(y), v.greenPower.get(y), v.certificates.get(y)]) if (col !== undefined) terms.push([col, 1]);
      ctx.constraint(component('renewable_share_floor', y), terms, '>=', 0);
    }
  },
};
