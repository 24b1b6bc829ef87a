/** renewable_share_floor[y]: self-consumed generation + green power + certificates ≥ floor × electricity use. */
import { component, type FormulationUnit } from '../context.ts';

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
      // self + gp + cert − φ (grid + self) ≥ 0
      const terms: Array<[number, number]> = [[v.grid.get(y)!, -phi]];
      const self = v.selfConsumed.get(y);
      if (self !== undefined) terms.push([self, 1 - phi]);
      for (const col of [v.greenPower.get(y), v.certificates.get(y)]) if (col !== undefined) terms.push([col, 1]);
      ctx.constraint(component('renewable_share_floor', y), terms, '>=', 0);
    }
  },
};
