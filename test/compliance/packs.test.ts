/** The bundled rule packs validate, cite their sources, and a broken pack is rejected with its field path. */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../engine/data/compliance/pack-schema.ts';
import { PACKS } from '../../engine/data/compliance/packs.ts';
import cnMiit from '../../engine/data/compliance/packs/cn-miit-2026.json' with { type: 'json' };

describe('bundled rule packs', () => {
  it('cover the national guidance, two group standards, four provinces and ISO 14068-1', () => {
    const kinds = PACKS.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'national_guidance')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'group_standard').length).toBeGreaterThanOrEqual(2);
    expect(new Set(PACKS.filter((p) => p.kind === 'provincial_guide').map((p) => p.jurisdiction)).size).toBeGreaterThanOrEqual(4);
    expect(PACKS.some((p) => p.id === 'iso_14068_1')).toBe(true);
  });

  it('quote a listed source with a clause for every criterion', () => {
    for (const p of PACKS) {
      for (const c of p.criteria) {
        expect(p.sources.map((s) => s.id), `${p.id} ${c.id}`).toContain(c.quote.source);
        expect(c.quote.clause.length).toBeGreaterThan(0);
        expect(c.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('keep Hunan’s published thresholds (HN1: ≤1.25/0.87/0.37 tCO2/tce, ≥35/55/80 %)', () => {
    const hn = PACKS.find((p) => p.id === 'hunan_2025')!;
    expect(hn.criteria.find((c) => c.id === 'HN-CI')!.threshold!.value).toEqual({ byYear: { 2027: 1.25, 2030: 0.87, 2035: 0.37 } });
    expect(hn.criteria.find((c) => c.id === 'HN-RE')!.threshold!.value).toEqual({ byYear: { 2027: 0.35, 2030: 0.55, 2035: 0.8 } });
  });
});

describe('parsePack', () => {
  const broken = (edit: (p: typeof cnMiit & Record<string, unknown>) => void) => {
    const p = structuredClone(cnMiit) as typeof cnMiit & Record<string, unknown>;
    edit(p);
    return parsePack(p, 'my-pack.json');
  };

  it('rejects a threshold outside the metric’s range, naming its path', () => {
    const r = broken((p) => {
      (p.criteria[2]!.threshold as { value: unknown }).value = 1.5;
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('pack_invalid');
    expect(r.error.file).toBe('my-pack.json');
    expect(r.error.issues).toContainEqual({ path: 'criteria[2].threshold.value', message: '1.5 is outside 0..1 fraction' });
  });

  it('rejects an unknown metric, naming its path', () => {
    const r = broken((p) => {
      (p.criteria[1] as { metric: string }).metric = 'happiness_index';
    });
    expect(!r.ok && r.error.issues!.map((i) => i.path)).toContain('criteria[1].metric');
  });

  it('rejects a unit that is not the metric’s and an operator it does not take', () => {
    const r = broken((p) => {
      (p.criteria[2]!.threshold as { unit: string; op: string }).unit = 'tCO2';
      (p.criteria[7]!.threshold as { op: string }).op = '>=';
    });
    expect(!r.ok && r.error.issues).toEqual([
      { path: 'criteria[2].threshold.unit', message: 'metric offset_share_of_gross is in fraction, not "tCO2"' },
      { path: 'criteria[7].threshold.op', message: 'metric public_disclosure takes ==, not ">="' },
    ]);
  });

  it('rejects a quote citing a source the pack does not list', () => {
    const r = broken((p) => {
      p.criteria[0]!.quote.source = 'X9';
    });
    expect(!r.ok && r.error.issues!.some((i) => i.path === 'criteria[0].quote.source')).toBe(true);
  });
});
