/** Readable text for `lingtan finance`: per factory, the cash flows, metrics, pricing and loan schedule. */
import type { Scenario } from '../engine/data/schemas/scenario.ts';
import type { IrrResult } from '../engine/finance/irr.ts';
import type { FactoryFinance, LoanPricing, LoanResult, ScenarioFinance } from '../engine/finance/types.ts';
import { formatNumber, table } from './table.ts';

const rmbM = (x: number) => formatNumber(x / 1e6, 2);
/** RMB → M RMB, with sub-RMB noise (and −0) shown as 0. */
const M = (x: number) => (Math.abs(x) < 0.5 ? 0 : x / 1e6);
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');

export function renderFinance(scenario: Scenario, result: ScenarioFinance): string {
  const head = `Scenario ${scenario.name} (${scenario.id}) — plan ${result.planStatus}`;
  return [head, ...result.factories.map((f) => renderFactory(scenario, f))].join('\n\n');
}

function renderFactory(scenario: Scenario, f: FactoryFinance): string {
  const lines = [`${f.name} (${f.factoryId}) — ${f.status}${f.reason !== null ? `: ${f.reason}` : ''}`];
  if (f.metrics === null) return lines.join('\n');
  lines.push('', '  Cash flows against the baseline, M RMB (each year\'s money, pre-tax; * = last horizon year held flat):');
  lines.push(indent(table(
    ['year', 'capex', 'O&M', 'inputs', 'energy saved', 'export', 'green', 'offsets', 'ETS avoided', 'CBAM avoided', 'awards', 'CFADS', 'net', 'abated tCO2'],
    f.cashFlows.map((c) => [
      `${c.year}${c.extended ? '*' : ''}`,
      M(-c.capexRmb),
      M(-(c.fixedOmRmb + c.captureCostRmb)),
      M(-c.processInputsRmb),
      M(c.energySavingsRmb),
      M(c.exportRevenueRmb),
      M(-c.greenPurchasesRmb),
      M(-c.offsetPurchasesRmb),
      M(c.carbonCostAvoidedRmb),
      M(c.cbamCostAvoidedRmb),
      M(c.awardsRmb),
      M(c.operatingCashFlowRmb),
      M(c.netCashFlowRmb),
      formatNumber(c.abatedTco2),
    ]),
    { digits: 2 },
  )));
  if (f.cbam.length > 0) lines.push('', ...cbamLines(f));
  const m = f.metrics;
  const payback = (x: number | null) => (x === null ? 'never' : `${x.toFixed(1)} yr`);
  lines.push(
    '',
    `  NPV (${m.npvYear} money, ${pct(m.discountRateFraction)}): ${rmbM(m.npvRmb)} M RMB · IRR ${irrText(m.irr)} · payback ${payback(m.simplePaybackYears)} (discounted ${payback(m.discountedPaybackYears)})`,
    `  levelised abatement cost: ${m.levelisedAbatementCostRmbPerTco2 === null ? 'n/a' : `${formatNumber(m.levelisedAbatementCostRmbPerTco2, 1)} RMB/tCO2`} · capex ${rmbM(m.totalCapexRmb)} M RMB · abated ${formatNumber(m.totalAbatedTco2)} tCO2`,
  );
  if (f.pricing !== null) lines.push('', ...pricingLines(f.pricing));
  if (f.loan !== null) lines.push('', ...loanLines(scenario, f.loan, f));
  lines.push('', '  Assumptions:', ...f.assumptions.map((a) => `    - ${a}`));
  return lines.join('\n');
}

function cbamLines(f: FactoryFinance): string[] {
  const first = f.cbam[0]!;
  return [
    `  EU CBAM on ${first.goodId} (${first.baseline.dataBasis} values), per tonne exported: embedded tCO2e, free allocation (CBAM factor × benchmark), certificates, RMB:`,
    indent(table(
      ['year', 'exported t', 'price RMB/t', 'CBAM factor', 'embedded base', 'embedded plan', 'free alloc. base', 'free alloc. plan', 'RMB/t base', 'RMB/t plan', 'cost base M', 'cost plan M'],
      f.cbam.map((c) => [
        String(c.year), formatNumber(c.exportedT), formatNumber(c.certificatePriceRmbPerTco2, 1), formatNumber(c.plan.cbamFactor, 3),
        formatNumber(c.baseline.countedTco2PerT, 3), formatNumber(c.plan.countedTco2PerT, 3),
        formatNumber(c.baseline.freeAllocationTco2PerT, 3), formatNumber(c.plan.freeAllocationTco2PerT, 3),
        formatNumber(c.baseline.costRmbPerT, 1), formatNumber(c.plan.costRmbPerT, 1), M(c.baselineCostRmb), M(c.planCostRmb),
      ]),
      { digits: 2 },
    )),
  ];
}

