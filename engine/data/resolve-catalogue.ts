/**
 * Resolve the measure and offset catalogues for a scenario: parse each catalogue entry for the
 * scenario's years, let custom entries replace catalogue entries with the same id, and apply the
 * scenario's include / exclude lists.
 */
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { MEASURE_CATALOGUE, OFFSET_PRODUCTS } from './catalogue/index.ts';
import { measureSchema } from './schemas/measure.ts';
import { offsetProductSchema } from './schemas/offset.ts';
import type { Measure, OffsetProduct, ParsedScenario } from './schemas/scenario.ts';
import { yearValue } from './year-value.ts';
import { toIssues } from './zod-issues.ts';

export interface ResolvedCatalogue {
  readonly measures: Measure[];
  readonly offsetProducts: OffsetProduct[];
}

export function resolveCatalogue(parsed: ParsedScenario, years: readonly number[]): Result<ResolvedCatalogue> {
  const yv = yearValue(years);
  const mSchema = measureSchema(yv);
  const oSchema = offsetProductSchema(yv);
  const issues: Issue[] = [];
  const measures = new Map<string, Measure>();
  MEASURE_CATALOGUE.forEach((input, i) => {
    const r = mSchema.safeParse(input);
    if (r.success) measures.set(r.data.id, r.data);
    else issues.push(...toIssues(r.error).map((x) => ({ ...x, path: `catalogue[${i}:${input.id}].${x.path}` })));
  });
  const offsets = new Map<string, OffsetProduct>();
  OFFSET_PRODUCTS.forEach((input, i) => {
    const r = oSchema.safeParse(input);
    if (r.success) offsets.set(r.data.id, r.data);
    else issues.push(...toIssues(r.error).map((x) => ({ ...x, path: `offsets[${i}:${input.id}].${x.path}` })));
  });
  if (issues.length > 0) {
    return fail({ code: 'scenario_invalid', message: 'the catalogue does not resolve for these years', issues });
  }
  const sel = parsed.measures;
  sel.exclude.forEach((id, i) => {
    if (!measures.has(id)) issues.push({ path: `measures.exclude[${i}]`, message: `unknown measure "${id}"` });
  });
  if (sel.include !== 'all') {
    sel.include.forEach((id, i) => {
      if (!measures.has(id)) issues.push({ path: `measures.include[${i}]`, message: `unknown measure "${id}"` });
    });
  }
  if (issues.length > 0) return fail({ code: 'scenario_inconsistent', message: 'unknown measure ids', issues });
  const included = sel.include === 'all' ? [...measures.values()] : sel.include.map((id) => measures.get(id)!);
  const custom = new Map(sel.custom.map((m) => [m.id, m]));
  const chosen = included
    .filter((m) => !sel.exclude.includes(m.id) && !custom.has(m.id))
    .concat(sel.custom);
  const paced = applyPaceOverrides(chosen, sel.pace);
  if (!paced.ok) return paced;
  for (const o of parsed.offsets.custom) offsets.set(o.id, o);
  return ok({ measures: paced.value, offsetProducts: [...offsets.values()] });
}

/** Replace the pace fields a scenario overrides; an override naming no chosen measure is an error. */
function applyPaceOverrides(measures: Measure[], overrides: ParsedScenario['measures']['pace']): Result<Measure[]> {
  const ids = new Set(measures.map((m) => m.id));
  const unknown = Object.keys(overrides).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    return fail({
      code: 'scenario_inconsistent',
      message: 'pace overrides for measures not on offer',
      issues: unknown.map((id) => ({ path: `measures.pace.${id}`, message: `unknown or excluded measure "${id}"` })),
    });
  }
  return ok(
    measures.map((m) => {
      const o = overrides[m.id];
      if (o === undefined) return m;
      const base = m.pace ?? { leadTimeYears: 0, maxShareOfPotentialPerYear: 1, basis: 'no catalogue pace' };
      return {
        ...m,
        pace: {
          leadTimeYears: o.leadTimeYears ?? base.leadTimeYears,
          maxShareOfPotentialPerYear: o.maxShareOfPotentialPerYear ?? base.maxShareOfPotentialPerYear,
          basis: o.basis ?? 'scenario override',
        },
      };
    }),
  );
}
