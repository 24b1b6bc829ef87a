/**
 * `lingtan track <scenario> --actuals DIR [--backend highs|jslp] [--json] [--chart FILE.svg|png|json] [--lang en|zh]`: the
 * factory's actuals (DIR/actuals.yaml and DIR/readings.csv) against its plan — inventory, plan vs actual
 * with the variance wedges, the re-plan of the remaining years from the actual state, and the loan KPI
 * with its evidence; `--chart` writes the plan-vs-actual chart. Exit 3 when the original plan or the
 * re-plan has no solution (the cap path cannot be held), with the diagnosis.
 */
import { writeFile } from 'node:fs/promises';
import { BACKEND_IDS, isBackendId, resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import { EXIT, err, errEngine, out, outJson } from '../io.ts';
import type { Command } from './command.ts';

export const trackCommand: Command = {
  name: 'track',
  summary: 'Actuals from meters against the plan: inventory, variance wedges, re-plan from the actual state, loan KPI evidence.',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: {
    actuals: { type: 'string', value: 'DIR', description: 'a folder with actuals.yaml and readings.csv (required)' },
    backend: { type: 'string', value: 'highs|jslp', defaultText: "the scenario's solver.backend (highs)", description: 'solver backend' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
    chart: { type: 'string', value: 'FILE.svg|png|json', description: 'also write the plan-vs-actual chart' },
    lang: { type: 'string', value: 'en|zh', default: 'en', description: "the chart's language" },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { readActuals }, { loadBackend }, { trackFactory }, { trackJson }, { renderTrack }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../read-actuals.ts'),
      import('../../engine/solvers/index.ts'),
      import('../../engine/tracking/track.ts'),
      import('../../engine/tracking/track-json.ts'),
      import('../render-track.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const dir = options['actuals'];
    if (typeof dir !== 'string' || dir === '') {
      errEngine({ code: 'actuals_invalid', message: 'missing --actuals DIR (a folder with actuals.yaml and readings.csv)' });
      return EXIT.badInput;
    }
    const backendId = typeof options['backend'] === 'string' ? options['backend'] : scenario.solver.backend;
    if (!isBackendId(backendId)) {
      err(`error: unknown backend "${backendId}" (expected ${BACKEND_IDS.join(' or ')})`);
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
    const settings = resolveSolverSettings(scenario.solver, { backend: backendId });
    const result = trackFactory(scenario, actuals.value, await loadBackend(settings.backend), settings);
    const json = trackJson(result);
    const chart = options['chart'];
    if (typeof chart === 'string') {
      const [{ buildChart }, { renderPng, renderSvg }] = await Promise.all([import('../../engine/charts/registry.ts'), import('../../engine/charts/render.ts')]);
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
