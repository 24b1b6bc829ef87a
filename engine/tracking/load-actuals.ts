/**
 * Load a factory's actuals for a scenario: the actuals file (YAML or JSON, already read by the caller)
 * and the meter readings (CSV text), validated against the schema and against the scenario (the
 * factory, its measures and offset products, the horizon), readings summed per meter and year with
 * gaps filled and reported. Pure; never throws on bad input: every issue names its file and place.
 */
import { parse as parseYaml } from 'yaml';
import { fail, ok, type EngineError, type Issue, type Result } from '../errors.ts';
import { ActualsSchema, type ActualsFile } from '../data/schemas/actuals.ts';
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import { toMwh } from '../data/reference/fuels.ts';
import { toIssues } from '../data/zod-issues.ts';
import { parseReadings, type Reading } from './meter-csv.ts';
import { meterYears, type MeterYear } from './meter-years.ts';

export interface Actuals {
  readonly file: ActualsFile;
  readonly factory: Factory;
  /** Calendar years with readings, ascending: the years tracked. */
  readonly years: readonly number[];
  readonly meterYears: readonly MeterYear[];
  readonly readingCount: number;
}

export interface ActualsSources {
  /** The actuals file's content: text (YAML or JSON) or already-parsed data. */
  readonly actuals: string | unknown;
  readonly actualsName: string;
  readonly readingsCsv: string;
  readonly readingsName: string;
}

const invalid = (file: string, message: string, issues: readonly Issue[]): Result<never> =>
  fail({ code: 'actuals_invalid', message, file, issues });

export function loadActuals(scenario: Scenario, src: ActualsSources): Result<Actuals> {
  let raw: unknown = src.actuals;
  if (typeof src.actuals === 'string') {
    try {
      raw = parseYaml(src.actuals);
    } catch (error) {
      return invalid(src.actualsName, `not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`, []);
    }
  }
  const parsed = ActualsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return invalid(src.actualsName, 'invalid actuals', toIssues(parsed.error));
  const file = parsed.data;
  const factory = file.factoryId === undefined ? (scenario.factories.length === 1 ? scenario.factories[0] : undefined) : scenario.factories.find((f) => f.id === file.factoryId);
  if (factory === undefined) {
    const message = file.factoryId === undefined ? 'the scenario has several factories: name one with factoryId' : `no factory ${file.factoryId} in scenario ${scenario.id}`;
    return invalid(src.actualsName, message, [{ path: 'factoryId', message }]);
  }
  const fileIssues = scenarioIssues(scenario, file);
  if (fileIssues.length > 0) return invalid(src.actualsName, 'the actuals do not fit the scenario', fileIssues);

  const { readings, issues: rowIssues } = parseReadings(src.readingsCsv, file.meters);
  if (rowIssues.length > 0) return invalid(src.readingsName, `bad meter readings (${rowIssues.length} problem${rowIssues.length > 1 ? 's' : ''})`, rowIssues);
  if (readings.length === 0) return invalid(src.readingsName, 'no meter readings', [{ path: 'line 2', message: 'the file has a header but no readings' }]);
  const years = [...new Set(readings.map((r) => r.year))].sort((a, b) => a - b);
  const yearIssues = trackedYearIssues(scenario, file, years, readings, src);
  if (yearIssues.issues.length > 0) return fail({ ...yearIssues, issues: yearIssues.issues });
  const totals = meterYears(readings, file.meters, years, file.gapFill);
  if (totals.issues.length > 0) return invalid(src.readingsName, 'meter gaps that cannot be filled', totals.issues);
  return ok({ file, factory, years, meterYears: totals.meterYears, readingCount: readings.length });
}

function trackedYearIssues(s: Scenario, f: ActualsFile, ys: readonly number[], rs: readonly Reading[], src: ActualsSources): EngineError & { issues: Issue[] } {
  const issues: Issue[] = [];
  for (const y of ys) {
    if (!s.horizonYears.includes(y)) {
      const line = rs.find((r) => r.year === y)!.line;
      issues.push({ path: `line ${line}, column timestamp`, message: `${y} is outside the scenario horizon ${s.horizon.startYear}–${s.horizon.endYear}` });
    }
  }
  if (issues.length > 0) return { code: 'actuals_invalid', message: 'readings outside the plan horizon', file: src.readingsName, issues };
  // The re-plan fixes every year already lived: the tracked years run without a gap from the horizon start.
  const missing = s.horizonYears.filter((y) => y < ys[ys.length - 1]! && !ys.includes(y));
  if (missing.length > 0) {
    const message = `no readings for ${missing.join(', ')}: tracked years run from ${s.horizon.startYear} without a gap (the re-plan fixes every year already lived)`;
    return { code: 'actuals_invalid', message: 'tracked years with a gap', file: src.readingsName, issues: [{ path: 'timestamp', message }] };
  }
  for (const y of ys) {
    if (!f.output.some((o) => o.year === y)) issues.push({ path: 'output', message: `no production given for ${y} (the year has meter readings)` });
  }
  f.greenPurchases.forEach((g, i) => {
    if (!ys.includes(g.year)) issues.push({ path: `greenPurchases[${i}].year`, message: `${g.year} has no meter readings` });
  });
  f.offsetsRetired.forEach((o, i) => {
    if (!ys.includes(o.year)) issues.push({ path: `offsetsRetired[${i}].year`, message: `${o.year} has no meter readings` });
  });
  return { code: 'actuals_invalid', message: 'the actuals do not cover the years read', file: src.actualsName, issues };
}

function scenarioIssues(scenario: Scenario, file: ActualsFile): Issue[] {
  const issues: Issue[] = [];
  file.meters.forEach((m, i) => {
    const carrier = m.role === 'fuel' ? m.carrier! : 'electricity';
    try {
      toMwh(carrier, 1, m.unit);
    } catch {
      issues.push({ path: `meters[${i}].unit`, message: `${m.unit} is not a unit of ${carrier}` });
    }
  });
  const measures = new Map(scenario.measures.map((m) => [m.id, m]));
  file.installed.forEach((inst, i) => {
    if (!measures.has(inst.measureId)) issues.push({ path: `installed[${i}].measureId`, message: `measure ${inst.measureId} is not on offer in scenario ${scenario.id}` });
    const year = Number(inst.commissioned.slice(0, 4));
    if (!scenario.horizonYears.includes(year)) {
      issues.push({ path: `installed[${i}].commissioned`, message: `${inst.commissioned} is outside the plan horizon ${scenario.horizon.startYear}–${scenario.horizon.endYear}` });
    }
  });
  const products = new Set(scenario.offsetProducts.map((o) => o.id));
  file.offsetsRetired.forEach((o, i) => {
    if (!products.has(o.product)) issues.push({ path: `offsetsRetired[${i}].product`, message: `offset product ${o.product} is not in scenario ${scenario.id}` });
  });
  const serials = new Map<string, string>();
  const claim = (key: string, path: string) => {
    const first = serials.get(key);
    if (first !== undefined) issues.push({ path, message: `serial already claimed at ${first}` });
    else serials.set(key, path);
  };
  file.greenPurchases.forEach((g, i) => claim(`g|${g.serial}`, `greenPurchases[${i}].serial`));
  file.offsetsRetired.forEach((o, i) => claim(`o|${o.registry}|${o.serial}`, `offsetsRetired[${i}].serial`));
  return issues;
}
