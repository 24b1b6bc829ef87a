/**
 * Every bundled scenario, optimised with HiGHS, gets a loan schedule or a clear reason why no debt
 * is supportable; the bank case is financed on its stated terms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { financeScenario } from '../../engine/finance/finance-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

function load(f: string): Scenario {
  const r = loadScenarioText(readFileSync(DIR + f, 'utf8'), f);
  if (!r.ok) throw new Error(describeError(r.error));
  return r.value;
}

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const finance = (s: Scenario) => financeScenario(s, optimiseScenario(s, backend));

describe('every bundled scenario', () => {
  it.each(FILES)('%s: a schedule, or a clear reason why no debt is supportable', (f) => {
    for (const fin of finance(load(f)).factories) {
      if (fin.status === 'financed') {
        expect(fin.loan?.status).toBe('sized');
        if (fin.loan?.status !== 'sized') return;
        expect(fin.loan.schedule.length).toBeGreaterThan(0);
        expect(fin.loan.debtRmb).toBeGreaterThan(0);
        expect(fin.loan.minDscr).not.toBeNull();
      } else {
        expect(fin.reason, `${f} ${fin.status}`).toMatch(/\w{3,}.*\w{3,}/);
      }
      for (const c of fin.cashFlows) expect(Number.isFinite(c.netCashFlowRmb)).toBe(true);
      if (fin.metrics !== null) expect(Number.isFinite(fin.metrics.npvRmb)).toBe(true);
    }
  }, 60_000);

  it('the infeasible example has no plan, and says so', () => {
    const [fin] = finance(load('infeasible-example.yaml')).factories;
    expect(fin?.status).toBe('no_plan');
    expect(fin?.reason).toMatch(/infeasible/);
  }, 60_000);
});

describe('the bank case (bank-loan-lithium-battery.yaml)', () => {
  it('is financed: sculpted, 2026–2035, 5y LPR − 20 bps − 10 bps, DSCR ≥ 1.3, CERF funding cost 1.47 %', () => {
    const [fin] = finance(load('bank-loan-lithium-battery.yaml')).factories;
    expect(fin?.status).toBe('financed');
    const loan = fin!.loan!;
    if (loan.status !== 'sized') throw new Error(loan.reason);
    expect(loan.amortisation).toBe('sculpted');
    expect([loan.firstYear, loan.finalYear]).toEqual([2026, 2035]);
    expect(loan.minDscr!).toBeGreaterThanOrEqual(1.3);
    expect(loan.debtRmb).toBeLessThanOrEqual(0.7 * fin!.metrics!.totalCapexRmb * (1 + 1e-9));
    expect(loan.equityRmb + loan.debtRmb).toBeCloseTo(fin!.metrics!.totalCapexRmb, 2);
    for (const r of fin!.pricing!.rateByYear) expect(r.rateFraction).toBeCloseTo(0.035 - 0.002 - 0.001, 12);
    expect(fin!.pricing!.cerf!.blendedFundingRateFraction).toBeCloseTo(0.6 * 0.0125 + 0.4 * 0.018, 12);
    expect(fin!.metrics!.irr.kind).toBe('unique');
  }, 60_000);
});
