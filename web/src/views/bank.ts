/** The bank's view: the plan's cash flows, NPV / IRR / payback, and the green loan with its schedule and DSCR. */
import { api, type FinanceResult, type RunEnvelope } from '../api.ts';
import { chartGallery } from '../charts.ts';
import type { Ctx, View } from '../context.ts';
import { csv, fill, h, numCell, stat, table, errorBox } from '../dom.ts';
import { csvButton, downloadBar, jsonButton } from '../downloads.ts';
import { fixed, money, mrmb, percent, rmbPerT, t, times, tOr, years } from '../i18n.ts';
import { RunOutcome, runButton, viewHead } from '../run-outcome.ts';

const known = (prefix: string, id: string): string => tOr(`${prefix}.${id}`, id);

type FactoryResult = FinanceResult['factories'][number];
type Quantiles = { readonly p5: number; readonly p50: number; readonly p95: number } | null;
const q3 = (q: Quantiles) => (q === null ? t('common.none') : `${fixed(q.p5, 2)} / ${fixed(q.p50, 2)} / ${fixed(q.p95, 2)}`);

/** Pre-tax cash flow, depreciation, income tax and CFADS per year. */
function cashFlowTable(f: FactoryResult): HTMLElement | null {
  if (f.cashFlows.length === 0) return null;
  return h(
    'div',
    {},
    h('h3', {}, t('bank.cashFlows')),
    h(
      'div',
      { class: 'table-wrap' },
      table(
        [t('common.year'), t('bank.preTax'), t('bank.depreciation'), t('bank.tax'), t('bank.cfads')],
        f.cashFlows.map((c) => [String(c.year), numCell(mrmb(c.operatingCashFlowRmb)), numCell(mrmb(c.depreciationRmb)), numCell(mrmb(-c.incomeTaxRmb)), numCell(mrmb(c.cfadsRmb))]),
        { 'data-testid': 'cash-flow-table', class: 'data' },
      ),
    ),
  );
}

/** The sized loan under sampled futures: DSCR and LLCR quantiles, breach probability per year, the debt within the bank's threshold. */
function riskBlock(f: FactoryResult): HTMLElement | null {
  const r = f.loanRisk;
  if (r === null) return null;
  return h(
    'div',
    { 'data-testid': 'bank-risk' },
    h('h3', {}, t('bank.risk')),
    h('p', { class: 'muted' }, t('bank.riskIntro', { n: r.futures, source: known('bank.riskSource', r.source) })),
    h(
      'div',
      { class: 'stats' },
      stat(t('bank.minDscrQ'), q3(r.minDscr), { 'data-testid': 'bank-risk-min-dscr' }),
      stat(t('bank.llcrQ'), q3(r.llcr)),
      stat(t('bank.breachAny'), percent(r.breachAnyYear, 1)),
      stat(t('bank.riskCap', { p: percent(r.maxBreachProbability, 0) }), `${money(r.riskCap.debtRmb)} (${known('bank.riskCapBy', r.riskCap.limitedBy)})`, { 'data-testid': 'bank-risk-cap' }),
    ),
    h(
      'div',
      { class: 'table-wrap' },
      table(
        [t('common.year'), t('bank.breachCol', { covenant: r.covenantDscr })],
        r.breachByYear.map((b) => [String(b.year), numCell(percent(b.probability, 1))]),
        { 'data-testid': 'breach-table', class: 'data' },
      ),
    ),
    r.warnings.length > 0 ? h('div', { class: 'warn-box' }, h('ul', {}, ...r.warnings.map((w) => h('li', {}, w)))) : null,
  );
}

export class BankView implements View {
  readonly el = h('section', { class: 'view', 'data-testid': 'view-bank' });
  private readonly outcome = new RunOutcome<FinanceResult>(() => this.render(), {
    onInvalid: (e) => this.ctx.scenario.showProblems(e),
  });

  constructor(private readonly ctx: Ctx) {}

  run(): Promise<void> {
    return this.outcome.start(() => api.finance(this.ctx.scenario.source()));
  }

  open(runId: string): void {
    void this.outcome.open(runId);
  }

  shownRun(): string | null {
    return this.outcome.runId;
  }

  render(): void {
    if (!this.el.isConnected) return;
    const shown = this.outcome.runId;
    if (shown !== null) this.ctx.link({ view: 'bank', run: shown, factory: null });
    fill(
      this.el,
      viewHead(t('bank.title'), runButton('run-finance', t('bank.run'), this.outcome.running, () => this.run())),
      this.outcome.body((run) => this.result(run), { intro: t('bank.intro') }),
    );
  }

