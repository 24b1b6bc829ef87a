/** What the views share: the catalogue, the scenario panel, this session's runs. */
import { ApiError } from './api.ts';
import type { Catalog } from './catalog.ts';
import { errorBox, h } from './dom.ts';
import type { ScenarioPanel } from './scenario-panel.ts';
import { t } from './i18n.ts';

export interface HistoryEntry {
  readonly runId: string;
  readonly label: string;
}

export interface View {
  readonly el: HTMLElement;
  render(): void;
  /** Show a stored run (a link `#/<view>?run=…&factory=…` restores it). */
  open?(runId: string, factory: string | null): void;
  /** The run shown now, if any (the link needs no reload when it is already shown). */
  shownRun?(): string | null;
}

/** What a link restores: a view, the run it shows and the factory picked. */
export interface Route {
  readonly view: string;
  readonly run: string | null;
  readonly factory: string | null;
}

/** `#/plan?run=…&factory=…` → its parts (view `plan` when the hash names none). */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const q = new URLSearchParams(query);
  return { view: path === '' ? 'plan' : path, run: q.get('run'), factory: q.get('factory') };
}

/** The hash of a route. */
export function routeHash(r: Route): string {
  const q = new URLSearchParams();
  if (r.run !== null) q.set('run', r.run);
  if (r.factory !== null) q.set('factory', r.factory);
  const query = q.toString();
  return `#/${r.view}${query === '' ? '' : `?${query}`}`;
}

export interface Ctx {
  readonly catalog: Catalog;
  readonly scenario: ScenarioPanel;
  /** Optimise runs of this session (for comparisons), newest first. */
  readonly history: HistoryEntry[];
  remember(entry: HistoryEntry): void;
  /** Put the view's run (and factory) in the address, so the address is a link to it (no navigation). */
  link(route: Route): void;
  /** Go to a view showing a run (a drill-down). */
  go(route: Route): void;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, { error: { code: 'client_error', message: error instanceof Error ? error.message : String(error), issues: [] } });
}

/** An API error as a box: message, issue list, and the diagnosis of a run without a plan. */
export function apiErrorBox(error: ApiError): HTMLElement {
  const diagnosis = error.body.error.diagnosis;
  return errorBox(
    `${t('common.error')}${error.status > 0 ? ` ${error.status}` : ''}: ${error.message}`,
    h(
      'div',
      {},
      error.issues.length > 0 ? h('ul', { class: 'issues' }, ...error.issues.map((i) => h('li', {}, h('code', {}, i.path), `: ${i.message}`))) : null,
      diagnosis === undefined ? null : h('details', { open: true }, h('summary', {}, t('plan.diagnosis')), h('pre', { class: 'diagnosis' }, JSON.stringify(diagnosis, null, 2))),
    ),
  );
}
