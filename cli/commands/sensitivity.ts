/** `lingtan sensitivity <scenario> [--workers W] [--json]`: one-at-a-time ranges → tornado data. */
import { resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import { intOption } from '../options.ts';
import { progressReporter } from '../progress.ts';
import { formatNumber, table } from '../table.ts';
import type { Command } from './command.ts';

const m = (x: number | null) => (x === null ? 'no plan' : formatNumber(x / 1e6, 2));
const p = (x: number | null) => (x === null ? '—' : formatNumber(x, 1));

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'One-at-a-time sensitivity of total cost and carbon shadow price (tornado data).',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: {
    workers: { type: 'string', value: 'W', defaultText: 'one per core', description: 'solver threads of the in-process pool' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { runSensitivity }, { loadBackend }, { withPool }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/simulation/sensitivity.ts'),
      import('../../engine/solvers/index.ts'),
      import('../../engine/tasks/pool.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const workers = intOption(options, 'workers', 1);
    if (!workers.ok) return (err(`error: ${workers.message}`), EXIT.badInput);
    const bar = progressReporter('cases');
    const settings = resolveSolverSettings(scenario.solver);
    const backend = await loadBackend(settings.backend);
    const r = await withPool({ workers: workers.value }, (pool) => runSensitivity(scenario, backend, { pool, settings, onProgress: bar.update }));
    bar.done();
    if (options['json'] === true) outJson(r);
    else {
      out(`Sensitivity of ${r.scenarioId}: base cost ${m(r.baseCostRmb)} M RMB, shadow price ${p(r.baseShadowPriceRmbPerTco2)} RMB/tCO2`);
      if (r.rows.length === 0) out('no ranges: declare `uncertainty.inputs` or `sensitivity.inputs` in the scenario');
      else out(table(['input', 'low', 'high', 'cost low M', 'cost high M', 'price low', 'price high'],
        r.rows.map((row) => [row.input, formatNumber(row.lowValue, 3), formatNumber(row.highValue, 3), m(row.costLowRmb), m(row.costHighRmb), p(row.shadowPriceLowRmbPerTco2), p(row.shadowPriceHighRmbPerTco2)])));
    }
    return EXIT.ok;
  },
};
