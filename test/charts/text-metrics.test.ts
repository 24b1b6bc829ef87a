/**
 * The chart text metrics are the bundled font's own advances: the committed table equals what
 * the font files hold (read by an independent TrueType reader), every CJK ideograph the font has
 * is one em, and a text's width is the sum of its characters' advances (plus the kerning margin).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOLD_ADVANCES, REGULAR_ADVANCES } from '../../engine/charts/font-advances.ts';
import { fontFiles } from '../../engine/charts/font.ts';
import { charEm, textWidth } from '../../engine/charts/text-metrics.ts';
import { encode } from './font-advances.ts';
import { readAdvances } from './ttf.ts';

const [regular, bold] = fontFiles().map((f) => readAdvances(readFileSync(f)));

describe('font advances', () => {
  it('the committed tables are the font files’ advances (regenerate: npx tsx test/charts/font-advances.ts)', () => {
    expect(REGULAR_ADVANCES).toEqual(encode(regular!));
    expect(BOLD_ADVANCES).toEqual(encode(bold!));
  });

  it('every CJK unified ideograph and extension-A character in the font is one em wide, in both weights', () => {
    for (const font of [regular!, bold!]) {
      for (let c = 0x3400; c <= 0x9fff; c++) {
        const a = font.advance(c);
        if (a !== undefined) expect(a, c.toString(16)).toBe(1);
      }
    }
    expect(charEm('碳')).toBe(1);
  });

  it('measures a mixed label as the sum of its advances', () => {
    const label = 'Offset prices (× path) 抵消产品价格 2,854 tCO2';
    const em = [...label].reduce((s, ch) => s + regular!.advance(ch.codePointAt(0)!)!, 0);
    expect(textWidth(label, 11)).toBeCloseTo(em * 11 * 1.02, 9);
    const emBold = [...label].reduce((s, ch) => s + bold!.advance(ch.codePointAt(0)!)!, 0);
    expect(textWidth(label, 16, true)).toBeCloseTo(emBold * 16 * 1.02, 9);
    // × is a full-width glyph in this font, not a Latin one.
    expect(charEm('×')).toBe(1);
  });
});
