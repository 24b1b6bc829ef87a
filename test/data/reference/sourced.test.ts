import { describe, expect, it } from 'vitest';
import * as reference from '../../../engine/data/reference/index.ts';
import { assumption, compound, derived, isSourced, recordFromIds, sourced, yearRange } from '../../../engine/data/reference/sourced.ts';
import { collectSourced, isFiniteValue, referenceRows } from './collect-sourced.ts';

const all = collectSourced(reference as unknown as Record<string, unknown>);

/** Unit pairs (reference JSON unit → our unit) and the factor that converts the JSON value to ours. */
function conversion(jsonUnit: string, ourUnit: string): number | undefined {
  if (jsonUnit === ourUnit) return 1;
  if (jsonUnit.startsWith('%') && ourUnit.startsWith('fraction')) return 0.01;
  const pairs: Record<string, number> = {
    'kgCO2/kWh→tCO2/MWh': 1,
    'kgCO2e/kWh→tCO2e/MWh': 1,
    '100 Mt CO2 (亿t)→tCO2': 1e8,
    'RMB/Wh→RMB/kWh': 1000,
    // Anode consumption emits CO2 only; the source labels it CO2e.
    'tCO2e/t Al→tCO2/t Al': 1,
  };
  return pairs[`${jsonUnit}→${ourUnit}`];
}

describe('Sourced helpers', () => {
  it('build values with source, confidence and optional note/refKey', () => {
    const s = sourced(1.5, 'RMB/W', 2025, 'somewhere', 'high');
    expect(s).toEqual({ value: 1.5, unit: 'RMB/W', year: 2025, source: 'somewhere', confidence: 'high' });
    expect(assumption(2, 'x', 2025, 'because').confidence).toBe('assumption');
    expect(derived(3, 'x', 2025, 'src', 'a × b').confidence).toBe('derived');
    expect(isSourced(s)).toBe(true);
    expect(isSourced({ value: 1, unit: 'x' })).toBe(false);
  });

  it('compound projection holds the base before the base year', () => {
    expect(compound(100, 2025, 0.1, 2024)).toBe(100);
    expect(compound(100, 2025, 0.1, 2027)).toBeCloseTo(121, 10);
    expect(yearRange(2025, 2027)).toEqual([2025, 2026, 2027]);
    expect(recordFromIds(['a', 'b'] as const, (k) => k.toUpperCase())).toEqual({ a: 'A', b: 'B' });
  });
});

describe('every Sourced value exported by engine/data/reference', () => {
  it('finds a substantial number of values', () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it.each(all.map((f) => [f.path, f.sourced] as const))('%s has unit, source, year and a finite value', (_path, s) => {
    expect(s.source.trim().length).toBeGreaterThan(0);
    expect(s.unit.trim().length).toBeGreaterThan(0);
    expect(String(s.year).trim().length).toBeGreaterThan(0);
    expect(isFiniteValue(s.value)).toBe(true);
    if (s.confidence === 'assumption' || s.confidence === 'derived') {
      expect((s.note ?? '').trim().length).toBeGreaterThan(10);
    }
  });

  it('every refKey names a row of sources/reference-data.json', () => {
    const rows = referenceRows();
    const missing = all.filter((f) => f.sourced.refKey !== undefined && !rows.has(f.sourced.refKey));
    expect(missing.map((f) => `${f.path}: ${f.sourced.refKey}`)).toEqual([]);
  });

  it('transcribed values (not derived, not assumptions) equal the reference JSON after unit conversion', () => {
    const rows = referenceRows();
    const problems: string[] = [];
    let checked = 0;
    for (const { path, sourced: s } of all) {
      if (s.refKey === undefined || s.confidence === 'derived' || s.confidence === 'assumption') continue;
      const row = rows.get(s.refKey);
      if (row === undefined || typeof row.value !== 'number' || typeof s.value !== 'number') continue;
      const k = conversion(row.unit, s.unit);
      if (k === undefined) problems.push(`${path}: no conversion ${row.unit} → ${s.unit}`);
      else if (Math.abs(row.value * k - s.value) > 1e-9 * Math.max(1, Math.abs(s.value))) {
        problems.push(`${path}: ${s.value} ≠ ${row.value} × ${k}`);
      }
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
