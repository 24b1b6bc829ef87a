/** The bank's view: the plan's cash flows, NPV / IRR / payback, and the green loan with its schedule and DSCR. */
import { api, type FinanceResult, type RunEnvelope } from '../api.ts';
import { chartGallery } from '../charts.ts';
import type { Ctx, View } from '../context.ts';
import { csv, fill, h, numCell, stat, table, errorBox } from '../dom.ts';
import { csvButton, downloadBar, jsonButton } from '../downloads.ts';
import { fixed, money, mrmb, percent, rmbPerT, t, times, tOr, years } from '../i18n.ts';
import { RunOutcome, runButton, viewHead } from '../run-outcome.ts';

const known = (prefix: string, id: string): string => tOr(`${prefix}.${id}`, id);

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
            ['year', 'phase', 'rate_fraction', 'drawdown_rmb', 'interest_rmb', 'principal_rmb', 'debt_service_rmb', 'balance_rmb', 'cfads_rmb', 'dscr'],
            (loan?.status === 'sized' ? loan.schedule : []).map((s) => [s.year, s.phase, s.rateFraction, s.drawdownRmb, s.interestRmb, s.principalRmb, s.debtServiceRmb, s.balanceRmb, s.cfadsRmb, s.dscr]),
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
                    [t('common.year'), t('bank.phase'), t('bank.rateCol'), t('bank.drawdown'), t('bank.interest'), t('bank.principal'), t('bank.service'), t('bank.balance'), t('bank.cfads'), t('bank.dscr')],
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
                    ]),
                    { 'data-testid': 'loan-table', class: 'data sticky-last' },
                  ),
                ),
              ),
          chartGallery(run.runId, { factory: f.id, only: ['loan_schedule', 'capex_by_year'] }),
        );
      }),
    );
  }
}
