/** A plan's cash flows, metrics and loan on the tiny factory, checked by hand (see tiny-finance.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { financeFactory } from '../../engine/finance/finance-factory.ts';
import type { FactoryFinance } from '../../engine/finance/types.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import { annuityPayment } from '../../engine/finance/time-value.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { tinyFinanceScenario } from './tiny-finance.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const finance = (s: Scenario): FactoryFinance => financeFactory(s, s.factories[0]!, optimiseFactory(s, s.factories[0]!, backend));

/** 4-year annuity at the 1-year LPR (3 %), no spread, no green discount, no carbon step, no CERF. */
const plainLoan = { tenorYears: 4, graceYears: 0, amortisation: 'annuity', loanToCostFraction: 1, minDscr: 1.25, greenDiscountBps: 0, carbonLinked: { stepDownBps: 0, stepUpBps: 0 }, cerf: { eligible: false } };

describe('plan cash flows against the baseline', () => {
  it('capex 1,000,000 in 2026, savings 250,000 a year, 250 tCO2 abated a year, held flat to the loan end', () => {
    const f = finance(tinyFinanceScenario({ finance: { loan: plainLoan } }));
    expect(f.cashFlows.map((c) => c.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(f.cashFlows.map((c) => c.extended)).toEqual([false, false, true, true]);
    const [first, second] = f.cashFlows;
    expect(first!.capexRmb).toBeCloseTo(1_000_000, 3);
    expect(second!.capexRmb).toBeCloseTo(0, 6);
    for (const c of f.cashFlows) {
      expect(c.energySavingsRmb).toBeCloseTo(250_000, 3);
      expect(c.operatingCashFlowRmb).toBeCloseTo(250_000, 3);
      expect(c.abatedTco2).toBeCloseTo(250, 6);
      expect(c.carbonCostAvoidedRmb).toBe(0); // machinery: not under the national ETS
      expect(c.cbamCostAvoidedRmb).toBe(0); // no EU exports
    }
  });

  it('metrics: flows −750,000, then 250,000 × 3: IRR 0, payback 4 years, NPV and abatement cost at 10 %', () => {
    const f = finance(tinyFinanceScenario({ finance: { discountRateFraction: 0.1, loan: plainLoan } }));
    const m = f.metrics!;
    const npv2025 = -750_000 / 1.1 + 250_000 / 1.1 ** 2 + 250_000 / 1.1 ** 3 + 250_000 / 1.1 ** 4;
    expect(m.npvRmb).toBeCloseTo(npv2025, 2);
    expect(m.irr.kind).toBe('unique');
    expect(m.irr.kind === 'unique' && m.irr.rate).toBeCloseTo(0, 6);
    expect(m.simplePaybackYears).toBeCloseTo(4, 6);
    expect(m.discountedPaybackYears).toBeNull();
    const tonnes = 250 * (1 / 1.1 + 1 / 1.1 ** 2 + 1 / 1.1 ** 3 + 1 / 1.1 ** 4);
    expect(m.levelisedAbatementCostRmbPerTco2).toBeCloseTo(-npv2025 / tonnes, 4);
  });

  it('EU exports: CBAM avoided = exported t × indirect tCO2/t avoided × certificate price, for a good whose indirect emissions count', () => {
    // Declared as cement (direct + indirect count): indirect 500 → 250 t over 100 t of output = 5 → 2.5 t/t.
    // Both stay above the free allocation (≤ 0.975 × 0.4396 t/t), which therefore cancels:
    // 0.5 × 100 t exported × 2.5 t/t × 80 EUR × 8 RMB/EUR = 80,000 RMB a year.
    const cement = finance(tinyFinanceScenario({ euExportShareFraction: 0.5, finance: { euEtsEurPerTco2: 80, eurToRmb: 8, cbam: { good: 'cement_2523' }, loan: plainLoan } }));
    for (const c of cement.cashFlows) expect(c.cbamCostAvoidedRmb).toBeCloseTo(80_000, 3);
    expect(cement.cbam.map((c) => c.year)).toEqual([2026, 2027]);
    expect(cement.cbam[0]!.baseline.countedTco2PerT).toBeCloseTo(5, 9);
    // Declared as steel (direct only): the electricity saved does not count, so nothing is avoided.
    const steel = finance(tinyFinanceScenario({ euExportShareFraction: 0.5, finance: { cbam: { good: 'hot_rolled_flat_7208' }, loan: plainLoan } }));
    expect(steel.cashFlows[0]!.cbamCostAvoidedRmb).toBe(0);
    // A machinery plant exports no CBAM good by default.
    expect(finance(tinyFinanceScenario({ euExportShareFraction: 0.5, finance: { loan: plainLoan } })).cbam).toEqual([]);
  });

  it('awards arrive in the years given and not beyond the horizon', () => {
    const f = finance(tinyFinanceScenario({ finance: { awardsRmb: { 2026: 100_000, 2027: 0 }, loan: plainLoan } }));
    expect(f.cashFlows.map((c) => c.awardsRmb)).toEqual([100_000, 0, 0, 0]);
    expect(f.cashFlows[0]!.operatingCashFlowRmb).toBeCloseTo(350_000, 3);
  });

  it('a plan that builds nothing (no binding cap, measure too dear) has ≈ zero flows and no debt, with the reason', () => {
    const f = finance(tinyFinanceScenario({ netTargetTco2: 1000, capexRmbPerUnit: 5000, finance: { loan: plainLoan } }));
    for (const c of f.cashFlows) expect(Math.abs(c.netCashFlowRmb)).toBeLessThan(1e-3);
    expect(f.status).toBe('no_debt');
    expect(f.reason).toMatch(/no capex/);
  });
});

describe('the loan on the tiny plan', () => {
  it('is sized by DSCR: 250,000 / (1.25 × annuity per RMB at 3 % over 4 years), DSCR 1.25 every year', () => {
    const f = finance(tinyFinanceScenario({ finance: { loan: plainLoan } }));
    expect(f.status).toBe('financed');
    expect(f.pricing!.lprBasis).toBe('1y');
    expect(f.pricing!.rateByYear.every((r) => r.rateFraction === 0.03)).toBe(true);
    const loan = f.loan!;
    if (loan.status !== 'sized') throw new Error(loan.reason);
    expect(loan.sizedBy).toBe('dscr');
    expect(loan.debtRmb).toBeCloseTo(250_000 / (1.25 * annuityPayment(1, 0.03, 4)), 2);
    expect(loan.schedule.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029]);
    for (const r of loan.schedule) expect(r.dscr).toBeCloseTo(1.25, 6);
    expect(loan.equityRmb).toBeCloseTo(1_000_000 - loan.debtRmb, 2);
  });

  it('pricing: 5y LPR for a longer tenor, spread and green discount, −step when the KPI is met, CERF funding cost', () => {
    const loan = { ...plainLoan, tenorYears: 7, spreadBps: 30, greenDiscountBps: 20, carbonLinked: { stepDownBps: 10, stepUpBps: 15 }, cerf: { eligible: true, bankFundingRateFraction: 0.02 } };
    const f = finance(tinyFinanceScenario({ finance: { loan } }));
    const p = f.pricing!;
    expect(p.lprBasis).toBe('5y');
    expect(p.baseRateFraction).toBeCloseTo(0.035 + 0.003 - 0.002, 12);
    // The cap (250 t from 2026) is met every year: 3.6 % − 10 bps.
    for (const r of p.rateByYear) expect(r.rateFraction).toBeCloseTo(0.035, 12);
    expect(p.rateIfKpiMissedFraction).toBeCloseTo(0.0375, 12);
    expect(p.cerf!.relendingRateFraction).toBe(0.0125);
    expect(p.cerf!.blendedFundingRateFraction).toBeCloseTo(0.6 * 0.0125 + 0.4 * 0.02, 12);
  });

  it('a KPI the plan misses steps the rate up', () => {
    const loan = { ...plainLoan, carbonLinked: { stepDownBps: 10, stepUpBps: 15, kpiNetTco2: 100 } };
    const f = finance(tinyFinanceScenario({ finance: { loan } }));
    expect(f.kpi.every((k) => k.met === false)).toBe(true);
    for (const r of f.pricing!.rateByYear) expect(r.rateFraction).toBeCloseTo(0.03 + 0.0015, 12);
  });
});
