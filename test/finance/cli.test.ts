/** `lingtan finance` end to end: exit codes, JSON shape, readable schedule. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const run = runCli;

describe('lingtan finance', () => {
  it('prints the loan as JSON for the bank case', async () => {
    const r = await run('finance', 'scenarios/bank-loan-lithium-battery.yaml', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.planStatus).toBe('optimal');
    const f = json.factories[0];
    expect(f.status).toBe('financed');
    expect(Object.keys(f.loan.schedule[0]).sort()).toEqual(
      ['balanceRmb', 'cfadsRmb', 'debtServiceRmb', 'drawdownRmb', 'dscr', 'interestRmb', 'phase', 'principalRmb', 'rateFraction', 'year'],
    );
    expect(f.metrics.irr.kind).toBe('unique');
    expect(f.assumptions.length).toBeGreaterThan(0);
  });

  it('prints a readable schedule', async () => {
    const r = await run('finance', 'scenarios/bank-loan-lithium-battery.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Schedule, M RMB/);
    expect(r.stdout).toMatch(/DSCR: minimum/);
    expect(r.stdout).toMatch(/CERF: 60/);
  });

  it('exits 3 for an infeasible scenario, with the reason', async () => {
    const r = await run('finance', 'scenarios/infeasible-example.yaml');
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/no_plan: no plan to finance \(infeasible\)/);
  });

  it('exits 2 on bad input, without a stack trace', async () => {
    for (const args of [['finance'], ['finance', 'test/fixtures/bad/unknown-sector.yaml'], ['finance', 'no-such-file.yaml']]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
