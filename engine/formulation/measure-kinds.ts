/** Narrowing helpers: measures by effect kind. */
import type { Measure } from '../data/schemas/scenario.ts';

export type MeasureOf<K extends Measure['effect']['kind']> = Measure & { effect: Extract<Measure['effect'], { kind: K }> };

export function ofKind<K extends Measure['effect']['kind']>(measures: readonly Measure[], kind: K): MeasureOf<K>[] {
  return measures.filter((m): m is MeasureOf<K> => m.effect.kind === kind);
}

/** Every measure except yearly purchases has builds and a stock. */
export const isBuildable = (m: Measure): boolean => m.effect.kind !== 'green_purchase';

export const isLumpy = (m: Measure): boolean =>
  m.lumpy !== undefined && (m.lumpy.minSizeUnits > 0 || m.lumpy.fixedCostRmb > 0);
