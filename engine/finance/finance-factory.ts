/**
 * A bank's view of one factory's optimal plan: its cash flows against the baseline (extended past
 * the horizon to cover the loan), investment metrics, carbon KPI, loan pricing, and the loan the
 * cash savings support with its schedule, DSCRs and warnings — or the reason no debt is supportable.
 */
import type { Factory, Scenario } from '../data/schemas/scenario.ts';
import type { FactoryPlan } from '../optimise/types.ts';
import { carbonKpi } from './carbon-kpi.ts';
import { priceLoan } from './loan-pricing.ts';
import { loanSchedule, type LoanCase } from './loan-schedule.ts';
import { sizeLoan } from './loan-sizing.ts';
import { analysisEndYear, loanTiming, type LoanTiming } from './loan-timing.ts';
import { planLoanWarnings } from './loan-warnings.ts';
import { planMetrics } from './plan-metrics.ts';
import { extendCashFlows, planCashFlows } from './plan-cash-flows.ts';
import { planCbamYears } from './cbam-years.ts';
import type { CashFlowYear, FactoryFinance, KpiMissedStress, KpiYear, LoanResult, PlanMetrics } from './types.ts';



export function financeFactory(scenario: Scenario, factory: Factory, plan: FactoryPlan): FactoryFinance {
  const head = { factoryId: factory.id, name: factory.name, planStatus: plan.status };
  if (plan.objectiveRmb === null || plan.costs.length === 0) {
    const reason = `no plan to finance (${plan.status}): ${plan.message}`;
    return { ...head, status: 'no_plan', reason, cashFlows: [], cbam: [], metrics: null, kpi: [], pricing: null, loan: null, kpiMissedStress: null, assumptions: [] };
  }
  const fin = scenario.finance;
  const horizon = planCashFlows(scenario, factory, plan);
  const horizonEnd = horizon.at(-1)!.year;
  const timing = loanTiming(horizon, fin.loan.tenorYears);
  const flows = extendCashFlows(horizon, analysisEndYear(horizonEnd, timing, fin.analysisEndYear));
  const rate = fin.discountRateFraction ?? scenario.assumptions.discountRate;
  const metrics = planMetrics(flows, rate, scenario.baseYear);
  const caps = Object.fromEntries(plan.emissions.map((e) => [e.year, e.capTco2]));
  const kpi = carbonKpi(flows, caps, fin.loan.carbonLinked.kpiNetTco2, horizonEnd);
  const assumptions = statedAssumptions(scenario, horizonEnd, flows.at(-1)!.year, rate);
  const common = { ...head, cashFlows: flows, cbam: planCbamYears(scenario, factory, plan), metrics, kpi, assumptions };
  if (timing === null) {
    return { ...common, status: 'no_debt', reason: 'the plan spends no capex: there is nothing to finance', pricing: null, loan: null, kpiMissedStress: null };
  }
  const { pricing, loan, kpiMissedStress } = financeLoan(scenario, plan, flows, kpi, timing, metrics.totalCapexRmb);
  return {
    ...common,
    status: loan.status === 'sized' ? 'financed' : 'no_debt',
    reason: loan.status === 'sized' ? null : loan.reason,
    pricing,
    loan,
    kpiMissedStress,
  };
}

