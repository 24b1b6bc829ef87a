/**
 * Text widths for headless Vega. Without a canvas, Vega estimates every character at 0.8 em, which
 * truncates English legend labels that would fit and under-sizes Chinese text (1 em). This measure
 * uses the advance widths of the bundled Noto Sans SC itself (engine/charts/font-advances.ts,
 * generated from the font files and checked against them by the tests), so layout reserves the
 * room the PNG draws. Kerning is not applied: widths carry a 2 % margin for it.
 */
import * as vega from 'vega';
import { ADVANCE_RANGES, BOLD_ADVANCES, REGULAR_ADVANCES } from './font-advances.ts';

interface TextItem {
  readonly fontSize?: number | string | null;
  readonly fontWeight?: number | string | null;
  readonly limit?: number | string | null;
}

interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/** Room for the kerning the advances leave out. */
const KERNING_MARGIN = 1.02;
/** A code point outside the tables and the CJK blocks (drawn as a fallback glyph). */
const UNKNOWN_EM = 0.6;

type Table = ReadonlyArray<{ readonly lo: number; readonly em: ReadonlyArray<number | undefined> }>;

const decode = (ranges: readonly string[]): Table =>
  ADVANCE_RANGES.map(([lo], i) => ({ lo, em: ranges[i]!.split(',').map((v) => (v === '.' ? undefined : parseInt(v, 36) / 1000)) }));

let tables: { regular: Table; bold: Table } | undefined;

/** Advance of one character in em (Regular, or Bold for titles). */
export function charEm(ch: string, bold = false): number {
  tables ??= { regular: decode(REGULAR_ADVANCES), bold: decode(BOLD_ADVANCES) };
  const c = ch.codePointAt(0) ?? 0;
  for (const r of bold ? tables.bold : tables.regular) {
    const i = c - r.lo;
    if (i >= 0 && i < r.em.length) return r.em[i] ?? UNKNOWN_EM;
  }
  // Ideographs, kana, Hangul and the other CJK blocks are full width in Noto Sans SC.
  return c >= 0x2e80 || (c >= 0x1100 && c <= 0x11ff) ? 1 : UNKNOWN_EM;
}

const fontSizeOf = (item: TextItem): number => (item.fontSize !== undefined && item.fontSize !== null ? Number(item.fontSize) || 0 : 11);
const isBold = (item: TextItem): boolean => item.fontWeight === 'bold' || (typeof item.fontWeight === 'number' && item.fontWeight >= 600) || Number(item.fontWeight) >= 600;

/** Width in pixels of a text as Noto Sans SC draws it. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return em * fontSize * KERNING_MARGIN;
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
