/** Narrowing helpers: measures by effect kind. */
import type { Measure } from '../data/schemas/scenario.ts';

export type MeasureOf<K extends Measure['effect']['kind']> = Measure & { effect: Extract<Measure['effect'], { kind: K }> };

const byKind = new WeakMap<readonly Measure[], Map<string, readonly Measure[]>>();

/** The measures of one effect kind (memoised per measure list: units ask for them in inner loops). */
export function ofKind<K extends Measure['effect']['kind']>(measures: readonly Measure[], kind: K): readonly MeasureOf<K>[] {
  let kinds = byKind.get(measures);
  if (kinds === undefined) {
    kinds = new Map();
    byKind.set(measures, kinds);
  }
  let list = kinds.get(kind);
  if (list === undefined) {
    list = measures.filter((m): m is MeasureOf<K> => m.effect.kind === kind);
    kinds.set(kind, list);
  }
  return list as readonly MeasureOf<K>[];
}

/** Every measure except yearly purchases has builds and a stock. */
export const isBuildable = (m: Measure): boolean => m.effect.kind !== 'green_purchase';

export const isLumpy = (m: Measure): boolean =>
  m.lumpy !== undefined && (m.lumpy.minSizeUnits > 0 || m.lumpy.fixedCostRmb > 0);
