/**
 * `lingtan simulate <scenario> --draws N [--mode evaluate|reoptimise] [--seed S] [--workers W | --redis URL [--shard-size N]] [--json]`:
 * Monte Carlo over the scenario's uncertain inputs on the worker pool (or, with --redis, on
 * `lingtan worker` processes).
 */
import { resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import type { MonteCarloResult } from '../../engine/simulation/monte-carlo.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import { intOption } from '../options.ts';
import { progressReporter } from '../progress.ts';
import { formatNumber, table } from '../table.ts';
import type { Command } from './command.ts';
import { redisRunOptions } from './worker.ts';

function render(r: MonteCarloResult): string {
  const s = r.summary;
  const lines = [
    `Monte Carlo (${r.mode}) of ${r.scenarioId}: ${s.succeeded}/${s.draws} draws, seed ${r.seed}`,
    `inputs: ${r.inputs.map((i) => `${i.input} ~ ${JSON.stringify(i.distribution)}`).join('; ') || 'none declared (every draw is the reference case)'}`,
    `probability of meeting every cap: ${(s.probabilityTargetMet * 100).toFixed(1)} %`,
  ];
  if (s.totalCostRmb) lines.push(`discounted cost, M RMB: P5 ${formatNumber(s.totalCostRmb.p5 / 1e6, 2)} · P50 ${formatNumber(s.totalCostRmb.p50 / 1e6, 2)} · P95 ${formatNumber(s.totalCostRmb.p95 / 1e6, 2)}`);
  lines.push('', table(['year', 'cost P5 M', 'cost P50 M', 'cost P95 M', 'net tCO2 P5', 'net P50', 'net P95'],
    s.costByYearRmb.map((c, i) => {
      const n = s.netTco2ByYear[i];
      return [String(c.year), c.p5 / 1e6, c.p50 / 1e6, c.p95 / 1e6, n?.p5 ?? 0, n?.p50 ?? 0, n?.p95 ?? 0];
    }), { digits: 1 }));
  if (s.measureFrequency.length > 0) {
    lines.push('', table(['measure', 'share of draws', 'median size'], s.measureFrequency.map((m) => [m.measureId, `${(m.shareOfDraws * 100).toFixed(0)} %`, formatNumber(m.medianSize, 1)])));
  }
  if (r.failed.length > 0) lines.push('', `failed draws: ${r.failed.map((f) => `#${f.index} ${f.error.code} (${f.error.message})`).join('; ')}`);
  return lines.join('\n');
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Monte Carlo over the uncertain inputs declared in the scenario (P5/P50/P95, target probability).',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: {
    draws: { type: 'string', value: 'N', defaultText: "the scenario's uncertainty.draws", description: 'number of draws' },
    mode: { type: 'string', value: 'evaluate|reoptimise', default: 'reoptimise', description: 'evaluate the optimal plan under each draw, or re-optimise each draw' },
    seed: { type: 'string', value: 'S', defaultText: "the scenario's uncertainty.seed", description: 'random seed (draw i uses a seed derived from it)' },
    workers: { type: 'string', value: 'W', defaultText: 'one per core', description: 'solver threads of the in-process pool' },
    redis: { type: 'string', value: 'URL', description: 'run on `lingtan worker` processes through this Redis (instead of --workers)' },
    'shard-size': { type: 'string', value: 'N', defaultText: 'from the run size', description: 'items per shard (with --redis)' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { runMonteCarlo }, { loadBackend }, { withPool }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/simulation/monte-carlo.ts'),
      import('../../engine/solvers/index.ts'),
      import('../../engine/tasks/pool.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const mode = options['mode'];
    const draws = intOption(options, 'draws', 1);
    const seed = intOption(options, 'seed', 0);
    const workers = intOption(options, 'workers', 1);
    for (const p of [draws, seed, workers]) if (!p.ok) return (err(`error: ${p.message}`), EXIT.badInput);
    if (mode !== 'evaluate' && mode !== 'reoptimise') return (err('error: --mode must be evaluate or reoptimise'), EXIT.badInput);
    const distributed = redisRunOptions(options);
    if (!distributed.ok) return (err(`error: ${distributed.message}`), EXIT.badInput);
    const bar = progressReporter('draws');
    const settings = resolveSolverSettings(scenario.solver);
    const backend = await loadBackend(settings.backend);
    const common = {
      mode,
      settings,
      ...(draws.ok && draws.value !== undefined ? { draws: draws.value } : {}),
      ...(seed.ok && seed.value !== undefined ? { seed: seed.value } : {}),
      onProgress: bar.update,
    } as const;
    let failedShards: string[] = [];
    let result: MonteCarloResult;
    if (distributed.value !== undefined) {
      const { runMonteCarloDistributed } = await import('../../engine/distributed/monte-carlo.ts');
      const r = await runMonteCarloDistributed(scenario, backend, { ...common, ...distributed.value, onEvent: (m) => err(m) }).catch((e: Error) => e);
      if (r instanceof Error) return (bar.done(), err(`error: distributed run failed: ${r.message}`), EXIT.internal);
      failedShards = r.run.failedShards.map((f) => `shard ${f.jobId} (draws ${f.start}–${f.end - 1}) failed after ${f.attempts} attempt(s): ${f.message}`);
      result = r.result;
    } else {
      result = await withPool({ workers: workers.ok ? workers.value : undefined }, (pool) => runMonteCarlo(scenario, backend, { ...common, pool }));
    }
    bar.done();
    if (options['json'] === true) outJson(result);
    else out(render(result));
    if (failedShards.length > 0) return (err(`${failedShards.join('\n')}\npartial result: ${failedShards.length} shard(s) failed`), EXIT.internal);
    return result.summary.succeeded === 0 ? EXIT.infeasible : EXIT.ok;
  },
};
