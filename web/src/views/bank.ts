/** The bank's view: the plan's cash flows, NPV / IRR / payback, and the green loan with its schedule and DSCR. */
import { api, type FinanceResult, type Job, type RunEnvelope } from '../api.ts';
import { chartGallery } from '../charts.ts';
import { apiErrorBox, asApiError, type Ctx, type Outcome, outcomeOf, type View } from '../context.ts';
import { csv, fill, h, numCell, saveFile, stat, table, errorBox } from '../dom.ts';
import { fixed, money, mrmb, percent, rmbPerT, t, times, tOr, years } from '../i18n.ts';
import { cancelJob, jobPanel, watchJob } from '../job-panel.ts';

const known = (prefix: string, id: string): string => tOr(`${prefix}.${id}`, id);

export class BankView implements View {
  readonly el = h('section', { class: 'view', 'data-testid': 'view-bank' });
  private outcome: Outcome<FinanceResult> = { state: 'idle' };
  private cancelError: string | null = null;

  constructor(private readonly ctx: Ctx) {}

  async run(): Promise<void> {
    this.outcome = { state: 'running' };
    this.render();
    try {
      this.outcome = outcomeOf(await api.finance(this.ctx.scenario.source()));
      if (this.outcome.state === 'job') this.follow(this.outcome.job);
    } catch (error) {
      const e = asApiError(error);
      this.outcome = { state: 'error', error: e };
      if (e.status === 400) this.ctx.scenario.showProblems(e);
    }
    this.render();
  }

  private follow(job: Job): void {
    watchJob(
      job,
      (j) => {
        if (this.outcome.state === 'job') {
          this.outcome = { state: 'job', job: j };
          this.render();
        }
      },
      async (j) => {
        if (j.state !== 'succeeded') return;
        try {
          this.outcome = { state: 'done', run: await api.run<FinanceResult>(j.runId) };
        } catch (error) {
          this.outcome = { state: 'error', error: asApiError(error) };
        }
        this.render();
      },
    );
  }

  render(): void {
    if (!this.el.isConnected) return;
    const o = this.outcome;
    const head = h(
      'div',
      { class: 'view-head' },
      h('h2', {}, t('bank.title')),
      h('button', { type: 'button', class: 'primary', 'data-testid': 'run-finance', disabled: o.state === 'running', onclick: () => void this.run() }, t('bank.run')),
    );
    let body: Node;
    switch (o.state) {
      case 'idle':
        body = h('p', { class: 'muted intro' }, t('bank.intro'));
        break;
      case 'running':
        body = h('p', { class: 'muted busy' }, t('common.running'));
        break;
      case 'error':
        body = apiErrorBox(o.error);
        break;
      case 'job':
        body = jobPanel(
          o.job,
          () =>
            void cancelJob(o.job.id).catch((e: unknown) => {
              this.cancelError = asApiError(e).message;
              this.render();
            }),
          this.cancelError,
        );
        break;
      case 'done':
        body = this.result(o.run);
        break;
    }
    fill(this.el, head, body);
  }

  private result(run: RunEnvelope<FinanceResult>): HTMLElement {
    const base = `${run.result.scenario}-finance-${run.runId.slice(0, 8)}`;
    return h(
      'div',
      { class: 'result', 'data-testid': 'bank-result', 'data-run': run.runId },
      ...run.result.factories.map((f) => {
        const m = f.metrics;
        const loan = f.loan;
        const irr = m?.irr.kind === 'unique' && m.irr.rate !== undefined ? percent(m.irr.rate, 1) : (m?.irr.kind ?? t('common.none'));
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
          h(
            'div',
            { class: 'downloads' },
            h('span', { class: 'muted' }, `${t('common.downloads')}:`),
            h('button', { type: 'button', class: 'link', onclick: () => saveFile(`${base}.json`, JSON.stringify(run, null, 2), 'application/json') }, t('dl.json')),
            loan?.status !== 'sized' ? null : h('button', { type: 'button', class: 'link', 'data-testid': 'dl-schedule-csv', onclick: () => saveFile(`${base}-${f.id}-loan.csv`, scheduleCsv(), 'text/csv;charset=utf-8') }, t('dl.scheduleCsv')),
          ),
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
                    { 'data-testid': 'loan-table' },
                  ),
                ),
              ),
          chartGallery(run.runId, { factory: f.id, only: ['loan_schedule', 'capex_by_year'] }),
        );
      }),
    );
  }
}
