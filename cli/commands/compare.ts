/**
 * `lingtan compare <scenario|run-id>... [--label L]... [--json] [--svg FILE] [--png FILE] [--lang en|zh]`:
 * 2–10 plans side by side — the comparison of `POST /v1/compare` (engine/optimise/compare-plans.ts).
 * An argument is a scenario file, a bundled scenario id (`automotive-shanghai`), or the id (or a
 * unique prefix of at least 8 characters) of an optimise or finance run in the server's store.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComparedPlan, PlanComparisonEntry } from '../../engine/optimise/compare-plans.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import type { ScenarioPlan } from '../../engine/optimise/types.ts';
import { projectUrl } from '../../engine/parallel/runtime.ts';
import { err, errEngine, EXIT, out, outJson } from '../io.ts';
import { progressReporter } from '../progress.ts';
import { formatNumber, table } from '../table.ts';
import type { Command } from './command.ts';

const MIN = 2;
const MAX = 10;
const BUNDLED = fileURLToPath(projectUrl('scenarios/'));
const RUN_ID = /^[0-9a-f]{8,64}$/;

interface Member extends ComparedPlan {
  readonly plan: ScenarioPlan;
  /** The stored run's id; null for a scenario optimised here. */
  readonly runId: string | null;
  readonly source: string;
}

type Resolved = { ok: true; value: Member } | { ok: false; message: string };

const bundledFile = (id: string): string | null => {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  const file = ['.yaml', '.yml', '.json'].map((ext) => join(BUNDLED, `${id}${ext}`)).find(existsSync);
  return file ?? null;
};

/** A stored optimise or finance run, from the run store under `dataDir`. */
async function storedMember(arg: string, dataDir: string, label: string | undefined): Promise<Resolved> {
  if (!existsSync(dataDir)) return { ok: false, message: `"${arg}" is not a scenario file or a bundled scenario, and there is no run store at ${dataDir} (--data)` };
  const [{ openDb }, { RunStore }] = await Promise.all([import('../../server/store/db.ts'), import('../../server/store/runs.ts')]);
  const db = openDb(dataDir);
  try {
    const store = new RunStore(db);
    const ids = store.idsWithPrefix(arg);
    if (ids.length !== 1) return { ok: false, message: ids.length === 0 ? `no run "${arg}" in ${dataDir}` : `run id prefix "${arg}" is ambiguous in ${dataDir}` };
    const run = store.get(ids[0]!.tenant, ids[0]!.id)!;
    if (run.kind !== 'optimise' && run.kind !== 'finance') return { ok: false, message: `run "${arg}" is a ${run.kind} run, not an optimisation` };
    const source = JSON.parse(run.sourceJson ?? 'null') as { scenarioName: string; plan: ScenarioPlan };
    return { ok: true, value: { label, name: source.scenarioName, plan: source.plan, runId: run.id, source: `run ${run.id.slice(0, 12)}` } };
  } finally {
    db.close();
  }
}

