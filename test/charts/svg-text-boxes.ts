/**
 * The box of every text element of a rendered chart SVG, in canvas coordinates, measured with the
 * bundled font's advances read straight from its files (test/charts/ttf.ts): what resvg draws when
 * it rasterises the SVG to PNG. Vega writes groups as `translate(x,y)` and texts as a chain of
 * `translate` / `rotate`; both are followed here.
 */
import { readFileSync } from 'node:fs';
import { fontFiles } from '../../engine/charts/font.ts';
import { readAdvances, type Advances } from './ttf.ts';

export interface TextBox {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

function parseTransform(attr: string | undefined): Matrix {
  let m = IDENTITY;
  if (attr === undefined) return m;
  for (const [, op, args] of attr.matchAll(/(translate|rotate|scale)\(([^)]*)\)/g)) {
    const v = args!.split(/[\s,]+/).filter((s) => s !== '').map(Number);
    if (op === 'translate') m = multiply(m, [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0]);
    else if (op === 'scale') m = multiply(m, [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0]);
    else {
      const a = ((v[0] ?? 0) * Math.PI) / 180;
      m = multiply(m, [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0]);
    }
  }
  return m;
}

const attrOf = (attrs: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

const decode = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

let fonts: { regular: Advances; bold: Advances } | undefined;

function width(text: string, size: number, bold: boolean): number {
  fonts ??= (() => {
    const [regular, bold] = fontFiles().map((f) => readAdvances(readFileSync(f)));
    return { regular: regular!, bold: bold! };
  })();
  const font = bold ? fonts.bold : fonts.regular;
  let em = 0;
  for (const ch of text) em += font.advance(ch.codePointAt(0)!) ?? 1;
  return em * size;
}

/** The canvas size and every non-empty text's box. */
export function svgTextBoxes(svg: string): { width: number; height: number; boxes: TextBox[] } {
  const head = /<svg\b([^>]*)>/.exec(svg);
  if (head === null) throw new Error('not an SVG');
  const canvas = { width: Number(attrOf(head[1]!, 'width')), height: Number(attrOf(head[1]!, 'height')) };
  const stack: Matrix[] = [IDENTITY];
  const boxes: TextBox[] = [];
  const tags = /<(\/?)(g|text)\b([^>]*?)(\/?)>/g;
  for (let m = tags.exec(svg); m !== null; m = tags.exec(svg)) {
    const [, closing, tag, attrs = '', selfClosing] = m;
    if (tag === 'g') {
      if (closing === '/') stack.pop();
      else if (selfClosing !== '/') stack.push(multiply(stack.at(-1)!, parseTransform(attrOf(attrs, 'transform'))));
      continue;
    }
    if (closing === '/') continue;
    const end = svg.indexOf('</text>', tags.lastIndex);
    const content = decode(svg.slice(tags.lastIndex, end));
    tags.lastIndex = end + '</text>'.length;
    if (content.trim() === '') continue;
    const size = parseFloat(attrOf(attrs, 'font-size') ?? '11');
    const weight = attrOf(attrs, 'font-weight');
    const w = width(content, size, weight === 'bold' || Number(weight) >= 600);
    const anchor = attrOf(attrs, 'text-anchor') ?? 'start';
    const x0 = anchor === 'end' ? -w : anchor === 'middle' ? -w / 2 : 0;
    // Alphabetic baseline at 0: Noto Sans SC's ascent ≈ 0.88 em, descent ≈ 0.12 em.
    const local: Array<readonly [number, number]> = [[x0, -0.88 * size], [x0 + w, -0.88 * size], [x0, 0.12 * size], [x0 + w, 0.12 * size]];
    const t = multiply(stack.at(-1)!, multiply(parseTransform(attrOf(attrs, 'transform')), [1, 0, 0, 1, Number(attrOf(attrs, 'x') ?? 0), Number(attrOf(attrs, 'y') ?? 0)]));
    const pts = local.map(([x, y]) => [t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]] as const);
    boxes.push({
      text: content,
      x0: Math.min(...pts.map((p) => p[0])),
      x1: Math.max(...pts.map((p) => p[0])),
      y0: Math.min(...pts.map((p) => p[1])),
      y1: Math.max(...pts.map((p) => p[1])),
    });
  }
  return { ...canvas, boxes };
}
