/** Corporate income tax: a schedule computed by hand, loss and credit expiry, the scenario's terms, and CFADS on the tiny plan. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { financeFactory } from '../../engine/finance/finance-factory.ts';
import { incomeTax, taxTerms, type TaxTerms } from '../../engine/finance/income-tax.ts';
import { optimiseFactory } from '../../engine/optimise/optimise-factory.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { tinyFinanceScenario } from './tiny-finance.ts';

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

const terms = (o: Partial<TaxTerms> = {}): TaxTerms => ({
  rateFraction: 0.25,
  lossCarryForwardYears: 5,
  creditFraction: 0.1,
  creditCarryForwardYears: 5,
  creditEligible: new Set(['heat_pump_steam']),
  depreciationYears: { heat_pump_steam: 10, rooftop_pv: 25 },
  ...o,
});

const years = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('income tax, by hand', () => {
  it('a heat pump (credit-eligible) and PV built in 2026: depreciation, a loss carried forward, the 10 % credit used over three years', () => {
    // Investments 2026: heat pump 1,000,000 (10 years, eligible), PV 500,000 (25 years, not eligible).
    // Depreciation every year: 1,000,000 / 10 + 500,000 / 25 = 100,000 + 20,000 = 120,000.
    // Credit earned 2026: 10 % × 1,000,000 = 100,000, usable 2026–2031.
    // 2026: 50,000 − 120,000 = −70,000: loss 70,000 carried, tax 0.
    // 2027: 120,000 − 120,000 = 0: tax 0.
    // 2028: 300,000 − 120,000 = 180,000, less the 70,000 loss = 110,000 × 25 % = 27,500, all credited (72,500 left).
    // 2029: 180,000 × 25 % = 45,000, all credited (27,500 left).
    // 2030: 45,000 − 27,500 credit = 17,500 paid. 2031: 45,000 paid.
    const rows = incomeTax(
      years(2026, 6),
      [50_000, 120_000, 300_000, 300_000, 300_000, 300_000],
      [
        { year: 2026, measureId: 'heat_pump_steam', capexRmb: 1_000_000 },
        { year: 2026, measureId: 'rooftop_pv', capexRmb: 500_000 },
      ],
      terms(),
    );
    expect(rows.map((r) => r.depreciationRmb)).toEqual([120_000, 120_000, 120_000, 120_000, 120_000, 120_000]);
    expect(rows.map((r) => r.lossUsedRmb)).toEqual([0, 0, 70_000, 0, 0, 0]);
    expect(rows.map((r) => r.lossCarriedRmb)).toEqual([70_000, 70_000, 0, 0, 0, 0]);
    expect(rows.map((r) => r.taxBeforeCreditRmb)).toEqual([0, 0, 27_500, 45_000, 45_000, 45_000]);
    expect(rows.map((r) => r.creditUsedRmb)).toEqual([0, 0, 27_500, 45_000, 27_500, 0]);
    expect(rows.map((r) => r.creditCarriedRmb)).toEqual([100_000, 100_000, 72_500, 27_500, 0, 0]);
    expect(rows.map((r) => r.incomeTaxRmb)).toEqual([0, 0, 0, 0, 17_500, 45_000]);
  });

  it('a loss is used up to 5 years later (Art. 18) and lost in the 6th; a credit likewise', () => {
    // Loss of 100 in 2026, nothing until a profit of 1,000 in year 2026 + k.
    const lossThen = (k: number) => {
      const flows = years(2026, k + 1).map((y) => (y === 2026 ? -100 : y === 2026 + k ? 1000 : 0));
      return incomeTax(years(2026, k + 1), flows, [], terms()).at(-1)!;
    };
    expect(lossThen(5).lossUsedRmb).toBe(100);
    expect(lossThen(5).incomeTaxRmb).toBe(225);
    expect(lossThen(6).lossUsedRmb).toBe(0);
    expect(lossThen(6).incomeTaxRmb).toBe(250);
    // A 100,000 credit earned in 2026 with no profit until 2026 + k (depreciation over 1,000 years ≈ 0 here).
    const creditThen = (k: number) => {
      const n = k + 1;
      const flows = years(2026, n).map((y) => (y === 2026 + k ? 1000 + 100 : 100));
      const inv = [{ year: 2026, measureId: 'heat_pump_steam', capexRmb: 1_000_000 }];
      return incomeTax(years(2026, n), flows.map((f, i) => (i < k ? 1000 : f)), inv, terms({ depreciationYears: { heat_pump_steam: 1000 } }));
    };
    // 1,000/yr of income less 1,000 depreciation: no tax until 2026 + k (income 1,100 − 1,000 = 100 → 25 tax).
    expect(creditThen(5).at(-1)!.creditUsedRmb).toBe(25);
    expect(creditThen(6).at(-1)!.creditUsedRmb).toBe(0);
    expect(creditThen(6).at(-1)!.incomeTaxRmb).toBe(25);
  });
});

describe('tax terms of a scenario', () => {
  const load = (tax: Record<string, unknown>) => tinyFinanceScenario({ finance: { tax } });
  it('25 % and 5 years by default; 15 % and 10 years for a high-tech enterprise; off when disabled', () => {
    const standard = taxTerms(load({}))!;
    expect(standard.rateFraction).toBe(0.25);
    expect(standard.lossCarryForwardYears).toBe(5);
    expect(standard.creditFraction).toBe(0.1);
    expect(standard.creditEligible.has('heat_pump_steam')).toBe(true);
    expect(standard.creditEligible.has('rooftop_pv')).toBe(false);
    // The tiny saver's 10-year catalogue lifetime meets the 10-year statutory floor.
    expect(standard.depreciationYears['saver']).toBe(10);
    const highTech = taxTerms(load({ highTechEnterprise: true }))!;
    expect(highTech.rateFraction).toBe(0.15);
    expect(highTech.lossCarryForwardYears).toBe(10);
    expect(taxTerms(load({ enabled: false }))).toBeNull();
    expect(taxTerms(load({ equipmentCredit: { enabled: false } }))!.creditFraction).toBe(0);
  });

  it('bad tax input is refused with the field path', () => {
    const r = loadScenarioData({ ...tinyData(), finance: { tax: { citRateFraction: 0.9 } } }, 'bad');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error)).toContain('finance.tax.citRateFraction');
  });
});

/** The tiny scenario's raw data, for loader-level checks. */
function tinyData(): Record<string, unknown> {
  return {
    id: 'tiny_tax',
    name: 'Tiny tax',
    horizon: { startYear: 2026, endYear: 2027 },
    factory: { id: 'f', name: 'F', sector: 'machinery', province: 'jiangsu', output: { unit: 't', baseQuantity: 1 }, inventory: { energy: [{ endUse: 'other_electric', carrier: 'electricity', energyMwh: 10 }] } },
  };
}

