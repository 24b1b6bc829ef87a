/**
 * Text widths for headless Vega. Without a canvas, Vega estimates every character at 0.8 em, which
 * truncates English legend labels that would fit and under-sizes Chinese text (1 em). This measure
 * uses per-character advances of the bundled Noto Sans SC (measured with resvg: lowercase ≈ 0.52 em,
 * capitals ≈ 0.63, digits 0.55, CJK 1.0, bold ≈ 6 % wider), so layout matches what the PNG draws.
 */
import * as vega from 'vega';

interface TextItem {
  readonly fontSize?: number | string | null;
  readonly fontWeight?: number | string | null;
  readonly limit?: number | string | null;
}

interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

const NARROW = new Set([...'ijl.,:;\'!|']);
const SEMI = new Set([...'ftr()[]{}-"/I`']);
const WIDE = new Set([...'mwMW%@']);

/** Advance of one character in em. */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80 || (c >= 0x1100 && c <= 0x11ff)) return 1; // CJK, full-width forms, Hangul
  if (ch === ' ') return 0.25;
  if (NARROW.has(ch)) return 0.27;
  if (SEMI.has(ch)) return 0.35;
  if (WIDE.has(ch)) return 0.88;
  if (ch === '–' || ch === '…') return 0.55;
  if (ch === '—') return 1;
  if (ch >= 'A' && ch <= 'Z') return 0.63;
  if (ch >= '0' && ch <= '9') return 0.55;
  return 0.53;
}

const fontSizeOf = (item: TextItem): number => (item.fontSize !== undefined && item.fontSize !== null ? Number(item.fontSize) || 0 : 11);
const isBold = (item: TextItem): boolean => item.fontWeight === 'bold' || (typeof item.fontWeight === 'number' && item.fontWeight >= 600) || Number(item.fontWeight) >= 600;

/** Width in pixels of a text as Noto Sans SC draws it. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/**
 * Vega's text width: the measured width, at most the item's limit (Vega truncates longer text to
 * it, so that is what it draws; Vega's own truncation calls this for each candidate).
 */
function width(item: TextItem, text: unknown): number {
  const s = text === null || text === undefined ? '' : String(text).trim();
  const w = textWidth(s, fontSizeOf(item), isBold(item));
  const limit = Number(item.limit ?? 0);
  return limit > 0 ? Math.min(w, limit) : w;
}

let installed = false;

/** Make headless Vega measure text with the bundled font's widths (idempotent). */
export function installTextMetrics(): void {
  if (installed) return;
  const metrics = (vega as unknown as { textMetrics?: TextMetrics }).textMetrics;
  if (metrics === undefined) throw new Error('charts: vega no longer exports textMetrics');
  metrics.width = width;
  installed = true;
}