function irrText(r: IrrResult): string {
  if (r.kind === 'none') return 'none (no sign change of NPV between −99 % and +1,000 %)';
  if (r.kind === 'unique') return pct(r.rate);
  return `several: ${r.rates.map(pct).join(', ')}`;
}

function pricingLines(p: LoanPricing): string[] {
  const lines = [
    `  Pricing: ${p.lprBasis} LPR ${pct(p.lprFraction)} ${p.spreadBps >= 0 ? '+' : '−'} ${Math.abs(p.spreadBps)} bps spread − ${p.greenDiscountBps} bps green = ${pct(p.baseRateFraction)}; ` +
      `carbon-linked −${p.stepDownBps} / +${p.stepUpBps} bps when the KPI is met / missed (${pct(p.rateIfKpiMissedFraction)} if missed)`,
    `  LPR source: ${p.lprSource}`,
  ];
  if (p.cerf !== null) {
    const c = p.cerf;
    lines.push(
      `  CERF: ${pct(c.coverageFraction)} of principal refinanced by the PBoC at ${pct(c.relendingRateFraction)}, the rest at the bank's ${pct(c.bankOwnFundingRateFraction)} → bank funding cost ${pct(c.blendedFundingRateFraction)}`,
      `  CERF source: ${c.relendingRateSource}`,
    );
  } else lines.push('  CERF: not eligible');
  return lines;
}

function loanLines(scenario: Scenario, loan: LoanResult, f: FactoryFinance): string[] {
  const terms = scenario.finance.loan;
  if (loan.status === 'no_debt') {
    return [
      `  Loan: none — ${loan.reason}`,
      `  loan-to-cost cap ${rmbM(loan.loanToCostCapRmb)} M RMB · equity needed ${rmbM(loan.equityRmb)} M RMB`,
      ...loan.warnings.map((w) => `  warning: ${w}`),
    ];
  }
  const lines = [
    `  Loan: ${rmbM(loan.debtRmb)} M RMB, ${loan.amortisation}, ${loan.firstYear}–${loan.finalYear} (tenor ${terms.tenorYears} yr, ${terms.graceYears} grace), ` +
      `sized by ${loan.sizedBy === 'dscr' ? `DSCR ≥ ${terms.minDscr}` : `loan-to-cost ${pct(terms.loanToCostFraction)}`}`,
    `  caps: loan-to-cost ${rmbM(loan.loanToCostCapRmb)} M RMB, DSCR ${rmbM(loan.dscrCapRmb)} M RMB · equity needed ${rmbM(loan.equityRmb)} M RMB` +
      (loan.sculptedDscr !== null ? ` · sculpted to DSCR ${loan.sculptedDscr.toFixed(2)}` : ''),
    '',
    '  Schedule, M RMB:',
    indent(table(
      ['year', 'phase', 'rate', 'drawdown', 'interest', 'principal', 'debt service', 'balance', 'CFADS', 'DSCR'],
      loan.schedule.map((r) => [String(r.year), r.phase, pct(r.rateFraction), M(r.drawdownRmb), M(r.interestRmb), M(r.principalRmb), M(r.debtServiceRmb), M(r.balanceRmb), M(r.cfadsRmb), r.dscr === null ? '—' : r.dscr.toFixed(2)]),
      { digits: 2 },
    )),
    `  DSCR: minimum ${loan.minDscr?.toFixed(2) ?? '—'}, average ${loan.averageDscr?.toFixed(2) ?? '—'} (covenant ≥ ${terms.minDscr})` +
      (f.kpiMissedStress?.minDscr != null ? `; minimum ${f.kpiMissedStress.minDscr.toFixed(2)} if the carbon KPI is missed every year` : ''),
  ];
  return [...lines, ...loan.warnings.map((w) => `  warning: ${w}`)];
}
