/** The lingtan command end to end: exit codes, messages without stack traces, JSON shapes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const run = runCli;
const fixture = (p: string) => join('test/fixtures', p);

describe('lingtan inventory', () => {
  it('prints JSON with the documented shape and hand-checked base-year numbers', async () => {
    const r = await run('inventory', fixture('scenarios/hand-computed.yaml'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const base = json.factories[0].years[0];
    expect(Object.keys(base).sort()).toEqual(['processTco2', 'scope1Tco2', 'scope2LocationTco2', 'scope2MarketTco2', 'totalTco2', 'year']);
    expect(base.year).toBe(2025);
    // 3,251.518 fuel (see test/accounting) + 100 t CaO × 0.785
    expect(base.scope1Tco2).toBeCloseTo(3251.5182762 + 78.5, 4);
    // grid 20,000 MWh × East 2025 (0.55 × 0.97²) + 10,000 GJ heat × 0.11
    expect(base.scope2LocationTco2).toBeCloseTo(20000 * 0.55 * 0.97 ** 2 + 1100, 4);
  });

  it.each(['unknown-sector.yaml', 'negative-energy.yaml', 'broken.yaml', 'missing-field.yaml', 'no-such-file.yaml'])(
    'exits 2 with a located message for %s, no stack trace',
    async (name) => {
      const r = await run('inventory', fixture(`bad/${name}`));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(name);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('exits 2 on an unknown command or option', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('inventory', '--nope')).code).toBe(2);
  });

  it('exits 2 naming a second scenario it would otherwise ignore', async () => {
    const r = await run('optimise', fixture('scenarios/hand-computed.yaml'), fixture('scenarios/all-units.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unexpected argument "test/fixtures/scenarios/all-units.yaml"');
    expect(r.stdout).toBe('');
  });
});

describe('lingtan compare', () => {
  it('compares plans as POST /v1/compare does: labels told apart, the table, JSON and the chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-'));
    const file = fixture('scenarios/hand-computed.yaml');
    const r = await run('compare', file, file, '--json', '--svg', join(dir, 'c.svg'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.runs).toHaveLength(2);
    const [a, b] = json.runs;
    // The same scenario twice: one label, numbered; identical figures.
    expect(a.label).toMatch(/ \(1\)$/);
    expect(b.label).toMatch(/ \(2\)$/);
    expect(Object.keys(a)).toEqual(['label', 'runId', 'source', 'status', 'costRmb', 'netTco2', 'capexRmb', 'shadowPriceRmbPerTco2', 'offsetsTco2']);
    expect(a.costRmb).toBeGreaterThan(0);
    expect(b.costRmb).toBe(a.costRmb);
    expect(readFileSync(join(dir, 'c.svg'), 'utf8')).toMatch(/^<svg/);
    const bad = await run('compare', file, 'no-such-thing');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-thing" is not a scenario file, a bundled scenario id or a run id');
  }, 60_000);
});

describe('lingtan optimise', () => {
  it('prints the documented JSON and writes LP and MPS files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-'));
    const r = await run('optimise', fixture('scenarios/hand-computed.yaml'), '--json', '--lp', join(dir, 'm.lp'), '--mps', join(dir, 'm.mps'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.status).toBe('optimal');
    expect(json.objectiveRmb).toBeGreaterThan(0);
    const f = json.factories[0];
    expect(f.emissions.at(-1).netTco2).toBeLessThanOrEqual(1e-6);
    expect(typeof f.carbonShadowPriceRmbPerTco2).toBe('number');
    expect(json.solver.backend).toBe('highs');
    expect(readFileSync(join(dir, 'm.lp'), 'utf8')).toMatch(/net_emissions_cap/);
    expect(readFileSync(join(dir, 'm.mps'), 'utf8')).toMatch(/^NAME/m);
  });

  it('reports an infeasible target with its diagnosis and exit code 3', async () => {
    const r = await run('optimise', 'scenarios/infeasible-example.yaml');
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/diagnosis/);
    expect(r.stdout).toMatch(/binding: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('lingtan solve', () => {
  it('solves an MPS instance to its known optimum (afiro −464.7531428571)', async () => {
    const r = await run('solve', fixture('instances/lp/afiro.mps'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.termination).toBe('optimal');
    expect(json.objective).toBeCloseTo(-464.7531428571, 6);
    expect(json.seconds).toBeGreaterThan(0);
  });

  it('solves an exported LP file to the optimiser objective', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-'));
    const lp = join(dir, 'hand.lp');
    const opt = JSON.parse((await run('optimise', fixture('scenarios/hand-computed.yaml'), '--json', '--lp', lp)).stdout);
    const solved = JSON.parse((await run('solve', lp, '--json')).stdout);
    // A MILP: both solves stop within the relative MIP gap (default 1e-3) of the same bound, so they
    // agree to that gap, not to the cent (the plan may be proven by rounding its LP relaxation, the
    // file is solved by branch and bound).
    expect(opt.factories[0].solver.integers).toBeGreaterThan(0);
    expect(Math.abs(solved.objective - opt.objectiveRmb)).toBeLessThanOrEqual(1e-3 * Math.abs(opt.objectiveRmb));
  });

  it('exits 2 with the line number on a broken MPS file', async () => {
    const r = await run('solve', fixture('bad/broken.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml: MPS line \d+: /);
  });
});

describe('lingtan simulate and rollout', () => {
  it('simulate gives identical JSON with 1 and 2 workers', async () => {
    const args = ['simulate', 'scenarios/automotive-shanghai.yaml', '--draws', '12', '--seed', '5', '--json'];
    const one = await run(...args, '--workers', '1');
    const two = await run(...args, '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const json = JSON.parse(one.stdout);
    expect(json.summary.draws).toBe(12);
    expect(json.summary.costByYearRmb[0].p5).toBeLessThanOrEqual(json.summary.costByYearRmb[0].p95);
  }, 120_000);

  it('population then rollout reports sector totals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lingtan-'));
    const pop = await run('population', '--sector', 'electronics', '--count', '4', '--seed', '2');
    expect(pop.code).toBe(0);
    const file = join(dir, 'pop.csv');
    writeFileSync(file, pop.stdout);
    const r = await run('rollout', file, '--workers', '2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.factories).toBe(4);
    expect(json.sectors[0].sector).toBe('electronics');
  }, 120_000);
});
