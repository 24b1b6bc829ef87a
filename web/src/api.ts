/**
 * The HTTP API as the dashboard uses it: typed requests and the parts of the responses it shows
 * (the server's schemas and the README give the full shapes). Every failure becomes an `ApiError`
 * carrying the API's error body `{ error: { code, message, issues: [{ path, message }] } }`.
 *
 * The plan and finance results are the engine's own JSON types (type-only imports, erased from the
 * bundle; test/architecture checks that they reach no Node built-in); what is declared here is
 * web-only: requests, envelopes, and the parts of job and catalogue answers the dashboard reads.
 */
import type { MetricId, ThresholdOp } from '../../engine/data/compliance/metrics.ts';
import type { FinanceJson } from '../../engine/finance/finance-json.ts';
import type { FactoryJson, OptimiseJson } from '../../engine/optimise/plan-json.ts';

export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues: readonly ApiIssue[]; readonly diagnosis?: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
  get issues(): readonly ApiIssue[] {
    return this.body.error.issues;
  }
}

export interface Sector {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly waveYear: number;
}

export interface Province {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly gridRegion: string;
  readonly gridRegionNameZh: string;
  readonly gridRegionNameEn: string;
}

export interface BundledScenario {
  readonly id: string;
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly factories: ReadonlyArray<{ readonly id: string; readonly name: string; readonly sector: string; readonly province: string }>;
  readonly targetYear: number;
}

export interface ValidationSummary {
  readonly valid: true;
  readonly scenario: {
    readonly id: string;
    readonly name: string;
    readonly horizon: { readonly startYear: number; readonly endYear: number };
    readonly targetYear: number;
    readonly factories: ReadonlyArray<{ readonly id: string; readonly name: string; readonly sector: string; readonly province: string }>;
    readonly measures: readonly string[];
    readonly uncertainInputs: readonly string[];
  };
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted';
export const FINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled', 'interrupted'];

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly runId: string;
  readonly state: JobState;
  readonly progress: Progress;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export interface RunEnvelope<R> {
  readonly runId: string;
  readonly kind: string;
  readonly status: string;
  readonly cached: boolean;
  readonly seconds: number;
  readonly solverLimitReached: boolean;
  /** The request that made the run (GET /v1/runs/:id only). */
  readonly request?: unknown;
  readonly result: R;
}

/** What a work route answers: the run, or a job that will make it. */
export type Answer<R> = { readonly type: 'run'; readonly run: RunEnvelope<R> } | { readonly type: 'job'; readonly job: Job };

/** The plan JSON of a scenario and of one factory, as the engine writes it (engine/optimise/plan-json.ts). */
export type OptimiseResult = OptimiseJson;
export type FactoryResult = FactoryJson;

/** The finance JSON of a scenario (engine/finance/finance-json.ts). */
export type FinanceResult = FinanceJson;

export interface CompareRow {
  readonly label: string;
  readonly runId: string;
  readonly status: string;
  readonly costRmb: number | null;
  readonly netTco2: number | null;
  readonly capexRmb: number | null;
  readonly shadowPriceRmbPerTco2: number | null;
  readonly offsetsTco2: number | null;
}

export interface CompareResult {
  readonly runs: readonly CompareRow[];
}

export interface Quantiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

export interface SimulateResult {
  readonly draws: readonly unknown[];
  readonly message?: string;
  readonly summary: {
    readonly draws: number;
    readonly succeeded: number;
    readonly totalCostRmb: Quantiles | null;
    readonly probabilityTargetMet: number;
    readonly measureFrequency: ReadonlyArray<{ readonly measureId: string; readonly shareOfDraws: number; readonly medianSize: number | null }>;
  };
}

export interface RolloutSector {
  readonly sector: string;
  readonly factories: number;
  readonly metTarget: number;
  readonly baseGrossTco2: number;
  readonly costRmb: number;
  readonly netTco2ByYear: Readonly<Record<string, number>>;
}

/** A factory of a rollout's population. */
export interface RolloutFactory {
  readonly id: string;
  readonly sector: string;
  readonly province: string;
  readonly outputScaleFraction: number;
}

export interface RolloutTotals {
  readonly factories: number;
  readonly sectors: readonly RolloutSector[];
}

export type RolloutResult = RolloutTotals | { readonly capTco2: number; readonly capYear: number; readonly met: boolean; readonly priceRmbPerTco2: number; readonly totals: RolloutTotals; readonly message: string };

export interface ChartEntry {
  readonly kind: string;
  readonly title: { readonly en: string; readonly zh: string };
  readonly factories: readonly string[] | null;
}

/** A criterion of a rule pack as `GET /v1/packs` lists it (the parts the dashboard shows). */
export interface PackCriterion {
  readonly id: string;
  readonly titleEn: string;
  readonly titleZh: string;
  readonly kind: 'prerequisite' | 'scored' | 'recommendation';
  readonly metric: MetricId;
  readonly threshold: { readonly op: ThresholdOp; readonly unit: string } | null;
}

export interface Pack {
  readonly id: string;
  readonly titleEn: string;
  readonly titleZh: string;
  readonly kind: string;
  readonly document: string;
  readonly jurisdiction: string;
  readonly grade?: { readonly en: string; readonly zh: string };
  readonly criteria: readonly PackCriterion[];
}

/** The shapes of engine/compliance/evaluate.ts (its module reaches Node through the scenario schema). */
export type CriterionStatus = 'pass' | 'fail' | 'not_assessable' | 'not_applicable';
export type PackYearStatus = 'qualifies' | 'pending_evidence' | 'undetermined' | 'fails';
export type MetricValue = number | boolean | string | readonly string[] | null;

export interface PackVerdict {
  readonly packId: string;
  readonly firstYear: number | null;
  readonly fullyQualifiedYear: number | null;
  readonly years: ReadonlyArray<{
    readonly year: number;
    readonly status: PackYearStatus;
    readonly blockers: ReadonlyArray<{ readonly criterion: string; readonly message: string }>;
    readonly pending: ReadonlyArray<{ readonly criterion: string; readonly missing: readonly string[] }>;
  }>;
  readonly criteria: ReadonlyArray<{
    readonly id: string;
    readonly kind: PackCriterion['kind'];
    readonly metric: MetricId;
    readonly title: { readonly en: string; readonly zh: string };
    readonly years: ReadonlyArray<{ readonly year: number; readonly status: CriterionStatus; readonly value: MetricValue; readonly threshold: Exclude<MetricValue, string | null> | null; readonly missing: readonly string[]; readonly message: string }>;
  }>;
}

export interface CheckResult {
  readonly scenario: string;
  readonly scope2Method: 'market' | 'location';
  readonly years: readonly number[];
  readonly packs: ReadonlyArray<Pick<Pack, 'id' | 'titleEn' | 'titleZh' | 'kind' | 'document' | 'grade' | 'jurisdiction'>>;
  readonly factories: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly sector: string;
    readonly province: string;
    readonly plan: { readonly status: string; readonly message: string };
    readonly results: ReadonlyArray<{ readonly packId: string; readonly baseline: PackVerdict; readonly plan: PackVerdict | null }>;
  }>;
}

