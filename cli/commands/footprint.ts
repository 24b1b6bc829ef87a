/**
 * `lingtan footprint <scenario> [--json]`: optimise every factory (HiGHS), then the cradle-to-gate
 * footprint of each declared product by stage and year, under the baseline and under the plan, with
 * the CBAM embedded emissions of a CBAM good and the per-kWh view of a battery. `--chart-dir` writes
 * one Vega-Lite spec per product (stacked stages by year, baseline and plan).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import { EXIT, err, out, outJson } from '../io.ts';
import type { Command } from './command.ts';

export const footprintCommand: Command = {
  name: 'footprint',
  summary: 'Product carbon footprints (cradle-to-gate, by stage) per year under the baseline and the plan; CBAM embedded emissions; battery kgCO2e/kWh.',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON) whose factories declare products' }],
  flags: {
    json: { type: 'boolean', description: 'print JSON instead of tables' },
    'chart-dir': { type: 'string', value: 'DIR', description: 'write one Vega-Lite spec per product (stacked stages by year, baseline and plan)' },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { productFootprintChart, productFootprintRows }, { footprintScenario }, { optimiseScenario }, { loadBackend }, { renderFootprint }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/charts/product-footprint.ts'),
      import('../../engine/footprint/footprint-scenario.ts'),
      import('../../engine/optimise/optimise-scenario.ts'),
      import('../../engine/solvers/index.ts'),
      import('../render-footprint.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    if (scenario.factories.every((f) => f.products === undefined)) {
      err(`error: ${positionals[0]}: factories[].products: no factory declares products (see README, "Product footprint")`);
      return EXIT.badInput;
    }
    const settings = resolveSolverSettings(scenario.solver);
    const plan = optimiseScenario(scenario, await loadBackend(settings.backend), { settings });
    const result = footprintScenario(scenario, plan);
    if (options['json'] === true) outJson(result);
    else out(renderFootprint(scenario, result));
    const dir = options['chart-dir'];
    if (typeof dir === 'string') {
      mkdirSync(dir, { recursive: true });
      for (const f of result.factories) {
        for (const p of f.products) {
          const file = join(dir, `footprint-${f.factoryId}-${p.id}.vl.json`);
          writeFileSync(file, JSON.stringify(productFootprintChart(productFootprintRows(p), p.unit, { subtitle: p.name }), null, 2));
          err(`wrote ${file}`);
        }
      }
    }
    if (plan.status === 'error' || plan.status === 'unbounded') return EXIT.internal;
    return EXIT.ok;
  },
};
