/** Offset products: CCER, VCS and ITMO parse, with the reference 2025 prices. */
import { describe, expect, it } from 'vitest';
import { OFFSET_PRODUCTS } from '../../../engine/data/catalogue/index.ts';
import { offsetProductSchema } from '../../../engine/data/schemas/offset.ts';
import { yearRange, yearValue } from '../../../engine/data/year-value.ts';

const schema = offsetProductSchema(yearValue(yearRange(2025, 2035)));

describe('offset products', () => {
  it('parse and have unique ids ccer, vcs, itmo', () => {
    const parsed = OFFSET_PRODUCTS.map((o) => schema.parse(o));
    expect(parsed.map((o) => o.id).sort()).toEqual(['ccer', 'itmo', 'vcs']);
  });

  it('start from the reference 2025 prices and stay positive', () => {
    const byId = new Map(OFFSET_PRODUCTS.map((o) => [o.id, schema.parse(o)]));
    expect(byId.get('ccer')?.priceRmbPerTco2[2025]).toBeCloseTo(70.76, 2);
    expect(byId.get('vcs')?.priceRmbPerTco2[2025]).toBeCloseTo(6.34 * 7.2, 2);
    for (const o of byId.values()) for (const y of yearRange(2025, 2035)) expect(o.priceRmbPerTco2[y]).toBeGreaterThan(0);
  });

  it('mark origins and confidence', () => {
    const byId = new Map(OFFSET_PRODUCTS.map((o) => [o.id, o]));
    expect(byId.get('ccer')?.origin).toBe('domestic');
    expect(byId.get('vcs')?.origin).toBe('international');
    expect(byId.get('itmo')?.origin).toBe('international');
    expect(byId.get('itmo')?.confidence).toBe('assumption');
  });
});
