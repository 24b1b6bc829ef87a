/**
 * Plants of a sector differ from the archetype in more than size: energy intensity, fuel mix and roof
 * area are drawn per plant (median 1) and applied when the row is scaled, so plants of one sector
 * and size switch measures at different carbon prices and the sector's price–emissions curve is a
 * staircase of many steps, not one cliff.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../engine/data/archetypes/index.ts';
import { DEFAULT_PLANT_VARIATION } from '../../engine/data/archetypes/archetype-schema.ts';
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';
import { parsePopulation, populationCsv, synthesisePopulation, type PopulationRow } from '../../engine/rollout/population.ts';
import { rolloutTemplates } from '../../engine/rollout/rollout.ts';
import { scaleFactory, solveRolloutRow } from '../../engine/rollout/solve-row.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('plant variation in populations', () => {
  it('draws each factor around 1 with the stated spread, seeded and prefix-stable', () => {
    const rows = synthesisePopulation('textiles', 400, 1);
    expect(synthesisePopulation('textiles', 10, 1)).toEqual(rows.slice(0, 10));
    const { energyIntensitySigma, roofAreaSigma } = ARCHETYPES.textiles.population.variation ?? DEFAULT_PLANT_VARIATION;
    const intensity = rows.map((r) => r.energyIntensityFraction!);
    const roof = rows.map((r) => r.roofAreaFraction!);
    // Median of exp(σZ) is 1; with 400 draws the sample median is within ±0.05 (its s.e. ≈ 1.25σ/√400 ≈ 0.0125 for σ = 0.2).
    expect(median(intensity)).toBeGreaterThan(0.95);
    expect(median(intensity)).toBeLessThan(1.05);
    // Standard deviation of ln(factor) ≈ σ (clamped at ±2.5σ): within 15 % for 400 draws.
    const sd = (xs: number[]) => {
      const l = xs.map(Math.log);
      const m = l.reduce((a, b) => a + b, 0) / l.length;
      return Math.sqrt(l.reduce((a, b) => a + (b - m) ** 2, 0) / (l.length - 1));
    };
    expect(sd(intensity) / energyIntensitySigma).toBeGreaterThan(0.85);
    expect(sd(intensity) / energyIntensitySigma).toBeLessThan(1.15);
    expect(sd(roof) / roofAreaSigma).toBeGreaterThan(0.85);
    expect(Math.max(...intensity)).toBeLessThanOrEqual(Math.exp(2.5 * energyIntensitySigma) * 1.001);
  });

  it('round-trips through CSV, and a CSV without the factor columns keeps the archetype (factor 1)', () => {
    const rows = synthesisePopulation('machinery', 5, 3);
    const again = parsePopulation(populationCsv(rows), 'p.csv');
    expect(again.ok && again.value).toEqual(rows);
    const plain = parsePopulation('id,sector,province,outputScaleFraction\na,machinery,jiangsu,1\n', 'p.csv');
    expect(plain.ok && plain.value).toEqual([{ id: 'a', sector: 'machinery', province: 'jiangsu', outputScaleFraction: 1 }]);
    const bad = parsePopulation('id,sector,province,outputScaleFraction,energyIntensityFraction\na,machinery,jiangsu,1,-2\n', 'p.csv');
    expect(!bad.ok && bad.error.issues?.[0]?.path).toBe('[0].energyIntensityFraction');
    const unknown = parsePopulation('id,sector,province,outputScaleFraction,ageYears\na,machinery,jiangsu,1,5\n', 'p.csv');
    expect(!unknown.ok && unknown.error.message).toContain('unknown "ageYears"');
  });

  it('scales energy by the intensity, fuel rows by the fuel share and the roof by its factor', () => {
    const templates = rolloutTemplates([{ id: 'a', sector: 'textiles', province: 'zhejiang', outputScaleFraction: 1 }], {});
    if (!templates.ok) throw new Error(templates.error.message);
    const archetype = templates.value.textiles!.factories[0]!;
    const row: PopulationRow = { id: 'v', sector: 'textiles', province: 'zhejiang', outputScaleFraction: 2, energyIntensityFraction: 1.5, fuelShareFraction: 0.5, roofAreaFraction: 1.2 };
    const f = scaleFactory(archetype, row);
    const siteK = 2 ** ARCHETYPES.textiles.population.size.siteAreaScalingExponent;
    archetype.inventory.energy.forEach((e, i) => {
      // electricity: 2 × 1.5 = 3 × the archetype; fuel and purchased heat: 2 × 1.5 × 0.5 = 1.5 ×.
      expect(f.inventory.energy[i]!.energyMwh).toBeCloseTo(e.energyMwh * (e.carrier === 'electricity' ? 3 : 1.5), 6);
    });
    expect(f.site.roofAreaM2).toBeCloseTo(archetype.site.roofAreaM2 * siteK * 1.2, 6);
    expect(f.site.landAreaM2).toBeCloseTo(archetype.site.landAreaM2 * siteK, 6);
  });

  it('makes plants of one size and province respond differently to one carbon price', () => {
    // Eight plants identical in size and province, differing only in the drawn factors: at 300 RMB/t
    // their 2030 emissions relative to their own base differ (each takes its own set of measures).
    const drawn = synthesisePopulation('textiles', 8, 7);
    const rows = drawn.map((r) => ({ ...r, province: 'zhejiang' as const, outputScaleFraction: 1 }));
    const templates = rolloutTemplates(rows, {});
    if (!templates.ok) throw new Error(templates.error.message);
    const ratios = rows.map((row) => {
      const r = solveRolloutRow(templates.value.textiles!, row, { settings: DEFAULT_SOLVER_SETTINGS, carbonPriceRmbPerTco2: 300 }, backend);
      expect(r.netTco2ByYear[2030]!).toBeGreaterThanOrEqual(0);
      return r.netTco2ByYear[2030]! / r.baseGrossTco2;
    });
    const distinct = new Set(ratios.map((x) => x.toFixed(3)));
    expect(distinct.size).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
