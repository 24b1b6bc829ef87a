/**
 * `runRollout` over Redis workers: the population stored once, cut into shards of rows, solved by
 * any number of `lingtan worker` processes, merged into exactly the totals of an in-process run.
 */
import { ok, type Result } from '../errors.ts';
import { rolloutTemplates, type RolloutResult, type RolloutRunOptions } from '../rollout/rollout.ts';
import type { PopulationRow } from '../rollout/population.ts';
import type { RolloutFactoryResult, RolloutOptions } from '../rollout/solve-row.ts';
import type { TemplateOptions } from '../rollout/templates.ts';
import { RolloutMerge } from './merge-rollout.ts';
import type { DistributedOptions, DistributedRun } from './options.ts';
import { runShards } from './run-shards.ts';

export interface DistributedRolloutOptions extends Omit<RolloutRunOptions, 'pool' | 'signal' | 'onProgress'>, DistributedOptions {}

export async function runRolloutDistributed(rows: readonly PopulationRow[], o: DistributedRolloutOptions): Promise<Result<DistributedRun<RolloutResult>>> {
  const templates = rolloutTemplates(rows, o);
  if (!templates.ok) return templates;
  const templateOptions: TemplateOptions = {
    ...(o.endYear !== undefined ? { endYear: o.endYear } : {}),
    ...(o.netTargetFractionOfBase !== undefined ? { netTargetFractionOfBase: o.netTargetFractionOfBase } : {}),
  };
  const rolloutOptions: RolloutOptions = {
    settings: o.settings,
    ...(o.carbonPriceRmbPerTco2 !== undefined ? { carbonPriceRmbPerTco2: o.carbonPriceRmbPerTco2 } : {}),
  };
  const merge = new RolloutMerge(rows, o.carbonPriceRmbPerTco2);
  const run = await runShards<RolloutFactoryResult>(
    { kind: 'rollout', rows, templateOptions, rolloutOptions, ...(o.taskTimeoutMs !== undefined ? { taskTimeoutMs: o.taskTimeoutMs } : {}) },
    o,
    (part) => merge.fold(part),
  );
  return ok({ result: merge.result(), run });
}
