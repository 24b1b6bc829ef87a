/**
 * `lingtan track <scenario> --actuals DIR [--json] [--chart FILE.svg|png|json] [--lang en|zh]`: the
 * factory's actuals (DIR/actuals.yaml and DIR/readings.csv) against its plan — inventory, plan vs actual
 * with the variance wedges, the re-plan of the remaining years from the actual state, and the loan KPI
 * with its evidence; `--chart` writes the plan-vs-actual chart. Exit 3 when the original plan or the
 * re-plan has no solution (the cap path cannot be held), with the diagnosis.
 */
import { writeFile } from 'node:fs/promises';
import { buildChart } from '../../engine/charts/registry.ts';
import { renderPng, renderSvg } from '../../engine/charts/render.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { trackFactory } from '../../engine/tracking/track.ts';
import { trackJson } from '../../engine/tracking/track-json.ts';
import { EXIT, errEngine, out, outJson } from '../io.ts';
import { readActuals } from '../read-actuals.ts';
import { scenarioArgument } from '../read-scenario.ts';
import { renderTrack } from '../render-track.ts';
import type { Command } from './command.ts';

export const trackCommand: Command = {
  usage: 'track <scenario> --actuals DIR [--json] [--chart FILE.svg|png|json] [--lang en|zh]',
  summary: 'Actuals from meters against the plan: inventory, variance wedges, re-plan from the actual state, loan KPI evidence.',
  options: { actuals: { type: 'string' }, json: { type: 'boolean', default: false }, chart: { type: 'string' }, lang: { type: 'string', default: 'en' } },
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
    const lang = options['lang'];
    if (lang !== 'en' && lang !== 'zh') {
      errEngine({ code: 'actuals_invalid', message: `--lang must be en or zh, not ${String(lang)}` });
      return EXIT.badInput;
    }
    const result = trackFactory(scenario, actuals.value, await loadBackend('highs'));
    const json = trackJson(result);
    const chart = options['chart'];
    if (typeof chart === 'string') {
      const spec = buildChart('plan_vs_actual', { kind: 'tracking', track: json }, { lang, subtitle: actuals.value.factory.name })!;
      const body = chart.endsWith('.png') ? await renderPng(spec, { scale: 2 }) : chart.endsWith('.svg') ? await renderSvg(spec) : JSON.stringify(spec, null, 2);
      await writeFile(chart, body);
    }
    if (options['json'] === true) outJson(json);
    else out(renderTrack(scenario, result));
    const noPlan = (s: string | undefined) => s === 'infeasible' || s === 'unbounded' || s === 'error';
    return noPlan(result.original.status) || noPlan(result.replan?.plan.status) ? EXIT.infeasible : EXIT.ok;
  },
};
