/** `lingtan track` end to end on the bundled example actuals, and bad actuals → exit 2 naming file, line and column. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const SCENARIO = 'scenarios/bank-loan-lithium-battery.yaml';
const EXAMPLE = 'scenarios/actuals/bank-loan-lithium-battery-2026';
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(root, 'cli/bin.js'), ...args], { cwd: root, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

/** A copy of the example folder with its readings edited. */
function brokenCopy(edit: (lines: string[]) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lingtan-track-'));
  cpSync(join(root, EXAMPLE), dir, { recursive: true });
  const lines = readFileSync(join(dir, 'readings.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'readings.csv'), `${edit(lines).join('\n')}\n`);
  return dir;
}

describe('lingtan track', () => {
  it('tracks the bundled 2026 actuals: KPI missed, PV behind, re-plan from 2027', async () => {
    const r = await run('track', SCENARIO, '--actuals', EXAMPLE, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.trackedYears).toEqual([2026]);
    expect(j.gaps).toEqual([expect.objectContaining({ meterId: 'GAS-OVEN', from: '2026-03-01T00:00', hours: 744 })]);
    const v = j.planVsActual.emissions[0];
    const sum = Object.values(v.wedgesTco2 as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(v.actualNetTco2 - v.planNetTco2).toBeCloseTo(sum, 3);
    expect(v.wedgesTco2.onsite_generation).toBeGreaterThan(0); // 12 of 21 MWp, from July
    expect(j.planVsActual.builds.find((b: { measureId: string }) => b.measureId === 'rooftop_pv').status).toBe('behind');
    expect(j.replan.fromYear).toBe(2027);
    expect(j.replan.status).toBe('optimal');
    expect(j.replan.fixedColumns['build[rooftop_pv,2026]']).toBe(12000);
    expect(j.kpi[0]).toMatchObject({ met: false, marginStepBps: 10 });
    expect(j.verifier.years[0].inputs.greenPurchases[0].serial).toMatch(/^GEC-2026-FJ/);
    expect(j.original.plan.length).toBeGreaterThan(0);
  });

  it.each([
    ['a meter that maps nowhere', (l: string[]) => [...l, '2026-05,GRID-SUB-7,100,kWh'], /line 73, column meter_id: meter "GRID-SUB-7" maps to no carrier/],
    ['a negative reading', (l: string[]) => l.map((x, i) => (i === 1 ? x.replace(/,(\d+),kWh$/, ',-$1,kWh') : x)), /line 2, column quantity: negative reading/],
    ['overlapping intervals', (l: string[]) => [...l, l[1]!], /line 73, column timestamp: overlapping interval: meter GRID-110KV/],
  ])('exits 2 for %s, naming the file, line and column', async (_name, edit, message) => {
    const dir = brokenCopy(edit);
    const r = await run('track', SCENARIO, '--actuals', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, 'readings.csv'));
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 without --actuals or with a folder that has no actuals file', async () => {
    expect((await run('track', SCENARIO)).code).toBe(2);
    const r = await run('track', SCENARIO, '--actuals', mkdtempSync(join(tmpdir(), 'lingtan-empty-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no actuals.yaml, actuals.yml, actuals.json/);
  });
});
