/**
 * `lingtan rollout <population.csv|json> [--workers W | --redis URL [--shard-size N]] [--cap-tco2 X --cap-year Y] [--json]`:
 * solve every factory of a population in the pool (or, with --redis, on `lingtan worker` processes)
 * and report sector totals; with a cap, find the uniform carbon price at which the sector meets it.
 */
import { readFile } from 'node:fs/promises';
import type { RolloutResult } from '../../engine/rollout/rollout.ts';
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';
import { SECTORS } from '../../engine/data/sectors.ts';
import { err, errEngine, EXIT, out, outJson } from '../io.ts';
import { intOption, numberOption } from '../options.ts';
import { progressReporter } from '../progress.ts';
import { formatNumber, table } from '../table.ts';
import type { Command } from './command.ts';
import { redisRunOptions } from './worker.ts';

function render(r: RolloutResult): string {
  return r.sectors
    .map((t) => {
      const years = Object.keys(t.netTco2ByYear).map(Number).sort();
      const offsets = Object.entries(t.offsetsTco2ByProduct).map(([p, s]) => `${p} ${formatNumber(Object.values(s).reduce((a, b) => a + b, 0))} t`);
      return [
        `${SECTORS[t.sector].nameZh} ${SECTORS[t.sector].nameEn}: ${t.factories} factories, ${t.metTarget} meet their target; base-year gross ${formatNumber(t.baseGrossTco2)} tCO2; discounted cost ${formatNumber(t.costRmb / 1e6, 1)} M RMB`,
        table(['year', 'net tCO2', 'shortfall tCO2', 'capex M RMB', 'green MWh'], years.map((y) => [String(y), t.netTco2ByYear[y] ?? 0, t.shortfallTco2ByYear[y] ?? 0, (t.capexRmbByYear[y] ?? 0) / 1e6, t.greenPurchasesMwhByYear[y] ?? 0])),
        `offsets demand: ${offsets.join('; ') || 'none'}`,
        `sector MAC (cheapest 5): ${t.mac.slice(0, 5).map((m) => `${m.measureId} ${formatNumber(m.costRmbPerTco2)} RMB/t × ${formatNumber(m.abatementTco2PerYear)} t/yr`).join('; ')}`,
      ].join('\n');
    })
    .concat(r.failures.length > 0 ? [`failed factories: ${r.failures.map((f) => `${f.id} (${f.message})`).join('; ')}`] : [])
    .join('\n\n');
}

export const rolloutCommand: Command = {
  name: 'rollout',
  summary: 'Sector rollout over a population; with a sector cap, the clearing carbon price.',
  positionals: [{ name: 'population', description: 'a population file (CSV or JSON, e.g. from `lingtan population`)' }],
  flags: {
    workers: { type: 'string', value: 'W', defaultText: 'one per core', description: 'solver threads of the in-process pool' },
    redis: { type: 'string', value: 'URL', description: 'run on `lingtan worker` processes through this Redis (instead of --workers)' },
    'shard-size': { type: 'string', value: 'N', defaultText: 'from the run size', description: 'items per shard (with --redis)' },
    'cap-tco2': { type: 'string', value: 'X', description: 'sector cap on net emissions, tCO2 (with --cap-year): find the carbon price that meets it' },
    'cap-year': { type: 'string', value: 'Y', description: 'the year the sector cap applies to' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
  },
  async run(positionals, options) {
    const [file] = positionals;
    if (file === undefined) return (err('error: missing <population>'), EXIT.badInput);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      return (err(`error: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`), EXIT.badInput);
    }
    const [{ parsePopulation }, { rolloutTemplates, runRollout }, { capYearProblem, findSectorPrice }, { withPool }] = await Promise.all([
      import('../../engine/rollout/population.ts'),
      import('../../engine/rollout/rollout.ts'),
      import('../../engine/rollout/sector-price.ts'),
      import('../../engine/tasks/pool.ts'),
    ]);
    const rows = parsePopulation(text, file);
    if (!rows.ok) return (errEngine(rows.error), EXIT.badInput);
    const workers = intOption(options, 'workers', 1);
    const cap = numberOption(options, 'cap-tco2');
    const capYear = intOption(options, 'cap-year', 2000);
    for (const p of [workers, cap, capYear]) if (!p.ok) return (err(`error: ${p.message}`), EXIT.badInput);
    if ((cap.ok && cap.value !== undefined) !== (capYear.ok && capYear.value !== undefined)) return (err('error: --cap-tco2 and --cap-year go together'), EXIT.badInput);
    const distributed = redisRunOptions(options);
    if (!distributed.ok) return (err(`error: ${distributed.message}`), EXIT.badInput);
    if (distributed.value !== undefined && cap.ok && cap.value !== undefined) return (err('error: --cap-tco2 runs in-process only (not with --redis yet)'), EXIT.badInput);
    const bar = progressReporter('factories');
    // The sector templates carry the default solver settings.
    const settings = DEFAULT_SOLVER_SETTINGS;
    if (distributed.value !== undefined) {
      const { runRolloutDistributed } = await import('../../engine/distributed/rollout.ts');
      const r = await runRolloutDistributed(rows.value, { ...distributed.value, settings, onProgress: bar.update, onEvent: (m) => err(m) }).catch((e: Error) => e);
      bar.done();
      if (r instanceof Error) return (err(`error: distributed run failed: ${r.message}`), EXIT.internal);
      if (!r.ok) return (errEngine(r.error), EXIT.internal);
      if (options['json'] === true) outJson(r.value.result);
      else out(render(r.value.result));
      for (const f of r.value.run.failedShards) err(`shard ${f.jobId} (rows ${f.start}–${f.end - 1}) failed after ${f.attempts} attempt(s): ${f.message}`);
      return r.value.run.complete ? EXIT.ok : (err(`partial result: ${r.value.run.failedShards.length} of ${r.value.run.shards} shards failed`), EXIT.internal);
    }
    const w = { workers: workers.ok ? workers.value : undefined };
    if (cap.ok && cap.value !== undefined && capYear.ok && capYear.value !== undefined) {
      const capTco2 = cap.value;
      const year = capYear.value;
      const templates = rolloutTemplates(rows.value, {});
      const badYear = templates.ok ? capYearProblem(templates.value, year) : null;
      if (badYear !== null) return (err(`error: --cap-year: ${badYear}`), EXIT.badInput);
      const r = await withPool(w, (pool) => findSectorPrice(rows.value, { pool, settings, capTco2, capYear: year, onProgress: bar.update }));
      bar.done();
      if (!r.ok) return (errEngine(r.error), EXIT.internal);
      if (options['json'] === true) outJson(r.value);
      else out(`${r.value.message}\nprice ${formatNumber(r.value.priceRmbPerTco2, 2)} RMB/tCO2 → ${capYear.value} emissions ${formatNumber(r.value.totalTco2)} tCO2 (cap ${formatNumber(cap.value)}), ${r.value.iterations.length} rollouts\n\n${render(r.value.totals)}`);
      return r.value.met ? EXIT.ok : EXIT.infeasible;
    }
    const r = await withPool(w, (pool) => runRollout(rows.value, { pool, settings, onProgress: bar.update }));
    bar.done();
    if (!r.ok) return (errEngine(r.error), EXIT.internal);
    if (options['json'] === true) outJson(r.value);
    else out(render(r.value));
    return EXIT.ok;
  },
};
