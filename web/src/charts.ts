/**
 * Every chart of a run: the list from `GET /v1/runs/:id/charts`, each spec from
 * `GET /v1/runs/:id/charts/:kind?lang=…&factory=…` drawn with vega-embed (SVG renderer), with links
 * to the server-rendered SVG and PNG and to the spec.
 */
import embed, { type Result, type VisualizationSpec } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { api, chartUrl, type ChartEntry } from './api.ts';
import { h } from './dom.ts';
import { lang, t } from './i18n.ts';

const lists = new Map<string, Promise<ChartEntry[]>>();
const views = new Set<Result>();

/** The chart list of a run (runs are immutable: fetched once). */
function chartList(runId: string): Promise<ChartEntry[]> {
  let p = lists.get(runId);
  if (p === undefined) {
    p = api.charts(runId);
    p.catch(() => lists.delete(runId));
    lists.set(runId, p);
  }
  return p;
}

/** Finalize every drawn chart (before a view is redrawn). */
export function releaseCharts(): void {
  for (const v of views) v.finalize();
  views.clear();
}

const COMPOSITE = ['hconcat', 'vconcat', 'concat', 'facet', 'repeat'];

/**
 * A single-view spec is fitted to its card's width (legend and axes included), so nothing is cut
 * off at any window size; a composite one (the plan comparison) keeps its own size and scrolls.
 */
function fitted(spec: Record<string, unknown>): VisualizationSpec {
  if (COMPOSITE.some((k) => k in spec)) return spec as VisualizationSpec;
  return { ...spec, width: 'container', autosize: { type: 'fit-x', contains: 'padding' } } as VisualizationSpec;
}

async function draw(target: HTMLElement, runId: string, kind: string, query: Readonly<Record<string, string>>): Promise<void> {
  try {
    const spec = fitted(await api.chartSpec(runId, kind, query));
    if (!target.isConnected) return;
    // The expression interpreter instead of vega's code generation: the page's CSP forbids eval.
    const result = await embed(target, spec, { renderer: 'svg', actions: false, tooltip: true, defaultStyle: false, ast: true, expr: expressionInterpreter });
    views.add(result);
    target.closest('.chart-card')?.setAttribute('data-drawn', 'true');
  } catch (error) {
    target.replaceChildren(h('p', { class: 'error-text' }, t('chart.failed', { message: error instanceof Error ? error.message : String(error) })));
    target.closest('.chart-card')?.setAttribute('data-drawn', 'error');
  }
}

/**
 * A gallery of a run's charts (for one factory where charts are per factory). `only` limits the
 * kinds shown; `params` adds query parameters per kind (e.g. a metric).
 */
export function chartGallery(runId: string, options: { factory?: string; only?: readonly string[]; params?: Readonly<Record<string, Readonly<Record<string, string>>>> } = {}): HTMLElement {
  const grid = h('div', { class: 'chart-grid', 'data-testid': 'charts', 'data-run': runId }, h('p', { class: 'muted' }, t('common.loading')));
  void (async () => {
    let charts: ChartEntry[];
    try {
      charts = await chartList(runId);
    } catch (error) {
      grid.replaceChildren(h('p', { class: 'error-text' }, t('chart.failed', { message: error instanceof Error ? error.message : String(error) })));
      return;
    }
    const only = options.only;
    const shown = charts
      .filter((c) => (only === undefined || only.includes(c.kind)) && (c.factories === null || options.factory === undefined || c.factories.includes(options.factory)))
      .sort((a, b) => (only === undefined ? 0 : only.indexOf(a.kind) - only.indexOf(b.kind)));
    grid.classList.toggle('single', shown.length === 1);
    grid.replaceChildren(
      ...shown.map((c) => {
        const query: Record<string, string> = { lang: lang(), ...(c.factories !== null && options.factory !== undefined ? { factory: options.factory } : {}), ...options.params?.[c.kind] };
        const target = h('div', { class: 'chart-target' });
        const file = `${c.kind}-${runId.slice(0, 8)}-${lang()}`;
        const card = h(
          'figure',
          { class: 'chart-card', 'data-kind': c.kind, 'aria-label': c.title[lang()] },
          h(
            'figcaption',
            {},
            h(
              'span',
              { class: 'chart-links' },
              h('a', { href: chartUrl(runId, c.kind, { ...query, format: 'svg' }), download: `${file}.svg`, 'data-testid': `dl-svg-${c.kind}` }, t('chart.svg')),
              h('a', { href: chartUrl(runId, c.kind, { ...query, format: 'png' }), download: `${file}.png`, 'data-testid': `dl-png-${c.kind}` }, t('chart.png')),
              h('a', { href: chartUrl(runId, c.kind, query), target: '_blank', rel: 'noopener' }, t('chart.spec')),
            ),
          ),
          target,
        );
        void draw(target, runId, c.kind, query);
        return card;
      }),
    );
  })();
  return grid;
}
