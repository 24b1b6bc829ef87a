/**
 * A minimal TrueType reader for the tests and the metrics generator: the advance width of each
 * code point (cmap formats 4 and 12, hmtx), in em. Independent of the chart code it checks.
 */
export interface Advances {
  readonly unitsPerEm: number;
  /** Advance in em of a code point; undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

export function readAdvances(font: Uint8Array): Advances {
  const dv = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const n = dv.getUint16(4);
  for (let i = 0; i < n; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    tables.set(tag, dv.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = dv.getUint16(table('head') + 18);
  const numberOfHMetrics = dv.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (g: number) => dv.getUint16(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));
  const cmap = table('cmap');
  const glyphOf = new Map<number, number>();
  const subtables = dv.getUint16(cmap + 2);
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < subtables; i++) {
    const platform = dv.getUint16(cmap + 4 + 8 * i);
    const encoding = dv.getUint16(cmap + 6 + 8 * i);
    const offset = cmap + dv.getUint32(cmap + 8 + 8 * i);
    const format = dv.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { offset, format };
  }
  if (best === null) throw new Error('font has no Unicode cmap');
  const o = best.offset;
  if (best.format === 12) {
    const groups = dv.getUint32(o + 12);
    for (let i = 0; i < groups; i++) {
      const g = o + 16 + 12 * i;
      const start = dv.getUint32(g);
      const end = dv.getUint32(g + 4);
      const glyph = dv.getUint32(g + 8);
      for (let c = start; c <= end; c++) glyphOf.set(c, glyph + c - start);
    }
  } else {
    const segX2 = dv.getUint16(o + 6);
    const ends = o + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = dv.getUint16(ends + 2 * s);
      const start = dv.getUint16(starts + 2 * s);
      const delta = dv.getInt16(deltas + 2 * s);
      const rangeOffset = dv.getUint16(ranges + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let g: number;
        if (rangeOffset === 0) g = (c + delta) & 0xffff;
        else {
          const gi = dv.getUint16(ranges + 2 * s + rangeOffset + 2 * (c - start));
          g = gi === 0 ? 0 : (gi + delta) & 0xffff;
        }
        if (g !== 0) glyphOf.set(c, g);
      }
    }
  }
  return {
    unitsPerEm,
    advance(cp) {
      const g = glyphOf.get(cp);
      return g === undefined ? undefined : advanceOfGlyph(g) / unitsPerEm;
    },
  };
}
