/**
 * Emissions by scope and source per year, read from the model and recomputed independently through
 * the accounting module (engine/accounting) from the solved energy flows; the two must agree.
 */
import { accountYear, type EnergyFlow } from '../accounting/inventory.ts';
import { key } from '../formulation/context.ts';
import { processReductionTerms } from '../formulation/expressions.ts';
import { ofKind } from '../formulation/measure-kinds.ts';
import type { SolutionView } from './solution.ts';
import type { EmissionsYear } from './types.ts';

export function emissionsByYear(s: SolutionView): EmissionsYear[] {
  const { data, v } = s.ctx;
  return data.years.map((y) => {
    const scope1 = s.value(v.scope1.get(y));
    const scope2 = s.value(v.scope2.get(y));
    const captured = ofKind(data.measures, 'carbon_removal').reduce((sum, m) => sum + s.value(v.captured.get(key(m.id, y))), 0);
    const reduction = processReductionTerms(s.ctx, y).reduce((sum, [col, coef]) => sum + coef * s.value(col), 0);
    const processTco2 = data.processTco2[y]! - reduction;
    const offsetsByProductTco2: Record<string, number> = {};
    for (const o of data.offsetProducts) {
      const x = s.value(v.offsets.get(key(o.id, y)));
      if (x > 0) offsetsByProductTco2[o.id] = x;
    }
    const offsets = Object.values(offsetsByProductTco2).reduce((a, b) => a + b, 0);
    const energy: EnergyFlow[] = data.demand
      .filter((c) => c.carrier !== 'electricity')
      .map((c) => ({ endUse: c.endUse, carrier: c.carrier, energyMwh: s.value(v.incumbent.get(key(c.endUse, c.carrier, y))) }));
    energy.push({ endUse: 'other_electric', carrier: 'electricity', energyMwh: s.value(v.grid.get(y)) });
    const acc = accountYear(
      {
        year: y,
        energy,
        processTco2: processTco2 - captured,
        greenPowerMwh: s.value(v.greenPower.get(y)),
        certificatesMwh: s.value(v.certificates.get(y)),
      },
      data.factors[y]!,
    );
    const market = data.scope2Method === 'market';
    const accounted = acc.scope1Tco2 + (market ? acc.scope2MarketTco2 : acc.scope2LocationTco2);
    return {
      year: y,
      scope1Tco2: scope1,
      scope2Tco2: scope2,
      scope2LocationTco2: acc.scope2LocationTco2,
      scope2MarketTco2: acc.scope2MarketTco2,
      processTco2,
      capturedTco2: captured,
      offsetsTco2: offsets,
      offsetsByProductTco2,
      netTco2: scope1 + scope2 - offsets,
      capTco2: data.capTco2[y] ?? null,
      accountingGapTco2: Math.abs(accounted - (scope1 + scope2)),
    };
  });
}
