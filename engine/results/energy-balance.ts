/** Energy balance per year: electricity supply and use, fuels by carrier, useful demand met. */
import type { CarrierId } from '../data/reference/fuels.ts';
import { key } from '../formulation/context.ts';
import { electricityUseTerms } from '../formulation/expressions.ts';
import { ofKind } from '../formulation/measure-kinds.ts';
import type { SolutionView } from './solution.ts';
import type { EnergyYear } from './types.ts';

export function energyBalance(s: SolutionView): EnergyYear[] {
  const { data, v } = s.ctx;
  return data.years.map((y) => {
    const generation = ofKind(data.measures, 'onsite_generation').reduce(
      (sum, m) => sum + s.value(v.stock.get(key(m.id, y))) * data.yieldMwhPerKw[m.id]!,
      0,
    );
    const incumbentByCarrierMwh: Partial<Record<CarrierId, number>> = {};
    for (const cell of data.demand) {
      const x = s.value(v.incumbent.get(key(cell.endUse, cell.carrier, y)));
      incumbentByCarrierMwh[cell.carrier] = (incumbentByCarrierMwh[cell.carrier] ?? 0) + x;
    }
    let electrified = 0;
    for (const m of ofKind(data.measures, 'electrification')) {
      for (const u of m.effect.endUses) electrified += s.value(v.electric.get(key(m.id, u, y)));
    }
    let saved = 0;
    for (const m of ofKind(data.measures, 'efficiency')) {
      for (const u of m.effect.endUses) saved += m.effect.savingFraction * s.value(v.treated.get(key(m.id, u, y)));
    }
    const self = s.value(v.selfConsumed.get(y));
    const exported = s.value(v.exported.get(y));
    return {
      year: y,
      gridMwh: s.value(v.grid.get(y)),
      onsiteGenerationMwh: generation,
      selfConsumedMwh: self,
      exportedMwh: exported,
      curtailedMwh: Math.max(0, generation - self - exported),
      greenPowerMwh: s.value(v.greenPower.get(y)),
      certificatesMwh: s.value(v.certificates.get(y)),
      electricityUseMwh: electricityUseTerms(s.ctx, y).reduce((sum, [col, coef]) => sum + coef * s.value(col), 0),
      incumbentByCarrierMwh,
      electrifiedUsefulMwh: electrified,
      savedUsefulMwh: saved,
    };
  });
}