describe('post-tax CFADS on the tiny plan', () => {
  const plainLoan = { tenorYears: 4, graceYears: 0, amortisation: 'annuity', loanToCostFraction: 1, minDscr: 1.25, greenDiscountBps: 0, carbonLinked: { stepDownBps: 0, stepUpBps: 0 }, cerf: { eligible: false } };
  const finance = (s: Scenario) => financeFactory(s, s.factories[0]!, optimiseFactory(s, s.factories[0]!, backend));

  it('savings 250,000, depreciation 1,000,000 / 10 = 100,000: tax 25 % × 150,000 = 37,500, CFADS 212,500', () => {
    const f = finance(tinyFinanceScenario({ finance: { tax: {}, loan: plainLoan } }));
    for (const c of f.cashFlows) {
      expect(c.operatingCashFlowRmb).toBeCloseTo(250_000, 3);
      expect(c.depreciationRmb).toBeCloseTo(100_000, 3);
      expect(c.incomeTaxRmb).toBeCloseTo(37_500, 3);
      expect(c.cfadsRmb).toBeCloseTo(212_500, 3);
    }
    const loan = f.loan!;
    if (loan.status !== 'sized') throw new Error(loan.reason);
    // Sized on post-tax CFADS: DSCR 1.25 on 212,500.
    for (const r of loan.schedule) expect(r.dscr!).toBeCloseTo(1.25, 9);
    expect(f.cashFlows[0]!.netCashFlowRmb).toBeCloseTo(212_500 - 1_000_000, 3);
  });

  it('with the saver credit-eligible, the 100,000 credit pays 2026, 2027 and 25,000 of 2028', () => {
    const f = finance(tinyFinanceScenario({ finance: { tax: { equipmentCredit: { eligibleMeasures: ['saver'] } }, loan: plainLoan } }));
    expect(f.cashFlows.map((c) => Math.round(c.taxCreditUsedRmb))).toEqual([37_500, 37_500, 25_000, 0]);
    expect(f.cashFlows.map((c) => Math.round(c.incomeTaxRmb))).toEqual([0, 0, 12_500, 37_500]);
  });

  it('a high-tech enterprise pays 15 %: 22,500, CFADS 227,500', () => {
    const f = finance(tinyFinanceScenario({ finance: { tax: { highTechEnterprise: true }, loan: plainLoan } }));
    expect(f.cashFlows[0]!.incomeTaxRmb).toBeCloseTo(22_500, 3);
    expect(f.cashFlows[0]!.cfadsRmb).toBeCloseTo(227_500, 3);
  });
});