function render(entries: readonly PlanComparisonEntry[], members: readonly Member[]): string {
  const m = (x: number | null) => (x === null ? '—' : formatNumber(x / 1e6, 2));
  const n = (x: number | null, d = 0) => (x === null ? '—' : formatNumber(x, d));
  return [
    `Plan comparison (${entries.length} runs); money in M RMB, cost discounted to the base year, net emissions in each factory's target year`,
    '',
    table(
      ['run', 'source', 'status', 'cost', 'net tCO2', 'capex', 'shadow RMB/t', 'offsets tCO2'],
      entries.map((e, i) => [e.label, members[i]!.source, e.status, m(e.costRmb), n(e.netTco2), m(e.capexRmb), n(e.shadowPriceRmbPerTco2, 1), n(e.offsetsTco2)]),
    ),
  ].join('\n');
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare 2–10 plans side by side (scenario files, bundled scenario ids or stored run ids): cost, net emissions, capex, shadow price, offsets.',
  positionals: [{ name: 'scenario|run-id', variadic: true, description: 'a scenario file, a bundled scenario id, or a stored optimise/finance run id (≥ 8 characters)' }],
  flags: {
    label: { type: 'string', value: 'L', multiple: true, defaultText: 'the scenario name', description: 'label of each run, in order' },
    json: { type: 'boolean', description: 'print JSON (the shape of POST /v1/compare: { runs: [...] })' },
    svg: { type: 'string', value: 'FILE', description: 'write the plan-comparison chart as SVG' },
    png: { type: 'string', value: 'FILE', description: 'write the plan-comparison chart as PNG' },
    lang: { type: 'string', value: 'en|zh', default: 'en', description: "language of the chart's text" },
    data: { type: 'string', value: 'DIR', defaultText: '$LINGTAN_DATA, else ./lingtan-data', description: 'run store to read run ids from' },
  },
  notes: ['Example: lingtan compare machinery-jiangsu electronics-guangdong scenarios/automotive-shanghai.yaml --png compare.png'],
  async run(positionals, options) {
    if (positionals.length < MIN || positionals.length > MAX) return (err(`error: compare takes ${MIN}–${MAX} scenarios or run ids, got ${positionals.length}`), EXIT.badInput);
    const labels = (options['label'] as string[] | undefined) ?? [];
    if (labels.length > positionals.length) return (err(`error: ${labels.length} --label values for ${positionals.length} runs`), EXIT.badInput);
    const lang = options['lang'];
    if (lang !== 'en' && lang !== 'zh') return (err(`error: --lang must be en or zh, got "${String(lang)}"`), EXIT.badInput);
    const dataDir = typeof options['data'] === 'string' ? options['data'] : (process.env['LINGTAN_DATA'] ?? './lingtan-data');
    const [{ readScenario }, { comparePlans }, { optimiseScenario }, { loadBackend }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/optimise/compare-plans.ts'),
      import('../../engine/optimise/optimise-scenario.ts'),
      import('../../engine/solvers/index.ts'),
    ]);
    // Resolve every argument first, so a typo fails before any solve.
    const inputs: Array<{ scenario: Scenario; label: string | undefined; source: string } | Member> = [];
    for (const [i, arg] of positionals.entries()) {
      const label = labels[i];
      const file = existsSync(arg) ? arg : bundledFile(arg);
      if (file === null) {
        if (!RUN_ID.test(arg)) return (err(`error: "${arg}" is not a scenario file, a bundled scenario id or a run id`), EXIT.badInput);
        const stored = await storedMember(arg, dataDir, label);
        if (!stored.ok) return (err(`error: ${stored.message}`), EXIT.badInput);
        inputs.push(stored.value);
      } else {
        const scenario = await readScenario(file);
        if (!scenario.ok) return (errEngine(scenario.error), EXIT.badInput);
        inputs.push({ scenario: scenario.value, label, source: file === arg ? arg : `bundled ${arg}` });
      }
    }
    const backend = await loadBackend('highs');
    const bar = progressReporter('plans');
    const members = inputs.map((m, i): Member => {
      if (!('scenario' in m)) return m;
      const plan = optimiseScenario(m.scenario, backend);
      bar.update({ done: i + 1, total: inputs.length, failed: 0 });
      return { label: m.label, name: m.scenario.name, plan, runId: null, source: m.source };
    });
    bar.done();
    const entries = comparePlans(members);
    if (options['json'] === true) outJson({ runs: entries.map(({ label, ...row }, i) => ({ label, runId: members[i]!.runId, source: members[i]!.source, ...row })) });
    else out(render(entries, members));
    const svgFile = options['svg'];
    const pngFile = options['png'];
    if (typeof svgFile === 'string' || typeof pngFile === 'string') {
      // The chart modules (vega, resvg) load only when a chart is asked for.
      const [{ buildChart }, { renderPng, renderSvg }] = await Promise.all([import('../../engine/charts/registry.ts'), import('../../engine/charts/render.ts')]);
      const spec = buildChart('plan_comparison', { kind: 'comparison', runs: entries.map((e, i) => ({ label: e.label, plan: members[i]!.plan })) }, { lang })!;
      if (typeof svgFile === 'string') await writeFile(svgFile, await renderSvg(spec));
      if (typeof pngFile === 'string') await writeFile(pngFile, await renderPng(spec));
    }
    return entries.every((e) => e.status === 'optimal' || e.status === 'feasible') ? EXIT.ok : EXIT.infeasible;
  },
};
