/**
 * The HTTP API as the dashboard uses it: typed requests and the parts of the responses it shows
 * (the server's schemas and the README give the full shapes). Every failure becomes an `ApiError`
 * carrying the API's error body `{ error: { code, message, issues: [{ path, message }] } }`.
 *
 * Engine types are imported (type-only, erased from the bundle) where their modules are free of Node:
 * the plan, loan and factory result types are not (their modules reach engine/data/year-value.ts,
 * which imports `node:module`), so the shapes the dashboard reads of them are declared here.
 */
import type { EmissionsPathwayRow } from '../../engine/charts/rows/types.ts';
import type { IrrResult } from '../../engine/finance/irr.ts';
import { askForKey, keyCookie } from './auth.ts';

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
  readonly result: R;
}

/** What a work route answers: the run, or a job that will make it. */
export type Answer<R> = { readonly type: 'run'; readonly run: RunEnvelope<R> } | { readonly type: 'job'; readonly job: Job };

export interface PlanEntry {
  readonly measureId: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly category: string;
  readonly sizeUnit: string;
  readonly year: number;
  readonly buildUnits: number;
  readonly stockUnits: number;
  readonly capexRmb: number;
}

/** One year of a factory's emissions (the API sends these fields and more). */
export type EmissionsYear = EmissionsPathwayRow;

export interface FactoryResult {
  readonly id: string;
  readonly status: string;
  readonly message: string;
  readonly objectiveRmb: number | null;
  readonly targetYear: number;
  readonly netTargetTco2: number;
  readonly baseGrossTco2: number;
  readonly plan: readonly PlanEntry[];
  readonly emissions: readonly EmissionsYear[];
  readonly carbonShadowPriceRmbPerTco2: number | null;
  readonly diagnosis: unknown;
}

export interface OptimiseResult {
  readonly scenario: string;
  readonly status: string;
  readonly objectiveRmb: number | null;
  readonly factories: readonly FactoryResult[];
}

export interface LoanYear {
  readonly year: number;
  readonly phase: string;
  readonly rateFraction: number;
  readonly drawdownRmb: number;
  readonly interestRmb: number;
  readonly principalRmb: number;
  readonly debtServiceRmb: number;
  readonly balanceRmb: number;
  readonly cfadsRmb: number;
  readonly dscr: number | null;
}

export type Loan =
  | {
      readonly status: 'sized';
      readonly debtRmb: number;
      readonly equityRmb: number;
      readonly sizedBy: string;
      readonly minDscr: number | null;
      readonly averageDscr: number | null;
      readonly schedule: readonly LoanYear[];
      readonly warnings: readonly string[];
    }
  | { readonly status: 'no_debt'; readonly reason: string; readonly equityRmb: number; readonly warnings: readonly string[] };

export interface FinanceFactory {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly reason: string | null;
  readonly metrics: {
    readonly npvRmb: number;
    readonly npvYear: number;
    readonly irr: IrrResult;
    readonly simplePaybackYears: number | null;
    readonly levelisedAbatementCostRmbPerTco2: number | null;
    readonly totalCapexRmb: number;
  } | null;
  readonly pricing: { readonly baseRateFraction: number } | null;
  readonly loan: Loan | null;
}

export interface FinanceResult {
  readonly scenario: string;
  readonly planStatus: string;
  readonly factories: readonly FinanceFactory[];
}

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

async function request<T>(method: string, url: string, body?: unknown): Promise<{ status: number; data: T }> {
  const init: RequestInit = { method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let sent = keyCookie();
  let response = await fetch(url, init);
  // A server with API keys: ask for one (kept as a session cookie, so links and event streams carry
  // it too), then retry; a request that went out before another one's answer set the key just retries.
  while (response.status === 401) {
    const { code } = (await errorOf(response.clone())).body.error;
    if (keyCookie() === sent && !askForKey(code)) break;
    sent = keyCookie();
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
  charts: async (runId: string) => (await get<{ charts: ChartEntry[] }>(`/v1/runs/${runId}/charts`)).charts,
  chartSpec: (runId: string, kind: string, query: Readonly<Record<string, string>>) => get<Record<string, unknown>>(chartUrl(runId, kind, query)),
  job: (id: string) => get<Job>(`/v1/jobs/${id}`),
  cancel: async (id: string) => (await request<Job>('DELETE', `/v1/jobs/${id}`)).data,
};

export function chartUrl(runId: string, kind: string, query: Readonly<Record<string, string>>): string {
  const q = new URLSearchParams(query).toString();
  return `/v1/runs/${runId}/charts/${kind}${q === '' ? '' : `?${q}`}`;
}

export const modelUrl = (runId: string, format: 'lp' | 'mps', factory: string) =>
  `/v1/runs/${runId}/model?${new URLSearchParams({ format, factory }).toString()}`;
