/**
 * `lingtan stochastic <scenario> [--scenarios N] [--cvar-alpha A --cvar-weight L] [--first-stage-end YEAR]
 *  [--method auto|extensive|decomposition] [--sampling sample|enumerate] [--seed S] [--workers W] [--json]`:
 * the two-stage stochastic plan over the scenario's uncertain inputs (engine/stochastic), beside the
 * deterministic plan, with VSS and EVPI.
 */
import { resolveSolverSettings } from '../../engine/data/schemas/solver.ts';
import type { StochasticOptionsInput } from '../../engine/stochastic/options.ts';
import type { EngineError } from '../../engine/errors.ts';
import type { PlanOutcome, StochasticResult } from '../../engine/stochastic/types.ts';
import { err, errEngine, EXIT, out, outJson } from '../io.ts';
import { intOption, numberOption } from '../options.ts';
import { progressReporter } from '../progress.ts';
import { formatNumber, table } from '../table.ts';
import type { Command, OptionValues } from './command.ts';

/** The flag each option field comes from, so an error names what the user typed. */
const FLAG_OF: Readonly<Record<string, string>> = {
  scenarios: '--scenarios',
  'cvar.alphaFraction': '--cvar-alpha',
  'cvar.weight': '--cvar-weight',
  firstStageEndYear: '--first-stage-end',
  method: '--method',
  sampling: '--sampling',
  seed: '--seed',
};

const m = (rmb: number | null) => (rmb === null ? '—' : formatNumber(rmb / 1e6, 3));

function outcomeRow(label: string, o: PlanOutcome): (string | number)[] {
  return [label, m(o.expectedCostRmb), m(o.p5Rmb), m(o.p50Rmb), m(o.p95Rmb), m(o.cvarRmb), `${(o.targetMetProbability * 100).toFixed(1)} %`];
}

function render(r: StochasticResult): string {
  const alpha = r.cvar?.alphaFraction ?? 0.95;
  const lines = [
    `Two-stage stochastic plan of ${r.scenarioId}: ${r.scenarios.length} scenarios (${r.sampling}, seed ${r.seed}), first stage ${r.firstStageYears.join('–')}`,
    `objective: expected discounted cost${r.cvar && r.cvar.weight > 0 ? ` + ${r.cvar.weight} × CVaR ${alpha}` : ''}; solved by ${r.solver.method} in ${r.solver.seconds.toFixed(2)} s (${r.solver.message})`,
    '',
    'First-stage builds (stochastic vs deterministic plan):',
    r.plan.length === 0
      ? '  none'
      : table(['factory', 'measure', 'year', 'stochastic', 'deterministic'], r.plan.map((p) => [p.factoryId, p.measureId, String(p.year), formatNumber(p.stochasticUnits, 1), formatNumber(p.deterministicUnits, 1)])),
    '',
    `Cost across scenarios, M RMB (discounted; incl. the shortfall penalty where a cap is missed):`,
    table(['plan', 'expected', 'P5', 'P50', 'P95', `CVaR ${alpha}`, 'target met'], [outcomeRow('stochastic', r.stochastic), outcomeRow('deterministic', r.deterministic), ['wait-and-see', m(r.waitAndSee.expectedCostRmb), '', '', '', '', '']]),
    '',
    `VSS  (deterministic − stochastic expected cost): ${m(r.vssRmb)} M RMB`,
    `EVPI (stochastic − wait-and-see expected cost):  ${m(r.evpiRmb)} M RMB`,
  ];
  return lines.join('\n');
}

