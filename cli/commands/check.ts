/**
 * `lingtan check <scenario> [--pack ID ...] [--year Y] [--json]`: optimise, then check the baseline
 * and the plan against zero-carbon factory rule packs year by year: the first year each qualifies
 * and what blocks it.
 */
import type { CheckResult } from '../../engine/compliance/check.ts';
import type { PackVerdict } from '../../engine/compliance/evaluate.ts';
import { PACK_IDS } from '../../engine/data/compliance/packs.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { isBackendId } from '../../engine/data/schemas/solver.ts';
import { err, errEngine, EXIT, out, outJson } from '../io.ts';
import { intOption } from '../options.ts';
import { table } from '../table.ts';
import type { Command, OptionValues } from './command.ts';

/** The validated --pack and --year options, or null after printing why not. */
export async function checkOptions(scenario: Scenario, options: OptionValues, file: string): Promise<{ packs: string[] | undefined; year: number | undefined } | null> {
  const { checkOptionIssues } = await import('../../engine/compliance/check.ts');
  const year = intOption(options, 'year', 0);
  if (!year.ok) {
    errEngine({ code: 'year_outside_horizon', message: year.message });
    return null;
  }
  const raw = options['pack'];
  const packs = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : undefined;
  const issues = checkOptionIssues(scenario, { packs, year: year.value });
  if (issues.length > 0) {
    const code = issues[0]!.path.startsWith('packs') ? 'unknown_pack' : 'year_outside_horizon';
    errEngine({ code, message: `bad option for ${file}`, issues: issues.map((i) => ({ path: i.path.replace(/^packs\[(\d+)\]/, '--pack #$1').replace(/^year$/, '--year'), message: i.message })) });
    return null;
  }
  return { packs, year: year.value };
}

const yearText = (y: number | null) => (y === null ? '—' : String(y));

function blockersOf(v: PackVerdict | null): string {
  if (v === null) return 'no plan';
  const y = [...v.years].reverse().find((x) => x.status === 'fails') ?? null;
  if (v.firstYear !== null && y === null) {
    const pending = v.years.at(-1)?.pending ?? [];
    return pending.length === 0 ? 'qualifies' : `evidence pending: ${pending.map((p) => p.criterion).join(', ')}`;
  }
  if (y === null) return `undetermined: ${(v.years.at(-1)?.pending ?? []).map((p) => p.criterion).join(', ')}`;
  return `${y.year}: ${y.blockers.map((b) => `${b.message} (${b.criterion})`).join('; ')}`;
}

export function renderCheck(result: CheckResult): string {
  const titles = new Map(result.packs.map((p) => [p.id, `${p.titleZh} ${p.document}`]));
  return result.factories
    .map((f) => {
      const rows = f.results.map((r) => [r.packId, yearText(r.baseline.firstYear), yearText(r.plan?.firstYear ?? null), yearText(r.plan?.fullyQualifiedYear ?? null), blockersOf(r.plan)]);
      return [
        `${f.name} (${f.id}) — plan ${f.plan.status}${f.plan.diagnosis ? `: ${f.plan.diagnosis.summary}` : ''}`,
        `Years checked: ${result.years.join(', ')}; Scope 2 ${result.scope2Method}-based. "First year": from then on no prerequisite fails (documentary evidence may be pending).`,
        table(['pack', 'baseline', 'plan', 'fully met', 'last blocker / pending'], rows),
        '',
        ...f.results.map((r) => `  ${r.packId}: ${titles.get(r.packId)}`),
      ].join('\n');
    })
    .join('\n\n');
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Zero-carbon factory compliance of the baseline and the optimised plan per rule pack: first qualifying year and blockers.',
  positionals: [{ name: 'scenario', description: 'a scenario file (YAML or JSON)' }],
  flags: {
    pack: { type: 'string', value: 'ID', multiple: true, defaultText: 'every bundled pack', description: `rule pack to check: ${PACK_IDS.join(', ')}` },
    year: { type: 'string', value: 'Y', defaultText: 'every year of the horizon', description: 'check only this year' },
    backend: { type: 'string', value: 'highs|jslp', default: 'highs', description: 'solver backend' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
  },
  async run(positionals, options) {
    const [{ scenarioArgument }, { checkScenario }, { optimiseScenario }, { loadBackend }] = await Promise.all([
      import('../read-scenario.ts'),
      import('../../engine/compliance/check.ts'),
      import('../../engine/optimise/optimise-scenario.ts'),
      import('../../engine/solvers/index.ts'),
    ]);
    const scenario = await scenarioArgument(positionals);
    if (scenario === null) return EXIT.badInput;
    const opts = await checkOptions(scenario, options, positionals[0]!);
    if (opts === null) return EXIT.badInput;
    const backendId = String(options['backend']);
    if (!isBackendId(backendId)) {
      err(`error: unknown backend "${backendId}" (expected highs or jslp)`);
      return EXIT.badInput;
    }
    const plan = optimiseScenario(scenario, await loadBackend(backendId));
    const result = checkScenario(scenario, plan.factories, opts);
    if (!result.ok) {
      errEngine(result.error);
      return EXIT.badInput;
    }
    if (options['json'] === true) outJson(result.value);
    else out(renderCheck(result.value));
    return plan.status === 'infeasible' ? EXIT.infeasible : EXIT.ok;
  },
};
