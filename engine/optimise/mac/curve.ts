/**
 * The factory's marginal abatement cost (MAC) curve in its target year, derived from the model:
 * the steps of its cost–emissions frontier (frontier.ts). Each step is the abatement a uniform
 * carbon price buys between two frontier vertices, at the price that makes both optimal (RMB/tCO2,
 * each year's money); it is split among measures by diffing the two plans' per-measure abatement
 * (attribution.ts). Measures competing for the same MWh or end-use (certificates vs green-power
 * trading vs on-site PV; heat pumps vs efficiency on one end-use) share what they compete for by
 * construction, since every step is one change of one plan: cumulative abatement = baseline −
 * technical limit ≤ baseline. Within a step, a measure whose share is negative (e.g. electrification
 * adding grid load while certificates cover it) is netted against the others in proportion.
 */
import type { FactoryData } from '../../formulation/factory-data.ts';
import type { SolveOptions, SolverBackend } from '../../solvers/types.ts';
import type { MacPoint } from '../../results/types.ts';
import { grossTco2 } from '../gross-price.ts';
import { attribute, baselineGrossTco2, type Attribution } from './attribution.ts';
import { costEmissionsFrontier, type FrontierOptions } from './frontier.ts';

export interface MacCurve {
  readonly points: readonly MacPoint[];
  /** Target-year baseline gross emissions (no measure), tCO2: cumulative abatement never exceeds it. */
  readonly baselineTco2: number;
  /** Target-year gross emissions at the technical limit, tCO2; null when the sweep failed. */
  readonly technicalLimitTco2: number | null;
  readonly technicalLimits: ReadonlyArray<{ readonly component: string; readonly message: string }>;
  readonly solves: number;
}

const TINY_TCO2 = 1e-6;

export function modelMacCurve(data: FactoryData, backend: SolverBackend, solve: SolveOptions, o: FrontierOptions = {}): MacCurve {
  const T = data.targetYear;
  const baselineTco2 = baselineGrossTco2(data, T);
  const frontier = costEmissionsFrontier(data, backend, solve, o);
  if (frontier === null) return { points: [], baselineTco2, technicalLimitTco2: null, technicalLimits: [], solves: 1 };
  const { built, vertices } = frontier;
  // Steps in the target year: a vertex that leaves target-year emissions unchanged replaces the
  // step's start (the change was in other years), one that raises them is merged into the next step,
  // so every step abates and the steps add up to baseline − technical limit exactly.
  const steps: Array<{ a: (typeof vertices)[number]; b: (typeof vertices)[number]; at: Attribution; bt: Attribution }> = [];
  let start = vertices[0]!;
  let startAt = attribute(built, start.x, T);
  for (const vertex of vertices.slice(1)) {
    const at = attribute(built, vertex.x, T);
    const drop = startAt.grossTco2 - at.grossTco2;
    if (Math.abs(drop) <= TINY_TCO2) [start, startAt] = [vertex, at];
    else if (drop > 0) {
      steps.push({ a: start, b: vertex, at: startAt, bt: at });
      [start, startAt] = [vertex, at];
    }
  }
  const byId = new Map(data.measures.map((m) => [m.id, m]));
  const points: MacPoint[] = [];
  for (const { a, b, at, bt } of steps) {
    const price = (b.costRmb - a.costRmb) / (a.discountedGrossTco2 - b.discountedGrossTco2);
    const step = at.grossTco2 - bt.grossTco2;
    const ids = new Set([...at.byMeasure.keys(), ...bt.byMeasure.keys()]);
    const positive = [...ids].map((id) => [id, (bt.byMeasure.get(id) ?? 0) - (at.byMeasure.get(id) ?? 0)] as const).filter(([, d]) => d > TINY_TCO2);
    const total = positive.reduce((s, [, d]) => s + d, 0);
    for (const [id, d] of positive) {
      const m = byId.get(id)!;
      points.push({ measureId: id, nameEn: m.nameEn, nameZh: m.nameZh, category: m.category, costRmbPerTco2: price, abatementTco2PerYear: (step * d) / total });
    }
  }
  points.sort((p, q) => p.costRmbPerTco2 - q.costRmbPerTco2);
  return {
    points,
    baselineTco2,
    technicalLimitTco2: grossTco2(built, vertices[vertices.length - 1]!.x, T),
    technicalLimits: frontier.technicalLimits.filter((l) => !l.component.startsWith('policy.')),
    solves: frontier.solves,
  };
}
