/** `lingtan footprint` end to end: the steel coil's stages and CBAM lines, exit 2 naming the file and field on bad input. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers/run-cli.ts';

const run = runCli;

describe('lingtan footprint', () => {
  it('prints the steel coil by stage for 2025–2030 under baseline and plan, with its CBAM embedded emissions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-fp-charts-'));
    const r = await run('footprint', 'scenarios/steel-hebei.yaml', '--json', '--chart-dir', dir);
    expect(r.code).toBe(0);
    const chart = JSON.parse(readFileSync(join(dir, 'footprint-steel_hebei-hot_rolled_coil.vl.json'), 'utf8'));
    expect(chart.encoding.xOffset.field).toBe('case');
    const coil = JSON.parse(r.stdout).factories[0].products[0];
    expect(coil.cbamGood).toBe('hot_rolled_flat_7208');
    expect(coil.baseline.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(coil.plan.years.map((y: { year: number }) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const b = coil.baseline.years[1];
    // stages sum to the total; CBAM direct ≥ the site part (precursor pellets add to it)
    expect(b.stagesKgco2e.materials + b.stagesKgco2e.transport + b.stagesKgco2e.site_energy + b.stagesKgco2e.process).toBeCloseTo(b.totalKgco2ePerUnit, 9);
    expect(b.cbam.precursorDirectTco2PerT).toBeCloseTo(0.35 * 0.05, 12);
    // the plan's EAF and CCUS cut the 2030 coil well below the baseline
    expect(coil.plan.years.at(-1).totalKgco2ePerUnit).toBeLessThan(0.7 * coil.baseline.years.at(-1).totalKgco2ePerUnit);
  }, 90_000);

  it('exits 2 naming the file and field for a BOM unit that does not match its factor', async () => {
    const text = readFileSync(join(root, 'scenarios/lithium-battery-fujian.yaml'), 'utf8')
      .replace('{ material: graphite_anode, quantity: 1.1, unit: kg', '{ material: graphite_anode, quantity: 1.1, unit: kWh');
    const file = join(mkdtempSync(join(tmpdir(), 'lingtan-fp-')), 'bad-bom.yaml');
    writeFileSync(file, text);
    const r = await run('footprint', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-bom.yaml');
    expect(r.stderr).toContain('factories[0].products.items[0].bom[1].unit');
    expect(r.stderr).toContain('per kg');
  });

  it('exits 2 for a scenario without products', async () => {
    const r = await run('footprint', 'scenarios/machinery-jiangsu.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('factories[].products');
  });
});
