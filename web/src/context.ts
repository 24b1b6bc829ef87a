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
}

export interface Ctx {
  readonly catalog: Catalog;
  readonly scenario: ScenarioPanel;
  /** Optimise runs of this session (for comparisons), newest first. */
  readonly history: HistoryEntry[];
  remember(entry: HistoryEntry): void;
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