function stochasticOptions(options: OptionValues): { ok: true; value: StochasticOptionsInput } | { ok: false; message: string } {
  const scenarios = intOption(options, 'scenarios', 0);
  const seed = intOption(options, 'seed', 0);
  const end = intOption(options, 'first-stage-end', 0);
  const alpha = numberOption(options, 'cvar-alpha');
  const weight = numberOption(options, 'cvar-weight');
  for (const p of [scenarios, seed, end, alpha, weight]) if (!p.ok) return p;
  const v = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);
  const a = v(alpha);
  const w = v(weight);
  return {
    ok: true,
    value: {
      ...(v(scenarios) !== undefined ? { scenarios: v(scenarios) } : {}),
      ...(v(seed) !== undefined ? { seed: v(seed) } : {}),
      ...(v(end) !== undefined ? { firstStageEndYear: v(end) } : {}),
      ...(a !== undefined || w !== undefined ? { cvar: { alphaFraction: a ?? 0.95, weight: w ?? 0 } } : {}),
      ...(typeof options['method'] === 'string' ? { method: options['method'] as StochasticOptionsInput['method'] } : {}),
      ...(typeof options['sampling'] === 'string' ? { sampling: options['sampling'] as StochasticOptionsInput['sampling'] } : {}),
    },
  };
}

function reportError(error: EngineError, file: string): void {
  const issues = (error.issues ?? []).map((i) => ({ ...i, path: FLAG_OF[i.path] !== undefined ? `${FLAG_OF[i.path]} (${i.path})` : i.path }));
  errEngine({ ...error, file, issues });
}

export const stochasticCommand: Command = {
  name: 'stochastic',
  summary: 'Two-stage stochastic plan: first-stage builds that hold up across the uncertain inputs, with VSS and EVPI.',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON) with an uncertainty block' }],
  flags: {
    scenarios: { type: 'string', value: 'N', default: '20', description: 'scenarios sampled from the uncertainty block (the cap on enumerated ones)' },
    'cvar-alpha': { type: 'string', value: 'A', defaultText: '0.95 when --cvar-weight is given', description: 'CVaR level α in (0, 1): the mean of the worst 1 − α of scenario costs' },
    'cvar-weight': { type: 'string', value: 'L', defaultText: '0 (risk-neutral)', description: 'weight λ of CVaR beside the expected cost' },
    'first-stage-end': { type: 'string', value: 'YEAR', defaultText: "the horizon's second year", description: 'last year whose builds are decided now (shared by every scenario)' },
    method: { type: 'string', value: 'auto|extensive|decomposition', default: 'auto', description: 'extensive form in one HiGHS model, or L-shaped decomposition on the pool (auto: extensive up to 30 scenarios)' },
    sampling: { type: 'string', value: 'sample|enumerate', default: 'sample', description: 'seeded equiprobable draws, or every combination of discrete inputs' },
    seed: { type: 'string', value: 'S', defaultText: "the scenario's uncertainty.seed", description: 'random seed of the sampled scenarios' },
    workers: { type: 'string', value: 'W', defaultText: 'one per core', description: 'solver threads of the in-process pool' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { checkStochastic, runStochastic }, { loadBackend }, { withPool }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/stochastic/stochastic-plan.ts'),
      import('../../engine/solvers/index.ts'),
      import('../../engine/tasks/pool.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const workers = intOption(options, 'workers', 1);
    if (!workers.ok) return (err(`error: ${workers.message}`), EXIT.badInput);
    const parsed = stochasticOptions(options);
    if (!parsed.ok) return (err(`error: ${parsed.message}`), EXIT.badInput);
    const file = positionals[0]!;
    const checked = checkStochastic(scenario, parsed.value);
    if (!checked.ok) return (reportError(checked.error, file), EXIT.badInput);
    const settings = resolveSolverSettings(scenario.solver);
    const backend = await loadBackend(settings.backend);
    const bar = progressReporter('solves');
    const r = await withPool({ workers: workers.value }, (pool) => runStochastic(scenario, backend, { options: parsed.value, settings, pool, onProgress: bar.update }));
    bar.done();
    if (!r.ok) return (reportError(r.error, file), r.error.code === 'stochastic_invalid' ? EXIT.badInput : EXIT.internal);
    if (options['json'] === true) outJson(r.value);
    else out(render(r.value));
    return EXIT.ok;
  },
};
