/** The downloads under a result: files made in the page when clicked (CSV tables, the run as JSON). */
import type { RunEnvelope } from './api.ts';
import { h, saveFile } from './dom.ts';
import { t } from './i18n.ts';

type Attrs = Readonly<Record<string, string>>;

/** The row: "Downloads:", then its buttons and links. */
export const downloadBar = (items: ReadonlyArray<Node | null>, attrs: Attrs = {}): HTMLElement =>
  h('div', { class: 'downloads', ...attrs }, h('span', { class: 'muted' }, `${t('common.downloads')}:`), ...items);

const saveButton = (label: string, file: string, content: () => string, type: string, attrs: Attrs): HTMLButtonElement =>
  h('button', { type: 'button', class: 'link', ...attrs, onclick: () => saveFile(file, content(), type) }, label);

/** Saves the CSV text `text()` makes as `file`. */
export const csvButton = (label: string, file: string, text: () => string, attrs: Attrs = {}): HTMLButtonElement =>
  saveButton(label, file, text, 'text/csv;charset=utf-8', attrs);

/** Saves the whole run (envelope and result) as JSON. */
export const jsonButton = (file: string, run: RunEnvelope<unknown>, attrs: Attrs = {}): HTMLButtonElement =>
  saveButton(t('dl.json'), file, () => JSON.stringify(run, null, 2), 'application/json', attrs);