/** Price, size and schedule the loan over its years; stress it at the KPI-missed rate. */
function financeLoan(scenario: Scenario, plan: FactoryPlan, flows: readonly CashFlowYear[], kpi: readonly KpiYear[], timing: LoanTiming, totalCapexRmb: number) {
  const terms = scenario.finance.loan;
  const inLoan = (year: number) => year >= timing.firstYear && year <= timing.finalYear;
  const loanYears = flows.filter((f) => inLoan(f.year));
  const pricing = priceLoan(terms, kpi.filter((k) => inLoan(k.year)), timing.firstYear);
  const loanCase: LoanCase = {
    years: loanYears.map((f) => f.year),
    capexRmb: loanYears.map((f) => f.capexRmb),
    cfadsRmb: loanYears.map((f) => f.operatingCashFlowRmb),
    rateFraction: pricing.rateByYear.map((r) => r.rateFraction),
    graceYears: terms.graceYears,
    amortisation: terms.amortisation,
  };
  const sized = sizeLoan(loanCase, terms);
  const kpiMissedStress = sized.status === 'sized' ? stress(loanCase, sized, pricing.rateIfKpiMissedFraction) : null;
  const warnings = [
    ...planLoanWarnings(flows, timing, plan, scenario.measures, pricing),
    ...(kpiMissedStress !== null && kpiMissedStress.minDscr !== null && kpiMissedStress.minDscr < terms.minDscr * (1 - 1e-9)
      ? [`if the carbon KPI is missed every year (rate ${(kpiMissedStress.rateFraction * 100).toFixed(2)} %), the minimum DSCR falls to ${kpiMissedStress.minDscr.toFixed(2)}, below the ${terms.minDscr} covenant`]
      : []),
  ];
  return { pricing, loan: withPlanContext(sized, totalCapexRmb, warnings), kpiMissedStress };
}

/** Equity covers all capex, including capex outside the loan period; add the plan's warnings. */
function withPlanContext(loan: LoanResult, totalCapexRmb: number, warnings: readonly string[]): LoanResult {
  const debt = loan.status === 'sized' ? loan.debtRmb : 0;
  return { ...loan, equityRmb: totalCapexRmb - debt, warnings: [...loan.warnings, ...warnings] };
}

/** The same debt (and sculpted DSCR) at the KPI-missed rate every year. */
function stress(c: LoanCase, loan: Extract<LoanResult, { status: 'sized' }>, rateFraction: number): KpiMissedStress {
  const rows = loanSchedule({ ...c, rateFraction: c.rateFraction.map(() => rateFraction) }, loan.debtRmb, loan.sculptedDscr ?? 1);
  const dscrs = rows.filter((r) => r.phase === 'repayment' && r.dscr !== null).map((r) => r.dscr!);
  return { rateFraction, minDscr: dscrs.length > 0 ? Math.min(...dscrs) : null };
}

function statedAssumptions(scenario: Scenario, horizonEnd: number, lastYear: number, rate: number): string[] {
  const fin = scenario.finance;
  return [
    'Cash flows are pre-tax, in each year\'s money, against the baseline with no new measures; the shadow carbon price is not cash and is left out.',
    lastYear > horizonEnd
      ? `Beyond ${horizonEnd}, the ${horizonEnd} operating cash flows, emissions and abatement are held flat to ${lastYear} (no new capex, replacements or awards).`
      : `The analysis ends with the horizon (${horizonEnd}).`,
    `NPV, discounted payback and abatement cost at ${(rate * 100).toFixed(2)} %/yr (${fin.discountRateFraction !== undefined ? 'finance.discountRateFraction' : 'assumptions.discountRate'}), discounted to ${scenario.baseYear}.`,
    'The loan is drawn pro rata to the capex it funds, at the start of each year; debt service is paid at year end; grace years pay interest only; a drawdown after repayment has started is re-amortised over the remaining years.',
    'The loan is sized on the planned rate path (the carbon-linked step as the plan meets or misses its KPI); CFADS = the plan\'s operating cash flow against the baseline.',
    `CBAM (Reg. (EU) 2023/956): exported tonnes × max(0, embedded − CBAM factor × ${fin.cbam.crossSectoralCorrectionFraction} × benchmark) × certificate price, less the carbon price paid in China (actual values only); ${fin.cbam.dataBasis} embedded emissions (direct only for steel and aluminium, direct + indirect for cement and fertilisers; gross of offsets, electricity at the location-based factor); counted in the export year (surrendered by 30 September of the next); EUR at ${fin.eurToRmb} RMB.`,
  ];
}