  private result(run: RunEnvelope<FinanceResult>): HTMLElement {
    const base = `${run.result.scenario}-finance-${run.runId.slice(0, 8)}`;
    return h(
      'div',
      { class: 'result', 'data-testid': 'bank-result', 'data-run': run.runId },
      ...run.result.factories.map((f) => {
        const m = f.metrics;
        const loan = f.loan;
        const irr = m?.irr.kind === 'unique' ? percent(m.irr.rate, 1) : (m?.irr.kind ?? t('common.none'));
        const scheduleCsv = () =>
          csv(
            ['year', 'phase', 'rate_fraction', 'drawdown_rmb', 'interest_rmb', 'principal_rmb', 'debt_service_rmb', 'balance_rmb', 'cfads_rmb', 'dscr', 'dsra_flow_rmb', 'dsra_balance_rmb'],
            (loan?.status === 'sized' ? loan.schedule : []).map((s) => [s.year, s.phase, s.rateFraction, s.drawdownRmb, s.interestRmb, s.principalRmb, s.debtServiceRmb, s.balanceRmb, s.cfadsRmb, s.dscr, s.dsraFlowRmb, s.dsraBalanceRmb]),
          );
        return h(
          'div',
          { class: 'factory-block' },
          run.result.factories.length > 1 ? h('h3', {}, f.name) : null,
          h(
            'div',
            { class: 'stats' },
            stat(`${t('bank.npv')} (${m?.npvYear ?? ''})`, money(m?.npvRmb), { 'data-testid': 'bank-npv' }),
            stat(t('bank.irr'), irr),
            stat(t('bank.payback'), years(m?.simplePaybackYears)),
            stat(t('bank.lcoa'), rmbPerT(m?.levelisedAbatementCostRmbPerTco2)),
            stat(t('bank.totalCapex'), money(m?.totalCapexRmb)),
          ),
          loan === null || loan.status !== 'sized'
            ? errorBox(t('bank.noLoan', { reason: f.reason ?? (loan === null ? f.status : loan.reason) }))
            : h(
                'div',
                { class: 'stats' },
                stat(t('bank.debt'), money(loan.debtRmb), { 'data-testid': 'bank-debt' }),
                stat(t('bank.equity'), money(loan.equityRmb)),
                stat(t('bank.minDscr'), times(loan.minDscr), { 'data-testid': 'bank-min-dscr' }),
                stat(t('bank.avgDscr'), times(loan.averageDscr)),
                stat(t('bank.sizedBy'), known('bank.sizedBy', loan.sizedBy)),
                stat(t('bank.rate'), percent(f.pricing?.baseRateFraction, 2)),
              ),
          loan !== null && loan.warnings.length > 0 ? h('div', { class: 'warn-box' }, h('strong', {}, t('bank.warnings')), h('ul', {}, ...loan.warnings.map((w) => h('li', {}, w)))) : null,
          downloadBar([
            jsonButton(`${base}.json`, run),
            loan?.status !== 'sized' ? null : csvButton(t('dl.scheduleCsv'), `${base}-${f.id}-loan.csv`, scheduleCsv, { 'data-testid': 'dl-schedule-csv' }),
          ]),
          loan?.status !== 'sized' || loan.schedule.length === 0
            ? null
            : h(
                'div',
                {},
                h('h3', {}, t('bank.schedule')),
                h(
                  'div',
                  { class: 'table-wrap' },
                  table(
                    [t('common.year'), t('bank.phase'), t('bank.rateCol'), t('bank.drawdown'), t('bank.interest'), t('bank.principal'), t('bank.service'), t('bank.balance'), t('bank.cfads'), t('bank.dscr'), t('bank.dsra')],
                    loan.schedule.map((s) => [
                      String(s.year),
                      known('bank.phase', s.phase),
                      numCell(fixed(s.rateFraction * 100, 2)),
                      numCell(mrmb(s.drawdownRmb)),
                      numCell(mrmb(s.interestRmb)),
                      numCell(mrmb(s.principalRmb)),
                      numCell(mrmb(s.debtServiceRmb)),
                      numCell(mrmb(s.balanceRmb)),
                      numCell(mrmb(s.cfadsRmb)),
                      numCell(s.dscr === null ? t('common.none') : fixed(s.dscr, 2)),
                      numCell(mrmb(s.dsraBalanceRmb)),
                    ]),
                    { 'data-testid': 'loan-table', class: 'data sticky-last' },
                  ),
                ),
              ),
          riskBlock(f),
          cashFlowTable(f),
          chartGallery(run.runId, { factory: f.id, only: ['loan_schedule', 'capex_by_year'] }),
        );
      }),
    );
  }
}
