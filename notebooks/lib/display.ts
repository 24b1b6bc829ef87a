/**
 * Notebook display helpers (Deno Jupyter kernel): charts as one display_data bundle carrying the
 * Vega-Lite spec, its SVG and a PNG together — JupyterLab draws the spec, viewers without a Vega
 * renderer fall back to the SVG, and Classic Notebook, which shows only PNG for untrusted outputs,
 * still shows the picture — and tables as HTML with a plain-text fallback.
 *
 * Charts come from the engine only (`buildChart`, `renderSvg`, `svgToPng`): nothing here draws.
 */
import { Buffer } from 'node:buffer';
import { buildChart, renderSvg, svgToPng, type BuildChartOptions, type ChartKind, type ChartSource, type Spec } from '../../engine/charts/index.ts';

type Bundle = Record<string, unknown>;

/** Send one display_data message: `data` by MIME type, `metadata` by MIME type (e.g. image size). */
async function publish(data: Bundle, metadata: Bundle = {}): Promise<void> {
  const jupyter = (globalThis as { Deno?: { jupyter?: typeof Deno.jupyter } }).Deno?.jupyter;
  if (jupyter === undefined) {
    // Outside a kernel (deno run): print the plain-text form.
    console.log(String(data['text/plain'] ?? ''));
    return;
  }
  await jupyter.broadcast('display_data', { data, metadata, transient: {} });
}

/** The Jupyter MIME type of a Vega-Lite spec, from its own `$schema` (…/vega-lite/v6.json → v6). */
export function vegaLiteMime(spec: Spec): string {
  const schema = typeof spec.$schema === 'string' ? spec.$schema : '';
  const major = /vega-lite\/v(\d+)/.exec(schema)?.[1];
  if (major === undefined) throw new Error(`display: the spec's $schema does not name a Vega-Lite version: "${schema}"`);
  return `application/vnd.vegalite.v${major}+json`;
}

/** Width and height of an SVG document's root element, in CSS pixels. */
function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

const titleOf = (spec: Spec): string => {
  const t = (spec as { title?: unknown }).title;
  if (typeof t === 'string') return t;
  if (t !== null && typeof t === 'object' && 'text' in t) return String((t as { text: unknown }).text);
  return 'chart';
};

/** The display bundle of a chart: Vega-Lite + SVG + PNG (base64, 2× pixels shown at the SVG's size). */
export async function chartBundle(spec: Spec): Promise<{ data: Bundle; metadata: Bundle }> {
  // Rendering lets Vega tag the inline data rows; draw a copy so the spec shown stays as built.
  const svg = await renderSvg(structuredClone(spec));
  const png = await svgToPng(svg, { scale: 2 });
  const size = svgSize(svg);
  return {
    data: {
      [vegaLiteMime(spec)]: spec,
      'image/svg+xml': svg,
      'image/png': Buffer.from(png).toString('base64'),
      'text/plain': `<${titleOf(spec)}: Vega-Lite chart>`,
    },
    metadata: size === null ? {} : { 'image/png': size },
  };
}

/** Display a Vega-Lite spec as a chart bundle. */
export async function showChart(spec: Spec): Promise<void> {
  const { data, metadata } = await chartBundle(spec);
  await publish(data, metadata);
}

/** Build a chart kind from an engine result (the registry's `buildChart`) and display it. */
export async function showKind(kind: ChartKind, source: ChartSource, options: BuildChartOptions = {}): Promise<void> {
  const spec = buildChart(kind, source, options);
  if (spec === null) throw new Error(`display: chart kind "${kind}" does not apply to a ${source.kind} source`);
  await showChart(spec);
}

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

export interface TableOptions {
  /** Fraction digits of numbers: one for all columns, or per column (default 1). */
  readonly digits?: number | Readonly<Record<string, number>>;
  /** A line above the table. */
  readonly caption?: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A number with thousands separators and fixed fraction digits; values that round to zero print as 0 (no "-0.00"). */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  const v = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatCell(value: Cell, digits: number, isYear: boolean): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return isYear ? String(value) : formatNumber(value, digits);
  return String(value);
}

/**
 * Display rows as a table (HTML, with aligned plain text as the fallback). Columns: the first row's
 * keys; numbers right-aligned with thousands separators, except in a column named "year".
 */
export async function showTable(rows: readonly Row[], options: TableOptions = {}): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  const digitsOf = (c: string) => (typeof options.digits === 'number' ? options.digits : (options.digits?.[c] ?? 1));
  const numeric = columns.map((c) => rows.some((r) => typeof r[c] === 'number'));
  const cells = rows.map((r) => columns.map((c) => formatCell(r[c], digitsOf(c), /^year$/i.test(c))));
  const align = (i: number) => (numeric[i] ? 'right' : 'left');
  const html = [
    '<table>',
    options.caption === undefined ? '' : `<caption style="text-align:left">${escapeHtml(options.caption)}</caption>`,
    `<thead><tr>${columns.map((c, i) => `<th style="text-align:${align(i)}">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>${cells.map((r) => `<tr>${r.map((v, i) => `<td style="text-align:${align(i)}">${escapeHtml(v)}</td>`).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!));
  const text = [
    ...(options.caption === undefined ? [] : [options.caption]),
    columns.map(pad).join('  '),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.map((r) => r.map(pad).join('  ')),
  ].join('\n');
  await publish({ 'text/html': html, 'text/plain': text });
}

/** Display Markdown (with the same text as the plain fallback). */
export async function showMarkdown(markdown: string): Promise<void> {
  await publish({ 'text/markdown': markdown, 'text/plain': markdown });
}

/** Millions, for tables in M RMB. */
export const million = (rmb: number | null | undefined): number | null => (rmb === null || rmb === undefined ? null : rmb / 1e6);

/** An amount in RMB as text in million RMB, e.g. 404,070,000 → "404.07 M RMB". */
export const mrmb = (rmb: number | null | undefined, digits = 2): string => (rmb === null || rmb === undefined ? '—' : `${formatNumber(rmb / 1e6, digits)} M RMB`);

/** A fraction as a percentage string, e.g. 0.0345 → "3.45 %". */
export const percent = (fraction: number | null | undefined, digits = 2): string => (fraction === null || fraction === undefined ? '—' : `${(fraction * 100).toFixed(digits)} %`);
