/**
 * Writes engine/charts/font-advances.ts: the advance widths of the bundled Noto Sans SC (Regular
 * and Bold) for every code point outside the CJK ideograph blocks that charts draw (Latin,
 * punctuation, symbols, CJK punctuation, full-width forms), in thousandths of an em.
 * `npx tsx test/charts/font-advances.ts` regenerates it; test/charts/text-metrics.test.ts checks
 * the table against the font files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontFiles } from '../../engine/charts/font.ts';
import { readAdvances, type Advances } from './ttf.ts';

/** The ranges tabulated (ideographs outside them are all 1 em in this font: checked by the test). */
export const TABULATED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x024f],
  [0x0370, 0x03ff],
  [0x2000, 0x22ff],
  [0x2460, 0x24ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

/** Each range as one string of base-36 advances (thousandths of an em), "." where the font has no glyph. */
export function encode(a: Advances): string[] {
  return TABULATED_RANGES.map(([lo, hi]) => {
    const parts: string[] = [];
    for (let c = lo; c <= hi; c++) {
      const v = a.advance(c);
      parts.push(v === undefined ? '.' : Math.round(v * 1000).toString(36));
    }
    return parts.join(',');
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [regular, bold] = fontFiles().map((f) => encode(readAdvances(readFileSync(f))));
  const target = fileURLToPath(new URL('../../engine/charts/font-advances.ts', import.meta.url));
  const text = `/**
 * Advance widths of the bundled Noto Sans SC (engine/charts/font.ts), generated from its font files
 * by test/charts/font-advances.ts (do not edit): per range, one comma-separated list of base-36
 * advances in thousandths of an em, "." for a code point without a glyph.
 */
export const ADVANCE_RANGES: ReadonlyArray<readonly [number, number]> = ${JSON.stringify(TABULATED_RANGES)};

export const REGULAR_ADVANCES: readonly string[] = ${JSON.stringify(regular, null, 2)};

export const BOLD_ADVANCES: readonly string[] = ${JSON.stringify(bold, null, 2)};
`;
  writeFileSync(target, text);
  process.stderr.write(`wrote ${target} (${text.length} bytes)\n`);
}
