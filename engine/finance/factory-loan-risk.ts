/**
 * One factory's sized loan under sampled futures: each future's CFADS comes from the fixed plan's
 * cash flows re-evaluated at that future's prices (future-cash-flows.ts) and taxed by the future's
 * scenario; nothing is re-optimised, so a future costs arithmetic only (no solve, no worker pool).
 */
import type { Scenario } from '../data/schemas/scenario.ts';
import { applyInputs } from '../simulation/apply-inputs.ts';
import type { Future } from '../simulation/futures.ts';
import { futureCashFlows, type FutureBasis } from './future-cash-flows.ts';
import { taxTerms } from './income-tax.ts';
import type { LoanCase } from './loan-schedule.ts';
import { loanRiskMeasures, riskCap, type FutureCfads } from './loan-risk.ts';
import { extendCashFlows, taxCashFlows } from './plan-cash-flows.ts';
import type { LoanRisk } from './types.ts';

export interface LoanRiskCase {
  readonly loan: LoanCase;
  readonly debtRmb: number;
  readonly loanToCostCapRmb: number;
  readonly lastYear: number;
}

const M = (x: number) => `${(x / 1e6).toFixed(2)} M RMB`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Each future's CFADS per loan year. */
export function futuresCfads(scenario: Scenario, basis: FutureBasis, loan: LoanCase, lastYear: number, futures: readonly Future[]): FutureCfads[] {
  return futures.map((f) => {
    const s = Object.keys(f.inputs).length === 0 ? scenario : applyInputs(scenario, f.inputs);
    const { flows, investments } = futureCashFlows(basis, s);
    const taxed = taxCashFlows(extendCashFlows(flows, lastYear), investments, taxTerms(s));
    const byYear = new Map(taxed.map((t) => [t.year, t.cfadsRmb]));
    return { index: f.index, probability: f.probability, cfadsRmb: loan.years.map((y) => byYear.get(y) ?? 0) };
  });
}

export function factoryLoanRisk(scenario: Scenario, basis: FutureBasis, c: LoanRiskCase, futures: readonly Future[], source: LoanRisk['source']): LoanRisk {
  const covenant = scenario.finance.loan.covenantDscr ?? scenario.finance.loan.minDscr;
  const threshold = scenario.finance.maxBreachProbability;
  const cfads = futuresCfads(scenario, basis, c.loan, c.lastYear, futures);
  const measures = loanRiskMeasures(c.loan, c.debtRmb, cfads, covenant);
  const cap = riskCap(c.loan, c.loanToCostCapRmb, cfads, covenant, threshold);
  const worst = measures.breachByYear.reduce((m, b) => (b.probability > m.probability ? b : m), { year: 0, probability: 0 });
  const warnings =
    worst.probability > threshold
      ? [`the sized debt (${M(c.debtRmb)}) breaches the ${covenant} DSCR covenant in ${worst.year} with probability ${pct(worst.probability)}, above the bank's ${pct(threshold)} (finance.maxBreachProbability); the debt that stays within it is ${M(cap.debtRmb)}`]
      : [];
  return {
    futures: futures.length,
    source,
    seed: source === 'uncertainty' ? scenario.uncertainty.seed : null,
    variedInputs: [...new Set(futures.flatMap((f) => Object.keys(f.inputs)))],
    debtRmb: c.debtRmb,
    covenantDscr: covenant,
    maxBreachProbability: threshold,
    ...measures,
    riskCap: cap,
    warnings,
  };
}
