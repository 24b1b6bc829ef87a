/** Sector archetypes: one per sector, each parses, and each matches the sector profile it claims. */
import { describe, expect, it } from 'vitest';
import {
  ARCHETYPES, ArchetypeSchema, archetypeSchema, roughBaseYearEmissions, rowMwh, type Archetype,
} from '../../../engine/data/archetypes/index.ts';
import { SECTOR_IDS, type SectorId } from '../../../engine/data/sectors.ts';
import { yearRange, yearValue } from '../../../engine/data/year-value.ts';

const entries = SECTOR_IDS.map((s) => [s, ARCHETYPES[s]] as const);
const rough = (a: Archetype) => roughBaseYearEmissions(a.factory, 2025, 'market_residual');
const electricityShare = (a: Archetype): number => rough(a).electricityTco2 / rough(a).grossTco2;

describe('archetypes', () => {
  it('has exactly one archetype per sector', () => {
    expect(Object.keys(ARCHETYPES).sort()).toEqual([...SECTOR_IDS].sort());
  });

  it.each(entries)('%s parses and belongs to its sector', (sector, a) => {
    const r = ArchetypeSchema.safeParse(a);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
    expect(a.sector).toBe(sector);
    expect(a.factory.sector).toBe(sector);
  });

  it('parses for a scenario horizon too (2025–2030)', () => {
    const schema = archetypeSchema(yearValue(yearRange(2025, 2030)));
    for (const [, a] of entries) expect(schema.safeParse(a).success).toBe(true);
  });

  it('has unique factory ids and seeds', () => {
    const ids = entries.map(([, a]) => a.factory.id);
    const seeds = entries.map(([, a]) => a.population.size.seed);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  it.each(entries)('%s: the stated gross estimate matches the inventory within 3 %', (_s, a) => {
    expect(Math.abs(rough(a).grossTco2 / a.estimatedGrossTco2 - 1)).toBeLessThan(0.03);
  });

  it('light sectors are dominated by purchased electricity (reference: 80–95 %)', () => {
    const light: SectorId[] = ['automotive', 'lithium_battery', 'photovoltaic', 'electronics', 'data_centre'];
    for (const s of light) expect(electricityShare(ARCHETYPES[s]), s).toBeGreaterThanOrEqual(0.8);
    expect(electricityShare(ARCHETYPES.machinery)).toBeGreaterThan(0.7);
    expect(electricityShare(ARCHETYPES.automotive)).toBeLessThanOrEqual(0.95);
  });

  it('cement: calcination is 55–62 % of clinker CO2 and ≈0.85–0.90 t/t clinker', () => {
    const a = ARCHETYPES.building_materials;
    const e = rough(a);
    const clinker = a.factory.inventory.process?.find((p) => p.id === 'clinker_calcination');
    expect(clinker?.factorTco2PerUnit).toBe(0.52);
    const share = e.processTco2 / e.grossTco2;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.62);
    const perClinker = e.grossTco2 / (clinker?.activity ?? 1);
    expect(perClinker).toBeGreaterThan(0.82);
    expect(perClinker).toBeLessThan(0.92);
  });

  it('steel: BF-BOF ≈1.7–2.0 tCO2/t with coke and coal ≥ 70 % of site CO2', () => {
    const a = ARCHETYPES.steel;
    const e = rough(a);
    const perT = e.grossTco2 / a.factory.output.baseQuantity;
    expect(perT).toBeGreaterThan(1.65);
    expect(perT).toBeLessThan(2.0);
    expect(e.fuelTco2 / e.grossTco2).toBeGreaterThan(0.7);
  });

  it('aluminium: anode CO2 1.424 t/t and ≈13.35 MWh/t electrolysis', () => {
    const a = ARCHETYPES.non_ferrous;
    const out = a.factory.output.baseQuantity;
    expect(rough(a).processTco2 / out).toBeCloseTo(1.424, 3);
    const electrolysis = a.factory.inventory.energy.filter((r) => r.endUse === 'electrolysis').reduce((s, r) => s + rowMwh(r), 0);
    expect(electrolysis / out).toBeCloseTo(13.35, 2);
  });

  it('ammonia: process CO2 is the largest source; textiles: purchased steam is', () => {
    const c = rough(ARCHETYPES.chemicals);
    expect(c.processTco2 / c.grossTco2).toBeGreaterThan(0.5);
    const t = rough(ARCHETYPES.textiles);
    expect(t.purchasedHeatTco2 / t.grossTco2).toBeGreaterThan(0.5);
  });

  it('documents sourced numbers and assumptions, and weights its own province', () => {
    for (const [, a] of entries) {
      expect(a.provenance.sourced.length).toBeGreaterThan(0);
      expect(a.provenance.assumptions.length).toBeGreaterThan(0);
      expect(a.population.provinces[a.factory.province]).toBeGreaterThan(0);
    }
  });

  it('rejects an archetype whose factory is in another sector', () => {
    const bad = { ...ARCHETYPES.steel, factory: { ...ARCHETYPES.steel.factory, sector: 'textiles' as const } };
    expect(ArchetypeSchema.safeParse(bad).success).toBe(false);
  });
});

describe('rowMwh', () => {
  it('converts each quantity form with the reference NCVs', () => {
    expect(rowMwh({ carrier: 'electricity', energyMwh: 5 })).toBe(5);
    expect(rowMwh({ carrier: 'purchased_heat', energyGj: 36 })).toBeCloseTo(10, 9);
    expect(rowMwh({ carrier: 'natural_gas', volume10kNm3: 1 })).toBeCloseTo(389.31 / 3.6, 6);
    expect(rowMwh({ carrier: 'diesel', massT: 1 })).toBeCloseTo(42.652 / 3.6, 6);
  });
});
