/**
 * Scenario loading: text → validated scenario with every per-year input resolved to numbers and
 * the measure and offset catalogues resolved for the scenario's years. Pure (the caller reads the
 * file); never throws on bad input: errors name the file, the field path and the reason.
 */
import { fail, ok, type Issue, type Result } from '../errors.ts';
import { hourlyIssues } from './hourly/validate.ts';
import { DEFAULT_INPUT_LIMITS, inputShapeProblem, type InputLimits } from './input-shape.ts';
import { parseYamlBounded } from './parse-yaml.ts';
import { resolveCatalogue } from './resolve-catalogue.ts';
import { scenarioSchema, ScenarioHeaderSchema, type Scenario } from './schemas/scenario.ts';
import { SECTORS } from './sectors.ts';
import { yearRange } from './year-series.ts';
import { yearValue } from './year-value.ts';
import { toIssues } from './zod-issues.ts';

/** A loaded scenario: the parsed file plus the measures and offsets on offer, all for `years`. */

export type ScenarioFormat = 'yaml' | 'json';

export function formatOf(fileName: string): ScenarioFormat {
  return fileName.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
}

/** Parse scenario text (YAML or JSON by file extension) within the input budgets, and validate it. */
export function loadScenarioText(text: string, fileName: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): Result<Scenario> {
  const raw = parseText(text, fileName, limits);
  if (!raw.ok) return fail({ ...raw.error, file: fileName });
  return loadScenarioData(raw.value, fileName);
}

/** Validate already-parsed data (e.g. a JSON request body). */
export function loadScenarioData(data: unknown, fileName = '(input)'): Result<Scenario> {
  const normalised = normaliseSingleFactory(data);
  const header = ScenarioHeaderSchema.safeParse(normalised, { reportInput: true });
  if (!header.success) return invalid(fileName, toIssues(header.error));
  const { baseYear, horizon } = header.data;
  const years = yearRange(baseYear, horizon.endYear);
  const parsed = scenarioSchema(yearValue(years)).safeParse({ ...asRecord(normalised), baseYear, horizon }, { reportInput: true });
  if (!parsed.success) return invalid(fileName, toIssues(parsed.error));
  const catalogue = resolveCatalogue(parsed.data, years);
  if (!catalogue.ok) return fail({ ...catalogue.error, file: fileName });
  const scenario: Scenario = {
    ...parsed.data,
    years,
    horizonYears: yearRange(horizon.startYear, horizon.endYear),
    measures: catalogue.value.measures,
    offsetProducts: catalogue.value.offsetProducts,
    wholeUnits: parsed.data.measures.wholeUnits,
  };
  const problems = consistencyIssues(scenario);
  if (problems.length > 0) {
    return fail({ code: 'scenario_inconsistent', message: 'the scenario fields contradict each other', file: fileName, issues: problems });
  }
  return ok(scenario);
}

function parseText(text: string, fileName: string, limits: InputLimits): Result<unknown> {
  if (formatOf(fileName) !== 'json') return parseYamlBounded(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'scenario_syntax', message: `not valid JSON: ${(error as Error).message.split('\n')[0] ?? 'unreadable'}` });
  }
  const shape = inputShapeProblem(value, limits);
  return shape === null ? ok(value) : fail({ code: shape.code, message: shape.message, issues: [{ path: shape.path, message: shape.message }] });
}

function invalid(file: string, issues: Issue[]): Result<never> {
  return fail({ code: 'scenario_invalid', message: `invalid scenario (${issues.length} problem${issues.length > 1 ? 's' : ''})`, file, issues });
}

function asRecord(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** `factory: {...}` is shorthand for `factories: [{...}]`. */
function normaliseSingleFactory(data: unknown): unknown {
  const record = asRecord(data);
  if (!('factory' in record) || 'factories' in record) return data;
  const { factory, ...rest } = record;
  return { ...rest, factories: [factory] };
}

/** The policy's target year: as given, or the latest wave year among the scenario's sectors. */
export function targetYearOf(scenario: Pick<Scenario, 'policy' | 'factories' | 'horizon'>): number {
  if (scenario.policy.targetYear !== undefined) return scenario.policy.targetYear;
  const wave = Math.max(...scenario.factories.map((f) => SECTORS[f.sector].waveYear));
  return Math.min(Math.max(wave, scenario.horizon.startYear), scenario.horizon.endYear);
}

function consistencyIssues(s: Scenario): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  s.factories.forEach((f, i) => {
    if (seen.has(f.id)) issues.push({ path: `factories[${i}].id`, message: `duplicate factory id "${f.id}"` });
    seen.add(f.id);
  });
  const target = targetYearOf(s);
  if (target < s.horizon.startYear || target > s.horizon.endYear) {
    issues.push({ path: 'policy.targetYear', message: `${target} is outside the horizon ${s.horizon.startYear}–${s.horizon.endYear}` });
  }
  const offsets = new Set(s.offsetProducts.map((o) => o.id));
  s.policy.allowedOffsetProducts.forEach((id, i) => {
    if (!offsets.has(id)) issues.push({ path: `policy.allowedOffsetProducts[${i}]`, message: `unknown offset product "${id}"` });
  });
  issues.push(...hourlyIssues(s));
  return issues;
}
