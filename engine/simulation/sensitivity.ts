/**
 * One-at-a-time sensitivity (tornado): each uncertain input at its low and high value, the others at
 * their reference, re-optimised; the effect on total cost and on the carbon shadow price. Ranges come
 * from `scenario.sensitivity`, else the P5–P95 of the input's distribution.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SolverSettings } from '../data/schemas/solver.ts';
import { UNCERTAIN_INPUTS, type UncertainInputId } from '../data/schemas/uncertainty.ts';
import type { TaskRunner } from '../parallel/tasks.ts';
import type { SolverBackend } from '../solvers/types.ts';
import { quantile } from './distributions.ts';
import { runDraw, type DrawResult, type DrawTasks } from './draw.ts';
import type { ProgressListener } from '../parallel/progress.ts';

export interface TornadoRow {
  readonly input: UncertainInputId;
  readonly title: string;
  readonly lowValue: number;
  readonly highValue: number;
  readonly costLowRmb: number | null;
  readonly costHighRmb: number | null;
  readonly shadowPriceLowRmbPerTco2: number | null;
  readonly shadowPriceHighRmbPerTco2: number | null;
  /** |costHigh − costLow|, for ordering the bars. */
  readonly swingRmb: number;
}

export interface SensitivityResult {
  readonly scenarioId: string;
  readonly baseCostRmb: number | null;
  readonly baseShadowPriceRmbPerTco2: number | null;
  readonly rows: readonly TornadoRow[];
}

export function sensitivityRanges(scenario: Scenario): Array<{ input: UncertainInputId; low: number; high: number }> {
  const explicit = new Map(scenario.sensitivity.inputs.map((i) => [i.input, i]));
  const fromUncertainty = scenario.uncertainty.inputs
    .filter((u) => !explicit.has(u.input))
    .map((u) => ({ input: u.input, low: quantile(u.distribution, 0.05), high: quantile(u.distribution, 0.95) }));
  return [...explicit.values(), ...fromUncertainty];
}

export async function runSensitivity(
  scenario: Scenario,
  backend: SolverBackend,
  o: { readonly pool: TaskRunner<DrawTasks>; readonly settings: SolverSettings; readonly onProgress?: ProgressListener; readonly signal?: AbortSignal },
): Promise<SensitivityResult> {
  const ranges = sensitivityRanges(scenario);
  const base = runDraw(scenario, { index: 0, seed: 0, mode: 'reoptimise', settings: o.settings, values: {} }, backend);
  const points = ranges.flatMap((r) => [{ [r.input]: r.low }, { [r.input]: r.high }]);
  const results: Array<DrawResult | null> = new Array(points.length).fill(null);
  if (points.length > 0) {
    let done = 0;
    await o.pool.runAll(
      points.map((values, index) => ({ kind: 'draw' as const, spec: { index, seed: 0, mode: 'reoptimise' as const, settings: o.settings, values } })),
      (index, outcome) => {
        results[index] = outcome.ok ? outcome.value : null;
        o.onProgress?.({ done: ++done, total: points.length, failed: 0 });
      },
      { context: o.pool.context(scenario), signal: o.signal },
    );
  }
  const rows = ranges.map((r, i): TornadoRow => {
    const lo = results[2 * i] ?? null;
    const hi = results[2 * i + 1] ?? null;
    const costLow = lo?.totalCostRmb ?? null;
    const costHigh = hi?.totalCostRmb ?? null;
    return {
      input: r.input,
      title: UNCERTAIN_INPUTS[r.input].title,
      lowValue: r.low,
      highValue: r.high,
      costLowRmb: costLow,
      costHighRmb: costHigh,
      shadowPriceLowRmbPerTco2: lo?.shadowPriceRmbPerTco2 ?? null,
      shadowPriceHighRmbPerTco2: hi?.shadowPriceRmbPerTco2 ?? null,
      swingRmb: costLow !== null && costHigh !== null ? Math.abs(costHigh - costLow) : 0,
    };
  });
  rows.sort((a, b) => b.swingRmb - a.swingRmb);
  return { scenarioId: scenario.id, baseCostRmb: base.totalCostRmb, baseShadowPriceRmbPerTco2: base.shadowPriceRmbPerTco2, rows };
}