/** `POST /v1/check`: the check, the optimise run it read and the links to that run and its report. */
export interface CheckAnswer {
  readonly runId: string;
  readonly kind: 'check';
  readonly cached: boolean;
  readonly links: { readonly run: string; readonly report: string };
  readonly result: CheckResult;
}

/** A source of a scenario in a request: a bundled file by id, or file text (YAML or JSON). */
export type ScenarioSource = { readonly scenarioId: string } | { readonly scenarioText: string };

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<ApiErrorBody>;
    if (body.error !== undefined) return new ApiError(response.status, { error: { ...body.error, issues: body.error.issues ?? [] } });
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, { error: { code: `http_${response.status}`, message: text.trim() || response.statusText, issues: [] } });
}

/**
 * Where requests find the API key a server needs: the dashboard's prompt and session cookie
 * (web/src/auth.ts, set by main.ts). Injected, so this module stays free of DOM globals (Node code
 * and tests import its types).
 */
export interface KeySource {
  /** The key as it is now ('' without one). */
  readonly current: () => string;
  /** After a 401: get a key and keep it; false when there is none (the 401 stands). */
  readonly ask: (code: string) => boolean;
}

let keys: KeySource = { current: () => '', ask: () => false };

export function useKeySource(source: KeySource): void {
  keys = source;
}

