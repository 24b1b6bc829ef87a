/**
 * Charts of a stored run: which kinds apply (per factory where a run has several), and each as a
 * Vega-Lite spec, SVG or PNG, drawn by the engine's chart functions from the run's stored result.
 * Rendered charts are kept in the store next to their run.
 */
import { buildChart, CHART_KINDS, chartKindsFor, isChartKind, type ChartKind, type ChartSource } from '../engine/charts/registry.ts';
import { renderSvg, svgToPng } from '../engine/charts/render.ts';
import type { ComparisonRun } from '../engine/charts/rows/comparison.ts';
import { hasPlan } from '../engine/optimise/types.ts';
import type { RolloutResult } from '../engine/rollout/rollout.ts';
import type { SectorPriceResult } from '../engine/rollout/sector-price.ts';
import type { MonteCarloResult } from '../engine/simulation/monte-carlo.ts';
import type { SensitivityResult } from '../engine/simulation/sensitivity.ts';
import type { StochasticResult } from '../engine/stochastic/types.ts';
import type { TrackJson } from '../engine/tracking/track-json.ts';
import { ApiError, badRequest, notFound } from './errors.ts';
import type { CompareSource } from './operations/compare.ts';
import type { Ctx } from './operations/context.ts';
import type { PlanSource } from './operations/optimise.ts';
import type { ChartQuery } from './schemas.ts';
import { canonicalJson } from './store/keys.ts';
import type { StoredRun, TenantRuns } from './store/runs.ts';

/** One chartable thing of a run: the source, and the factory it belongs to (null: the whole run). */
interface Drawable {
  readonly factory: string | null;
  readonly source: ChartSource;
  readonly kinds: readonly ChartKind[];
}


function drawables(runs: TenantRuns, run: StoredRun): Drawable[] {
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
        const kinds = hasPlan(plan) ? chartKindsFor(source) : chartKindsFor(source).filter((k) => k === 'mac_curve');
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
    case 'track':
      return whole({ kind: 'tracking', track: parse<TrackJson>() });
    case 'stochastic':
      return whole({ kind: 'stochastic', result: parse<StochasticResult>() });
  }
}

export interface ChartListEntry {
  readonly kind: ChartKind;
  readonly title: { readonly en: string; readonly zh: string };
  readonly description: string;
  readonly factories: string[] | null;
  readonly href: string;
}

export function listCharts(runs: TenantRuns, run: StoredRun): ChartListEntry[] {
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

/** The pixels of a PNG of an SVG drawn at `scale` (its width and height attributes, in SVG units). */
function pngPixels(svg: string, scale: number): number {
  const head = svg.slice(0, 500);
  const width = Number(/\bwidth="([\d.]+)"/.exec(head)?.[1] ?? NaN);
  const height = Number(/\bheight="([\d.]+)"/.exec(head)?.[1] ?? NaN);
  return Number.isFinite(width) && Number.isFinite(height) ? width * height * scale * scale : Infinity;
}

function tooLarge(pixels: number, max: number): ApiError {
  const message = `the chart would be ${Math.round(pixels / 1e6)} million pixels; this server renders at most ${Math.round(max / 1e6)} million (width × height × scale²): ask for a smaller width, height or scale`;
  return new ApiError(400, 'chart_too_large', message, [{ path: 'querystring', message }]);
}

/**
 * A chart of a run, drawn within the render budget: at most `maxChartPixels` (checked on the
 * requested size before drawing, and on the drawn SVG's size before rasterising), at most
 * `chartConcurrency` renders at once.
 */
export async function renderChart(ctx: Pick<Ctx, 'runs' | 'config' | 'renders'>, run: StoredRun, kindParam: string, q: ChartQuery): Promise<RenderedChart> {
  const { runs } = ctx;
  const scale = q.format === 'png' ? (q.scale ?? 2) : 1;
  const max = ctx.config.maxChartPixels;
  if (q.width !== undefined && q.height !== undefined && q.width * q.height * scale * scale > max) throw tooLarge(q.width * q.height * scale * scale, max);
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
  const variant = canonicalJson({ kind, factory: d.factory, format: q.format, lang: q.lang, metric: q.metric, year: q.year, day: q.day, width: q.width, height: q.height, scale: q.format === 'png' ? scale : undefined });
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
  const draw = async (): Promise<Buffer> => {
    const svg = await renderSvg(spec);
    if (q.format === 'svg') return Buffer.from(svg);
    const pixels = pngPixels(svg, scale);
    if (pixels > max) throw tooLarge(pixels, max);
    return Buffer.from(await svgToPng(svg, { scale }));
  };
  let body: Buffer;
  try {
    body = q.format === 'json' ? Buffer.from(JSON.stringify(spec)) : await ctx.renders.run(draw);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(422, 'chart_render_failed', `the chart could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
  const contentType = CONTENT_TYPES[q.format];
  runs.putChart(run.id, variant, contentType, body);
  return { contentType, body, cached: false };
}
