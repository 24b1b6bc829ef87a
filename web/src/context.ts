/** What the views share: the catalogue, the scenario panel, this session's runs. */
import { ApiError, type Answer, type Job, type RunEnvelope } from './api.ts';
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
}

export interface Ctx {
  readonly catalog: Catalog;
  readonly scenario: ScenarioPanel;
  /** Optimise runs of this session (for comparisons), newest first. */
  readonly history: HistoryEntry[];
  remember(entry: HistoryEntry): void;
}

/** The outcome of a work request as a view holds it. */
export type Outcome<R> =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'job'; readonly job: Job }
  | { readonly state: 'done'; readonly run: RunEnvelope<R> }
  | { readonly state: 'error'; readonly error: ApiError };

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, { error: { code: 'client_error', message: error instanceof Error ? error.message : String(error), issues: [] } });
}

/** An answer as an outcome. */
export const outcomeOf = <R>(answer: Answer<R>): Outcome<R> => (answer.type === 'run' ? { state: 'done', run: answer.run } : { state: 'job', job: answer.job });

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
