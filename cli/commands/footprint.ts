/**
 * `lingtan footprint <scenario> [--json]`: optimise every factory (HiGHS), then the cradle-to-gate
 * footprint of each declared product by stage and year, under the baseline and under the plan, with
 * the CBAM embedded emissions of a CBAM good and the per-kWh view of a battery.
 */
import { footprintScenario } from '../../engine/footprint/footprint-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { EXIT, err, out, outJson } from '../io.ts';
import { scenarioArgument } from '../read-scenario.ts';
import { renderFootprint } from '../render-footprint.ts';
import type { Command } from './command.ts';

export const footprintCommand: Command = {
  usage: 'footprint <scenario> [--json]',
  summary: 'Product carbon footprints (cradle-to-gate, by stage) per year under the baseline and the plan; CBAM embedded emissions; battery kgCO2e/kWh.',
  options: { json: { type: 'boolean', default: false } },
  async run(positionals, options) {
    const scenario = await scenarioArgument(positionals, 'footprint <scenario>');
    if (scenario === null) return EXIT.badInput;
    if (scenario.factories.every((f) => f.products === undefined)) {
      err(`error: ${positionals[0]}: factories[].products: no factory declares products (see README, "Product footprint")`);
      return EXIT.badInput;
    }
    const plan = optimiseScenario(scenario, await loadBackend('highs'));
    const result = footprintScenario(scenario, plan);
    if (options['json'] === true) outJson(result);
    else out(renderFootprint(scenario, result));
    if (plan.status === 'error' || plan.status === 'unbounded') return EXIT.internal;
    return EXIT.ok;
  },
};
