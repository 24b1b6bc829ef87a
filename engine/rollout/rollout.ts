/**
 * Sector rollout: every factory of a population solved on the worker pool against its sector's
 * template, the results streamed into sector totals.
 */
import type { Scenario } from '../data/load-scenario.ts';
import type { SectorId } from '../data/sectors.ts';
import { fail, ok, type Result } from '../errors.ts';
import { SolverPool } from '../parallel/pool.ts';
import type { ProgressListener } from '../parallel/progress.ts';
import { RolloutAccumulator } from './aggregate.ts';
import type { PopulationRow } from './population.ts';
import type { RolloutFactoryResult, RolloutOptions } from './solve-row.ts';
import type { TaskOutcome } from '../parallel/tasks.ts';
import { sectorTemplate, type TemplateOptions } from './templates.ts';

export interface RolloutRunOptions extends RolloutOptions, TemplateOptions {
  readonly workers?: number;
  readonly taskTimeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

export type RolloutResult = {
  readonly factories: number;
  readonly sectors: ReturnType<RolloutAccumulator['result']>;
  readonly failures: ReadonlyArray<{ readonly id: string; readonly message: string }>;
  readonly carbonPriceRmbPerTco2: number | null;
};

export function rolloutTemplates(rows: readonly PopulationRow[], o: TemplateOptions): Result<Partial<Record<SectorId, Scenario>>> {
  const templates: Partial<Record<SectorId, Scenario>> = {};
  for (const sector of new Set(rows.map((r) => r.sector))) {
    const t = sectorTemplate(sector, o);
    if (!t.ok) return fail(t.error);
    templates[sector] = t.value;
  }
  return ok(templates);
}

/** Run a rollout on a fresh pool (or on `pool` when given: it must hold these templates). */
export async function runRollout(rows: readonly PopulationRow[], o: RolloutRunOptions, pool?: SolverPool): Promise<Result<RolloutResult>> {
  const templates = rolloutTemplates(rows, o);
  if (!templates.ok) return templates;
  const own = pool ?? new SolverPool({ workers: o.workers, context: { templates: templates.value }, taskTimeoutMs: o.taskTimeoutMs });
  const acc = new RolloutAccumulator();
  const options: RolloutOptions = {
    ...(o.carbonPriceRmbPerTco2 !== undefined ? { carbonPriceRmbPerTco2: o.carbonPriceRmbPerTco2 } : {}),
    ...(o.timeLimitSeconds !== undefined ? { timeLimitSeconds: o.timeLimitSeconds } : {}),
  };
  let done = 0;
  // Fold results in population order (floating-point sums then do not depend on which worker
  // finished first); only the few results that arrive ahead of their turn wait here.
  const waiting = new Map<number, TaskOutcome<RolloutFactoryResult>>();
  let nextToFold = 0;
  const fold = () => {
    for (let r = waiting.get(nextToFold); r !== undefined; r = waiting.get(nextToFold)) {
      waiting.delete(nextToFold);
      if (r.ok) acc.add(r.value);
      else acc.fail(rows[nextToFold]!.id, `${r.error.code}: ${r.error.message}`);
      nextToFold++;
    }
  };
  try {
    await own.runAll(
      rows.map((row) => ({ kind: 'rollout_factory' as const, row, options })),
      (index, outcome) => {
        waiting.set(index, outcome);
        fold();
        o.onProgress?.({ done: ++done, total: rows.length, failed: acc.failures.length });
      },
      o.signal ? { signal: o.signal } : {},
    );
  } finally {
    if (pool === undefined) await own.close();
  }
  return ok({ factories: rows.length, sectors: acc.result(), failures: acc.failures, carbonPriceRmbPerTco2: o.carbonPriceRmbPerTco2 ?? null });
}
