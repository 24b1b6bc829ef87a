/** The dashboard font subset's unicode-range: consecutive code points merged, each listed once. */
import { describe, expect, it } from 'vitest';
import { unicodeRange } from '../../web/build.ts';

describe('unicodeRange', () => {
  it('merges runs and keeps single code points, in order, without duplicates', () => {
    // 零 U+96F6, 碳 U+78B3; 一丁丂七 U+4E00–4E03.
    const cps = [...'零碳一丁丂七碳'].map((c) => c.codePointAt(0)!);
    expect(unicodeRange(cps)).toBe('U+4E00-4E03, U+78B3, U+96F6');
    expect(unicodeRange([])).toBe('');
  });
});
