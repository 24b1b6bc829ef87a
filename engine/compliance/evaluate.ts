/**
 * Evaluate a rule pack for one factory, year by year: each criterion passes, fails, is not
 * assessable (with what is missing) or does not apply; the pack's verdict per year (qualifies, only
 * evidence pending, or fails with the prerequisites that block), the first year from which the
 * factory qualifies for the rest of the horizon, and what blocks it before then.
 */
import { METRICS } from '../data/compliance/metrics.ts';
import { thresholdFor, type Criterion, type Pack, type Threshold } from '../data/compliance/pack-schema.ts';
import { metricValue, type MetricFrame, type MetricValue } from './metric-value.ts';
import { formatMetric, SATISFIED, VIOLATED } from '../data/compliance/format.ts';

export type CriterionStatus = 'pass' | 'fail' | 'not_assessable' | 'not_applicable';

export interface CriterionYear {
  readonly year: number;
  readonly status: CriterionStatus;
  /** The metric's value (null when not assessable or not applicable). */
  readonly value: number | boolean | string | readonly string[] | null;
  /** The threshold in force that year (null when the pack has none). */
  readonly threshold: number | boolean | readonly string[] | null;
  /** What data is missing, for not assessable. */
  readonly missing: readonly string[];
  /** One line: "renewable energy share 28 % < 35 %". */
  readonly message: string;
}

export interface CriterionResult {
  readonly id: string;
  readonly kind: Criterion['kind'];
  readonly metric: Criterion['metric'];
  readonly title: { readonly en: string; readonly zh: string };
  readonly years: readonly CriterionYear[];
}

/**
 * qualifies: every prerequisite passes; pending_evidence: none fails, some need documents or data;
 * undetermined: none fails but no plan-dependent (computed) prerequisite could be assessed either;
 * fails: a prerequisite fails.
 */
export type PackYearStatus = 'qualifies' | 'pending_evidence' | 'undetermined' | 'fails';

export interface PackYear {
  readonly year: number;
  readonly status: PackYearStatus;
  /** Prerequisites that fail, with their messages. */
  readonly blockers: ReadonlyArray<{ readonly criterion: string; readonly message: string }>;
  /** Prerequisites that cannot be assessed, with what is missing. */
  readonly pending: ReadonlyArray<{ readonly criterion: string; readonly missing: readonly string[] }>;
}

export interface PackVerdict {
  readonly packId: string;
  /**
   * First year from which, in that and every later evaluated year, no prerequisite fails and at least
   * one plan-dependent prerequisite passes (documentary evidence may be pending).
   */
  readonly firstYear: number | null;
  /** First year from which every prerequisite passes in every later evaluated year. */
  readonly fullyQualifiedYear: number | null;
  readonly years: readonly PackYear[];
  readonly criteria: readonly CriterionResult[];
}

export interface EvaluationFrame extends MetricFrame {
  /** Whether the factory's sector is in the national ETS in a year. */
  readonly etsCovered: (year: number) => boolean;
}

export function evaluatePack(pack: Pack, frame: EvaluationFrame, years: readonly number[]): PackVerdict {
  const packFrame: EvaluationFrame = { ...frame, scope2Method: pack.scope2Method.method };
  const criteria = pack.criteria.map((c) => ({
    id: c.id,
    kind: c.kind,
    metric: c.metric,
    title: { en: c.titleEn, zh: c.titleZh },
    years: years.map((y) => evaluateCriterion(c, packFrame, y)),
  }));
  const prerequisites = criteria.filter((c) => c.kind === 'prerequisite');
  const packYears = years.map((year, i): PackYear => {
    const at = prerequisites.map((c) => ({ id: c.id, r: c.years[i]! }));
    const blockers = at.filter((x) => x.r.status === 'fail').map((x) => ({ criterion: x.id, message: x.r.message }));
    const pending = at.filter((x) => x.r.status === 'not_assessable').map((x) => ({ criterion: x.id, missing: x.r.missing }));
    const computedPass = at.some((x) => x.r.status === 'pass' && METRICS[criteria.find((c) => c.id === x.id)!.metric].source === 'computed');
    const status: PackYearStatus = blockers.length > 0 ? 'fails' : pending.length === 0 ? 'qualifies' : computedPass ? 'pending_evidence' : 'undetermined';
    return { year, status, blockers, pending };
  });
  return {
    packId: pack.id,
    firstYear: firstSustained(packYears, (s) => s === 'qualifies' || s === 'pending_evidence'),
    fullyQualifiedYear: firstSustained(packYears, (s) => s === 'qualifies'),
    years: packYears,
    criteria,
  };
}

/** The first year from which `ok` holds in that and every later year. */
function firstSustained(years: readonly PackYear[], ok: (s: PackYearStatus) => boolean): number | null {
  let first: number | null = null;
  for (const y of years) first = ok(y.status) ? (first ?? y.year) : null;
  return first;
}

export function evaluateCriterion(c: Criterion, frame: EvaluationFrame, year: number): CriterionYear {
  const title = METRICS[c.metric].titleEn;
  if (c.onlyIfEtsCovered && !frame.etsCovered(year)) {
    return { year, status: 'not_applicable', value: null, threshold: null, missing: [], message: `${title}: not applicable (sector not in the national ETS in ${year})` };
  }
  if (c.threshold === null) {
    return { year, status: 'not_assessable', value: null, threshold: null, missing: ['the threshold (not published in the sources we hold)'], message: `${title}: threshold not published in the sources we hold` };
  }
  const threshold = thresholdFor(c.threshold, year);
  const v = metricValue(c.metric, frame, year);
  if (v.kind === 'missing') {
    return { year, status: 'not_assessable', value: null, threshold, missing: v.missing, message: `${title}: not assessable, missing ${v.missing.join('; ')}` };
  }
  if (v.kind === 'no_residual') {
    return { year, status: 'pass', value: null, threshold, missing: [], message: `${title}: no residual emissions to offset` };
  }
  const pass = compare(c.threshold, v, threshold);
  const etsProblem = c.metric === 'accounting_standard' && frame.etsCovered(year) && v.value !== 'mee_ets_guideline';
  const status: CriterionStatus = pass && !etsProblem ? 'pass' : 'fail';
  const shown = `${title} ${formatMetric(c.metric, v.value, 'en')} ${status === 'pass' ? SATISFIED[c.threshold.op] : VIOLATED[c.threshold.op]} ${formatMetric(c.metric, threshold, 'en')}`;
  const message = etsProblem ? `${title} ${String(v.value)}: a sector in the national ETS must use the MEE ETS guideline (mee_ets_guideline)` : `${shown}${v.note ? ` (${v.note})` : ''}`;
  return { year, status, value: v.value, threshold, missing: [], message };
}

const TOL = 1e-9;

function compare(t: Threshold, v: Extract<MetricValue, { kind: 'value' }>, threshold: number | boolean | readonly string[]): boolean {
  const x = v.value;
  switch (t.op) {
    case '>=':
      return typeof x === 'number' && typeof threshold === 'number' && x >= threshold - TOL;
    case '<=':
      return typeof x === 'number' && typeof threshold === 'number' && x <= threshold + TOL;
    case '>':
      return typeof x === 'number' && typeof threshold === 'number' && x > threshold + TOL;
    case '==':
      return x === threshold;
    case 'in':
      return Array.isArray(threshold) && typeof x === 'string' && threshold.includes(x);
    case 'subset_of':
      return Array.isArray(threshold) && Array.isArray(x) && x.every((p) => threshold.includes(p));
  }
}
