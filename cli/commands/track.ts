/**
 * `lingtan track <scenario> --actuals DIR [--json]`: the factory's actuals (DIR/actuals.yaml and
 * DIR/readings.csv) against its plan — inventory, plan vs actual with the variance wedges, the re-plan
 * of the remaining years from the actual state, and the loan KPI with its evidence. Exit 3 when the
 * original plan or the re-plan has no solution (the cap path cannot be held), with the diagnosis.
 */
import { loadBackend } from '../../engine/solvers/index.ts';
import { trackFactory } from '../../engine/tracking/track.ts';
import { trackJson } from '../../engine/tracking/track-json.ts';
import { EXIT, errEngine, out, outJson } from '../io.ts';
import { readActuals } from '../read-actuals.ts';
import { scenarioArgument } from '../read-scenario.ts';
import { renderTrack } from '../render-track.ts';
import type { Command } from './command.ts';

export const trackCommand: Command = {
  usage: 'track <scenario> --actuals DIR [--json]',
  summary: 'Actuals from meters against the plan: inventory, variance wedges, re-plan from the actual state, loan KPI evidence.',
  options: { actuals: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(positionals, options) {
    const scenario = await scenarioArgument(positionals, 'track <scenario> --actuals DIR');
    if (scenario === null) return EXIT.badInput;
    const dir = options['actuals'];
    if (typeof dir !== 'string' || dir === '') {
      errEngine({ code: 'actuals_invalid', message: 'missing --actuals DIR (a folder with actuals.yaml and readings.csv)' });
      return EXIT.badInput;
    }
    const actuals = await readActuals(scenario, dir);
    if (!actuals.ok) {
      errEngine(actuals.error);
      return EXIT.badInput;
    }
    const result = trackFactory(scenario, actuals.value, await loadBackend('highs'));
    if (options['json'] === true) outJson(trackJson(result));
    else out(renderTrack(scenario, result));
    const noPlan = (s: string | undefined) => s === 'infeasible' || s === 'unbounded' || s === 'error';
    return noPlan(result.original.status) || noPlan(result.replan?.plan.status) ? EXIT.infeasible : EXIT.ok;
  },
};
