/**
 * The two-stage stochastic plan as a card of the Monte Carlo view: scenario count and CVaR in, a job
 * with live progress, then the first-stage builds beside the deterministic plan's, expected cost,
 * P5/P50/P95, VSS, EVPI, how often the target is met, and the run's cost-distribution chart.
 */
import { api, type RunEnvelope, type StochasticResult } from '../api.ts';
import { measureName } from '../catalog.ts';
import { chartGallery } from '../charts.ts';
import type { Ctx } from '../context.ts';
import { csv, fill, h, numCell, stat, table } from '../dom.ts';
import { csvButton, downloadBar, jsonButton } from '../downloads.ts';
import { money, num, percent, t } from '../i18n.ts';
import { RunOutcome, runButton } from '../run-outcome.ts';

export class StochasticCard {
  readonly el = h('div', { class: 'card', 'data-testid': 'stochastic-card' });
  private readonly slot = h('div', { class: 'job-slot', 'data-testid': 'stochastic-slot' });
  private readonly outcome: RunOutcome<StochasticResult>;
  private readonly button = runButton('run-stochastic', '', false, () => this.run());
  private scenarios = 20;
  private alpha = 0.95;
  private weight = 0;

  constructor(
    private readonly ctx: Ctx,
    onRun: (runId: string) => void,
  ) {
    this.outcome = new RunOutcome<StochasticResult>(() => this.drawSlot(), { onRun: (run) => onRun(run.runId), onInvalid: (e) => this.ctx.scenario.showProblems(e) });
  }

  run(): Promise<void> {
    const cvar = this.weight > 0 ? { cvar: { alphaFraction: this.alpha, weight: this.weight } } : {};
    return this.outcome.start(() => api.stochastic({ ...this.ctx.scenario.source(), scenarios: this.scenarios, ...cvar }));
  }

  open(runId: string): void {
    void this.outcome.open(runId);
  }

  render(): void {
    fill(this.button, t('stoch.run'));
    const input = (testid: string, value: number, attrs: Record<string, string | number>, set: (v: number) => void) =>
      h('input', {
        type: 'number',
        value,
        'data-testid': testid,
        ...attrs,
        onchange: (e: Event) => {
          const v = Number((e.target as HTMLInputElement).value);
          if (Number.isFinite(v)) set(v);
        },
      });
    fill(
      this.el,
      h('h3', {}, t('stoch.title')),
      h('p', { class: 'muted' }, t('stoch.intro'), ' ', h('strong', {}, `${t('scenario.title')}: ${this.ctx.scenario.label()}`)),
      h(
        'div',
        { class: 'form-row' },
        h('label', {}, t('stoch.scenarios'), input('stochastic-scenarios', this.scenarios, { min: 1, step: 1 }, (v) => (this.scenarios = v))),
        h('label', {}, t('stoch.alpha'), input('stochastic-alpha', this.alpha, { min: 0.5, max: 0.99, step: 0.01 }, (v) => (this.alpha = v))),
        h('label', {}, t('stoch.weight'), input('stochastic-weight', this.weight, { min: 0, step: 0.1 }, (v) => (this.weight = v))),
        this.button,
      ),
      this.slot,
    );
    this.drawSlot();
  }

  private drawSlot(): void {
    this.button.disabled = this.outcome.busy;
    fill(this.slot, this.outcome.body((run) => this.result(run)));
  }

  private result(run: RunEnvelope<StochasticResult>): HTMLElement {
    const r = run.result;
    const s = r.stochastic;
    const file = () =>
      csv(
        ['factory_id', 'measure_id', 'year', 'stochastic_units', 'deterministic_units'],
        r.plan.map((p) => [p.factoryId, p.measureId, p.year, p.stochasticUnits, p.deterministicUnits]),
      );
    return h(
      'div',
      { class: 'result', 'data-testid': 'stochastic-result', 'data-run': run.runId },
      h(
        'div',
        { class: 'stats' },
        stat(t('stoch.expected'), money(s.expectedCostRmb)),
        stat(t('stoch.expectedDet'), money(r.deterministic.expectedCostRmb)),
        stat(t('stoch.vss'), money(r.vssRmb), { 'data-testid': 'stochastic-vss' }),
        stat(t('stoch.evpi'), money(r.evpiRmb)),
        stat(t('stoch.met'), percent(s.targetMetProbability, 0)),
        stat(t('stoch.range'), `${money(s.p5Rmb)} / ${money(s.p50Rmb)} / ${money(s.p95Rmb)}`),
      ),
      h('p', { class: 'muted' }, t('stoch.solver', { method: r.solver.method, seconds: r.solver.seconds.toFixed(1) })),
      downloadBar([jsonButton(`stochastic-${run.runId.slice(0, 8)}.json`, run), csvButton(t('dl.summaryCsv'), `stochastic-${run.runId.slice(0, 8)}-first-stage.csv`, file)]),
      h(
        'div',
        { class: 'table-wrap' },
        table(
          [t('stoch.measure'), t('stoch.year'), t('stoch.stochastic'), t('stoch.deterministic')],
          r.plan.map((p) => [{ text: measureName(this.ctx.catalog, p.measureId), title: p.measureId, class: 'name' }, numCell(String(p.year)), numCell(num(p.stochasticUnits, 1)), numCell(num(p.deterministicUnits, 1))]),
        ),
      ),
      chartGallery(run.runId),
    );
  }
}
