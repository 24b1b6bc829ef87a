/**
 * The compliance check of a scenario: for every factory, its baseline (no new measures) and its
 * optimised plan against each chosen rule pack, year by year over the horizon. Pure: it reads the
 * loaded scenario, the plans (FactoryPlan, as `optimiseScenario` returns them) and the baselines.
 */
import { factoryBaseline, type FactoryInventory } from '../accounting/factory-inventory.ts';
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { PACK_IDS, packById } from '../data/compliance/packs.ts';
import type { Pack } from '../data/compliance/pack-schema.ts';
import { isEtsCovered } from '../data/reference/finance-rates.ts';
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { hasPlan, type FactoryPlan } from '../optimise/types.ts';
import { evaluatePack, type EvaluationFrame, type PackVerdict } from './evaluate.ts';
import { baselineFacts, planFacts, type YearFacts } from './year-facts.ts';

export interface CheckOptions {
  /** Pack ids (default: every bundled pack). */
  readonly packs?: readonly string[] | undefined;
  /** Check only this year (default: every horizon year). */
  readonly year?: number | undefined;
}

export interface FactoryCheck {
  readonly id: string;
  readonly name: string;
  readonly sector: Factory['sector'];
  readonly province: Factory['province'];
  readonly plan: { readonly status: FactoryPlan['status']; readonly message: string; readonly diagnosis: FactoryPlan['diagnosis'] };
  readonly results: ReadonlyArray<{ readonly packId: string; readonly baseline: PackVerdict; readonly plan: PackVerdict | null }>;
}

export interface CheckResult {
  readonly scenario: string;
  readonly scope2Method: 'market' | 'location';
  readonly years: readonly number[];
  readonly packs: ReadonlyArray<Pick<Pack, 'id' | 'titleEn' | 'titleZh' | 'kind' | 'document' | 'grade' | 'jurisdiction'>>;
  readonly factories: readonly FactoryCheck[];
}

/** Validate the check's options against the scenario: unknown packs and years outside the horizon name their field. */
export function checkOptionIssues(scenario: Pick<Scenario, 'baseYear' | 'horizon'>, options: CheckOptions): Issue[] {
  const issues: Issue[] = [];
  (options.packs ?? []).forEach((id, i) => {
    if (packById(id) === undefined) issues.push({ path: `packs[${i}]`, message: `unknown rule pack "${id}" (known: ${PACK_IDS.join(', ')})` });
  });
  const y = options.year;
  if (y !== undefined && (!Number.isInteger(y) || y < scenario.horizon.startYear || y > scenario.horizon.endYear)) {
    issues.push({ path: 'year', message: `${y} is outside the horizon ${scenario.horizon.startYear}–${scenario.horizon.endYear}` });
  }
  return issues;
}

export function checkScenario(
  scenario: Scenario,
  plans: readonly FactoryPlan[],
  options: CheckOptions = {},
  baselines?: Readonly<Record<string, Pick<FactoryInventory, 'years'>>>,
): Result<CheckResult> {
  const issues = checkOptionIssues(scenario, options);
  if (issues.length > 0) {
    const code = issues.some((i) => i.path.startsWith('packs')) ? 'unknown_pack' : 'year_outside_horizon';
    return fail({ code, message: issues.map((i) => i.message).join('; '), issues });
  }
  const packs = (options.packs ?? PACK_IDS).map((id) => packById(id)!);
  const years = options.year !== undefined ? [options.year] : [...scenario.horizonYears];
  const factories = scenario.factories.map((factory, i): FactoryCheck => {
    const baseline = baselines?.[factory.id] ?? factoryBaseline(scenario, factory);
    const plan = plans.find((p) => p.factoryId === factory.id);
    const base = baselineFacts(baseline);
    const frameOf = (facts: readonly YearFacts[]): EvaluationFrame => ({
      factory,
      factoryPath: `factories[${i}]`,
      scope2Method: scenario.policy.scope2Method,
      policyScope2Method: scenario.policy.scope2Method,
      facts: new Map(facts.map((f) => [f.year, f])),
      baselineFacts: new Map(base.map((f) => [f.year, f])),
      baseYear: scenario.baseYear,
      etsCovered: (y) => scenario.assumptions.ets.covered ?? isEtsCovered(factory.sector, y),
    });
    const planFrame = plan !== undefined && hasPlan(plan) ? frameOf([...base.filter((f) => f.year < scenario.horizon.startYear), ...planFacts(plan, baseline)]) : null;
    const baseFrame = frameOf(base);
    return {
      id: factory.id,
      name: factory.name,
      sector: factory.sector,
      province: factory.province,
      plan: { status: plan?.status ?? 'error', message: plan?.message ?? 'no plan', diagnosis: plan?.diagnosis ?? null },
      results: packs.map((pack) => ({
        packId: pack.id,
        baseline: evaluatePack(pack, baseFrame, years),
        plan: planFrame === null ? null : evaluatePack(pack, planFrame, years),
      })),
    };
  });
  return ok({
    scenario: scenario.id,
    scope2Method: scenario.policy.scope2Method,
    years,
    packs: packs.map((p) => ({ id: p.id, titleEn: p.titleEn, titleZh: p.titleZh, kind: p.kind, document: p.document, grade: p.grade, jurisdiction: p.jurisdiction })),
    factories,
  });
}
