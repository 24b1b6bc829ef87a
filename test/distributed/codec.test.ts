/** The pieces of a distributed run that need no Redis: exact number round trips and shard ranges. */
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../engine/distributed/codec.ts';
import { defaultShardSize, planShards } from '../../engine/distributed/shards.ts';

describe('codec', () => {
  it('reads back every double exactly, including −0, NaN and ±Infinity', () => {
    const values = [0, -0, Number.NaN, Infinity, -Infinity, 0.1 + 0.2, 1e-310, Number.MAX_VALUE, -123456.789e-12, 2 ** 53 + 2];
    const back = decode<{ v: number[]; nested: { x: number } }>(encode({ v: values, nested: { x: -0 } }));
    back.v.forEach((v, i) => expect(Object.is(v, values[i])).toBe(true));
    expect(Object.is(back.nested.x, -0)).toBe(true);
  });

  it('leaves ordinary data as plain JSON', () => {
    const value = { id: 'f1', byYear: { 2026: 1.5, 2030: 2 }, ok: true, none: null, list: ['a'] };
    expect(encode(value)).toBe(JSON.stringify(value));
    expect(decode(encode(value))).toEqual(value);
  });
});

describe('shards', () => {
  it('cover every item once, in order', () => {
    expect(planShards(10, 4)).toEqual([
      { index: 0, start: 0, end: 4 },
      { index: 1, start: 4, end: 8 },
      { index: 2, start: 8, end: 10 },
    ]);
    expect(planShards(0, 4)).toEqual([]);
    for (const total of [1, 7, 250, 10_001]) {
      const shards = planShards(total, defaultShardSize(total));
      expect(shards.reduce((n, s) => n + s.end - s.start, 0)).toBe(total);
      shards.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : shards[i - 1]!.end));
    }
  });
});