async function request<T>(method: string, url: string, body?: unknown): Promise<{ status: number; data: T }> {
  const init: RequestInit = { method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let sent = keys.current();
  let response = await fetch(url, init);
  // A server with API keys: ask for one (kept as a session cookie, so links and event streams carry
  // it too), then retry; a request that went out before another one's answer set the key just retries.
  while (response.status === 401) {
    const { code } = (await errorOf(response.clone())).body.error;
    if (keys.current() === sent && !keys.ask(code)) break;
    sent = keys.current();
    response = await fetch(url, init);
  }
  if (!response.ok) throw await errorOf(response);
  return { status: response.status, data: (await response.json()) as T };
}

const get = async <T>(url: string): Promise<T> => (await request<T>('GET', url)).data;

/** A work route: 200 with the run, or 202 with a job. */
async function work<R>(path: string, body: unknown): Promise<Answer<R>> {
  const { status, data } = await request<RunEnvelope<R> | { job: Job }>('POST', `/v1/${path}`, body);
  if (status === 202 && 'job' in data) return { type: 'job', job: data.job };
  return { type: 'run', run: data as RunEnvelope<R> };
}

export const api = {
  sectors: async () => (await get<{ sectors: Sector[] }>('/v1/catalog/sectors')).sectors,
  provinces: async () => (await get<{ provinces: Province[] }>('/v1/catalog/provinces')).provinces,
  measures: async () => (await get<{ measures: Array<{ id: string; nameEn: string; nameZh: string; category: string }> }>('/v1/catalog/measures')).measures,
  scenarios: async () => (await get<{ scenarios: BundledScenario[] }>('/v1/scenarios')).scenarios,
  scenario: (id: string) => get<{ id: string; file: string; text: string }>(`/v1/scenarios/${encodeURIComponent(id)}`),
  validate: async (source: ScenarioSource) => (await request<ValidationSummary>('POST', '/v1/scenarios/validate', source)).data,
  optimise: (source: ScenarioSource) => work<OptimiseResult>('optimise', source),
  finance: (source: ScenarioSource) => work<FinanceResult>('finance', source),
  compare: (runs: ReadonlyArray<ScenarioSource | { readonly runId: string; readonly label?: string }>) => work<CompareResult>('compare', { runs }),
  simulate: (body: ScenarioSource & { draws: number; seed: number; mode: 'reoptimise' | 'evaluate' }) => work<SimulateResult>('simulate', body),
  rollout: (body: { sector: string; count: number; seed: number; cap?: { tco2: number; year: number } }) => work<RolloutResult>('rollout', body),
  run: <R>(id: string) => get<RunEnvelope<R>>(`/v1/runs/${id}`),
  rolloutFactories: async (runId: string) => (await get<{ factories: RolloutFactory[] }>(`/v1/runs/${runId}/factories`)).factories,
  rolloutFactoryScenario: (runId: string, factory: string) =>
    get<{ scenario: Record<string, unknown>; basis: string }>(`/v1/runs/${runId}/factories/${encodeURIComponent(factory)}/scenario`),
  charts: async (runId: string) => (await get<{ charts: ChartEntry[] }>(`/v1/runs/${runId}/charts`)).charts,
  chartSpec: (runId: string, kind: string, query: Readonly<Record<string, string>>) => get<Record<string, unknown>>(chartUrl(runId, kind, query)),
  job: (id: string) => get<Job>(`/v1/jobs/${id}`),
  cancel: async (id: string) => (await request<Job>('DELETE', `/v1/jobs/${id}`)).data,
  packs: async () => (await get<{ packs: Pack[] }>('/v1/packs')).packs,
  /** 200 with the check, or 202 with the optimise job it waits for (ask again when it has succeeded). */
  check: async (body: ScenarioSource & { readonly packs: readonly string[] }): Promise<{ readonly type: 'check'; readonly check: CheckAnswer } | { readonly type: 'job'; readonly job: Job }> => {
    const { status, data } = await request<CheckAnswer | { job: Job }>('POST', '/v1/check', body);
    return status === 202 && 'job' in data ? { type: 'job', job: data.job } : { type: 'check', check: data as CheckAnswer };
  },
};

export function chartUrl(runId: string, kind: string, query: Readonly<Record<string, string>>): string {
  const q = new URLSearchParams(query).toString();
  return `/v1/runs/${runId}/charts/${kind}${q === '' ? '' : `?${q}`}`;
}

export const reportUrl = (answer: CheckAnswer, format: 'pdf' | 'html', lang: 'zh' | 'en') => `${answer.links.report}?${new URLSearchParams({ format, lang }).toString()}`;

export const modelUrl = (runId: string, format: 'lp' | 'mps', factory: string) =>
  `/v1/runs/${runId}/model?${new URLSearchParams({ format, factory }).toString()}`;
