/**
 * Charts of a stored run: which kinds apply (per factory where a run has several), and each as a
 * Vega-Lite spec, SVG or PNG, drawn by the engine's chart functions from the run's stored result.
 * Rendered charts are kept in the store next to their run.
 */
import { buildChart, CHART_KINDS, chartKindsFor, isChartKind, type ChartKind, type ChartSource } from '../engine/charts/registry.ts';
import { renderPng, renderSvg } from '../engine/charts/render.ts';
import type { ComparisonRun } from '../engine/charts/rows/comparison.ts';
import type { RolloutResult } from '../engine/rollout/rollout.ts';
import type { SectorPriceResult } from '../engine/rollout/sector-price.ts';
import type { MonteCarloResult } from '../engine/simulation/monte-carlo.ts';
import type { SensitivityResult } from '../engine/simulation/sensitivity.ts';
import { ApiError, badRequest, notFound } from './errors.ts';
import type { CompareSource } from './operations/compare.ts';
import type { PlanSource } from './operations/optimise.ts';
import type { ChartQuery } from './schemas.ts';
import { canonicalJson } from './store/keys.ts';
import type { RunStore, StoredRun } from './store/runs.ts';

/** One chartable thing of a run: the source, and the factory it belongs to (null: the whole run). */
interface Drawable {
  readonly factory: string | null;
  readonly source: ChartSource;
  readonly kinds: readonly ChartKind[];
}

const hasPlan = (status: string) => status === 'optimal' || status === 'feasible';

function drawables(runs: RunStore, run: StoredRun): Drawable[] {
  const parse = <T>(): T => JSON.parse(run.sourceJson ?? run.resultJson) as T;
  const whole = (source: ChartSource): Drawable[] => [{ factory: null, source, kinds: chartKindsFor(source) }];
  switch (run.kind) {
    case 'optimise':
    case 'finance': {
      const src = parse<PlanSource>();
      return src.plan.factories.flatMap((plan): Drawable[] => {
        const baseline = src.baselines[plan.factoryId];
        const source: ChartSource = baseline === undefined ? { kind: 'factory_plan', plan } : { kind: 'factory_plan', plan, baseline };
        // Without a plan only the MAC curve (a screening of each measure alone) has anything to show.
        const kinds = hasPlan(plan.status) ? chartKindsFor(source) : chartKindsFor(source).filter((k) => k === 'mac_curve');
        const out: Drawable[] = [{ factory: plan.factoryId, source, kinds }];
        const loan = src.finance?.factories.find((f) => f.factoryId === plan.factoryId)?.loan ?? null;
        if (loan !== null && loan.status === 'sized') {
          const loanSource: ChartSource = { kind: 'loan', loan };
          out.push({ factory: plan.factoryId, source: loanSource, kinds: chartKindsFor(loanSource) });
        }
        return out;
      });
    }
    case 'compare': {
      const src = parse<CompareSource>();
      const members: ComparisonRun[] = src.members.flatMap((m) => {
        const r = runs.get(m.runId);
        return r === null ? [] : [{ label: m.label, plan: (JSON.parse(r.sourceJson ?? 'null') as PlanSource).plan }];
      });
      return members.length === 0 ? [] : whole({ kind: 'comparison', runs: members });
    }
    case 'simulate':
      return whole({ kind: 'monte_carlo', result: parse<MonteCarloResult>() });
    case 'sensitivity':
      return whole({ kind: 'sensitivity', result: parse<SensitivityResult>() });
    case 'rollout': {
      const r = parse<RolloutResult | SectorPriceResult>();
      return whole({ kind: 'rollout', result: 'totals' in r ? r.totals : r });
    }
  }
}

export interface ChartListEntry {
  readonly kind: ChartKind;
  readonly title: { readonly en: string; readonly zh: string };
  readonly description: string;
  readonly factories: string[] | null;
  readonly href: string;
}

export function listCharts(runs: RunStore, run: StoredRun): ChartListEntry[] {
  const ds = drawables(runs, run);
  const kinds = [...new Set(ds.flatMap((d) => d.kinds))];
  return kinds.map((kind) => {
    const factories = ds.filter((d) => d.kinds.includes(kind) && d.factory !== null).map((d) => d.factory!);
    return {
      kind,
      title: CHART_KINDS[kind].title,
      description: CHART_KINDS[kind].description,
      factories: factories.length > 0 ? factories : null,
      href: `/v1/runs/${run.id}/charts/${kind}`,
    };
  });
}

export interface RenderedChart {
  readonly contentType: string;
  readonly body: Buffer;
  readonly cached: boolean;
}

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', svg: 'image/svg+xml; charset=utf-8', png: 'image/png' } as const;

export async function renderChart(runs: RunStore, run: StoredRun, kindParam: string, q: ChartQuery): Promise<RenderedChart> {
  const ds = drawables(runs, run);
  const available = [...new Set(ds.flatMap((d) => d.kinds))];
  if (!isChartKind(kindParam) || !available.includes(kindParam)) {
    throw notFound('chart_not_available', `no chart "${kindParam}" for this ${run.kind} run (available: ${available.join(', ') || 'none'})`);
  }
  const kind = kindParam;
  const candidates = ds.filter((d) => d.kinds.includes(kind));
  const d = q.factory === undefined ? candidates[0] : candidates.find((c) => c.factory === q.factory);
  if (d === undefined) {
    const ids = candidates.map((c) => c.factory).filter((f): f is string => f !== null);
    const message = ids.length === 0 ? `this chart is not per factory` : `no factory "${q.factory}" with this chart (factories: ${ids.join(', ')})`;
    throw badRequest(message, [{ path: 'querystring.factory', message }]);
  }
  const variant = canonicalJson({ kind, factory: d.factory, format: q.format, lang: q.lang, metric: q.metric, year: q.year, day: q.day, width: q.width, height: q.height, scale: q.format === 'png' ? (q.scale ?? 2) : undefined });
  const hit = runs.chart(run.id, variant);
  if (hit !== null) return { contentType: hit.contentType, body: hit.body, cached: true };
  const spec = buildChart(kind, d.source, {
    ...(q.lang !== undefined ? { lang: q.lang } : {}),
    ...(q.metric !== undefined ? { metric: q.metric } : {}),
    ...(q.year !== undefined ? { year: q.year } : {}),
    ...(q.day !== undefined ? { day: q.day } : {}),
    ...(q.width !== undefined ? { width: q.width } : {}),
    ...(q.height !== undefined ? { height: q.height } : {}),
  });
  if (spec === null) throw notFound('chart_not_available', `no chart "${kind}" for this run`);
  let body: Buffer;
  try {
    body =
      q.format === 'json'
        ? Buffer.from(JSON.stringify(spec))
        : q.format === 'svg'
          ? Buffer.from(await renderSvg(spec))
          : Buffer.from(await renderPng(spec, { scale: q.scale ?? 2 }));
  } catch (error) {
    throw new ApiError(422, 'chart_render_failed', `the chart could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
  const contentType = CONTENT_TYPES[q.format];
  runs.putChart(run.id, variant, contentType, body);
  return { contentType, body, cached: false };
}
