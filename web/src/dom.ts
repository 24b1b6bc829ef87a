/** A few typed DOM helpers: no framework, every view builds its elements with `h`. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | boolean | null | undefined | EventListener>>;

/** `h('button', { class: 'primary', onclick: run }, 'Optimise')`. `on*` attributes become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'value' && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) el.value = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

/** Replace an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

export type Cell = string | { readonly text: string; readonly num?: boolean; readonly title?: string; readonly class?: string };

/** A table from a header and rows of cells; numeric cells (class `num`) are right-aligned. */
export function table(
  head: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  attrs: Attrs = {},
): HTMLTableElement {
  const cell = (tag: 'td' | 'th', c: Cell) =>
    typeof c === 'string' ? h(tag, {}, c) : h(tag, { class: c.num === true ? 'num' : (c.class ?? null), title: c.title }, c.text);
  return h(
    'table',
    { class: 'data', ...attrs },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', {}, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => cell('td', c))))),
  );
}

export const numCell = (text: string) => ({ text, num: true });

/** Save text or a blob as a file. */
export function saveFile(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV text (RFC 4180 quoting) from a header and rows; numbers in full precision, dot decimals. */
export function csv(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const quote = (v: string | number | null) => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [head, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** A small "key: value" card. */
export function stat(label: string, value: string, attrs: Attrs = {}): HTMLElement {
  return h('div', { class: 'stat', ...attrs }, h('div', { class: 'stat-label' }, label), h('div', { class: 'stat-value' }, value));
}

export function errorBox(message: string, detail?: Node | string): HTMLElement {
  return h('div', { class: 'error-box', role: 'alert' }, h('strong', {}, message), detail === undefined ? null : h('div', { class: 'error-detail' }, detail));
}
