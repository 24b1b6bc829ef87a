/**
 * Rollout: totals equal the factories solved one by one; results do not depend on the number of
 * workers; populations are seeded; the sector carbon price meets its cap and is monotone in it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePopulation, populationCsv, synthesisePopulation } from '../../engine/rollout/population.ts';
import { rolloutTemplates, runRollout } from '../../engine/rollout/rollout.ts';
import { findSectorPrice } from '../../engine/rollout/sector-price.ts';
import { solveRolloutRow } from '../../engine/rollout/solve-row.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { testPools } from '../helpers/pools.ts';
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';

const pool = testPools();
const settings = DEFAULT_SOLVER_SETTINGS;

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const rows = synthesisePopulation('electronics', 6, 5);

describe('populations', () => {
  it('are seeded: a prefix is the same whatever the count, and CSV round-trips', () => {
    expect(synthesisePopulation('electronics', 3, 5)).toEqual(rows.slice(0, 3));
    const parsed = parsePopulation(populationCsv(rows), 'p.csv');
    expect(parsed.ok && parsed.value).toEqual(rows);
  });

  it('reject bad rows with their path', () => {
    const r = parsePopulation('id,sector,province,outputScaleFraction\na,steel,atlantis,1\n', 'p.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('[0].province');
  });
});

describe('rollout', () => {
  it('totals equal the factories solved one by one, for 1 and 2 workers', async () => {
    const templates = rolloutTemplates(rows, {});
    if (!templates.ok) throw new Error(templates.error.message);
    const single = rows.map((row) => solveRolloutRow(templates.value[row.sector]!, row, { settings }, backend));
    const one = await runRollout(rows, { pool: pool(1), settings });
    const two = await runRollout(rows, { pool: pool(2), settings });
    if (!one.ok || !two.ok) throw new Error('rollout failed');
    expect(JSON.stringify(two.value)).toBe(JSON.stringify(one.value));
    const t = one.value.sectors[0]!;
    expect(t.factories).toBe(6);
    for (const y of [2026, 2027, 2030]) {
      expect(t.netTco2ByYear[y]).toBeCloseTo(single.reduce((s, r) => s + r.netTco2ByYear[y]!, 0), 3);
      expect(t.capexRmbByYear[y]).toBeCloseTo(single.reduce((s, r) => s + r.capexRmbByYear[y]!, 0), 0);
    }
    expect(t.costRmb).toBeCloseTo(single.reduce((s, r) => s + r.costRmb, 0), 0);
    expect(t.baseGrossTco2).toBeCloseTo(single.reduce((s, r) => s + r.baseGrossTco2, 0), 3);
  }, 120_000);

  it('finds a sector carbon price that meets the cap, monotone in the cap', async () => {
    const base = await runRollout(rows, { pool: pool(2), settings, carbonPriceRmbPerTco2: 0 });
    if (!base.ok) throw new Error('rollout failed');
    const free2030 = base.value.sectors[0]!.netTco2ByYear[2030]!;
    const loose = await findSectorPrice(rows, { pool: pool(2), settings, capTco2: 0.8 * free2030, capYear: 2030 });
    const tight = await findSectorPrice(rows, { pool: pool(2), settings, capTco2: 0.4 * free2030, capYear: 2030 });
    if (!loose.ok || !tight.ok) throw new Error('price search failed');
    for (const r of [loose.value, tight.value]) {
      expect(r.met).toBe(true);
      expect(r.totalTco2).toBeLessThanOrEqual(r.capTco2 * 1.001 + 1e-6);
      expect(r.priceRmbPerTco2).toBeGreaterThan(0);
    }
    expect(tight.value.priceRmbPerTco2).toBeGreaterThanOrEqual(loose.value.priceRmbPerTco2);
  }, 300_000);
});
