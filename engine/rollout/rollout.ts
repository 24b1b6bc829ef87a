/**
 * Sector rollout: every factory of a population solved on a worker pool against its sector's
 * template, the results streamed into sector totals.
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import type { SectorId } from '../data/sectors.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { ProgressListener } from '../parallel/progress.ts';
import type { RunContext, TaskOutcome, TaskRunner } from '../parallel/tasks.ts';
import { RolloutAccumulator } from './aggregate.ts';
import type { PopulationRow } from './population.ts';
import type { RolloutFactoryResult, RolloutOptions, RolloutTasks, RolloutTemplates } from './solve-row.ts';
import { sectorTemplate, type TemplateOptions } from './templates.ts';

export interface RolloutRunOptions extends RolloutOptions, TemplateOptions {
  /** The worker pool the factories run on (the caller starts and closes it: engine/tasks/pool.ts). */
  readonly pool: TaskRunner<RolloutTasks>;
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

/** Run a rollout on the pool (with `templates`, a run context already holding the templates of these rows). */
export async function runRollout(rows: readonly PopulationRow[], o: RolloutRunOptions, templates?: RunContext<RolloutTemplates>): Promise<Result<RolloutResult>> {
  let context = templates;
  if (context === undefined) {
    const t = rolloutTemplates(rows, o);
    if (!t.ok) return t;
    context = o.pool.context<RolloutTemplates>(t.value);
  }
  const acc = new RolloutAccumulator();
  const options: RolloutOptions = {
    settings: o.settings,
    ...(o.carbonPriceRmbPerTco2 !== undefined ? { carbonPriceRmbPerTco2: o.carbonPriceRmbPerTco2 } : {}),
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
  await o.pool.runAll(
    rows.map((row) => ({ kind: 'rollout_factory' as const, row, options })),
    (index, outcome) => {
      waiting.set(index, outcome);
      fold();
      o.onProgress?.({ done: ++done, total: rows.length, failed: acc.failures.length });
    },
    { context, signal: o.signal, timeoutMs: o.taskTimeoutMs },
  );
  return ok({ factories: rows.length, sectors: acc.result(), failures: acc.failures, carbonPriceRmbPerTco2: o.carbonPriceRmbPerTco2 ?? null });
}
