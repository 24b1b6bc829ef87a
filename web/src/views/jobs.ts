/** Long runs as jobs with a live progress bar and Cancel: Monte Carlo over the scenario, a sector rollout. */
import { api, type Answer, type OptimiseResult, type RolloutResult, type RolloutTotals, type RunEnvelope, type ScenarioSource, type SimulateResult } from '../api.ts';
import { measureName, provinceName, sectorName } from '../catalog.ts';
import { chartGallery } from '../charts.ts';
import { apiErrorBox, asApiError, type Ctx, type View } from '../context.ts';
import { csv, fill, h, numCell, stat, table } from '../dom.ts';
import { csvButton, downloadBar, jsonButton } from '../downloads.ts';
import { money, mrmb, num, percent, pick, rmbPerT, t } from '../i18n.ts';
import { RunOutcome, runButton, viewHead } from '../run-outcome.ts';

/** One kind of job in its own element: the submission, the live job, then its result. */
class JobSlot<R> {
  readonly el: HTMLElement;
  private readonly outcome: RunOutcome<R>;

  constructor(
    testid: string,
    private readonly done: (run: RunEnvelope<R>) => Node,
    /** After every change (the view updates its buttons). */
    private readonly onChange: () => void,
    onRun: (runId: string) => void,
  ) {
    this.el = h('div', { class: 'job-slot', 'data-testid': testid });
    this.outcome = new RunOutcome<R>(() => this.render(), { onRun: (run) => onRun(run.runId) });
  }

  get busy(): boolean {
    return this.outcome.busy;
  }

  start(submit: () => Promise<Answer<R>>): Promise<void> {
    return this.outcome.start(submit);
  }

  render(): void {
    fill(this.el, this.outcome.body(this.done));
    this.onChange();
  }
}

export class JobsView implements View {
  readonly el = h('section', { class: 'view', 'data-testid': 'view-jobs' });
  private readonly mc = new JobSlot<SimulateResult>('mc-slot', (run) => this.mcResult(run), () => this.updateButtons(), (id) => this.shown(id));
  private readonly rollout = new JobSlot<RolloutResult>('rollout-slot', (run) => this.rolloutResult(run), () => this.updateButtons(), (id) => this.shown(id));
  /** The factories of a Monte Carlo run's scenario (its reference plan), by run. */
  private readonly mcFactories = new Map<string, Promise<ReadonlyArray<{ id: string; text: string }>>>();
  private readonly mcButton = runButton('run-mc', '', false, () => this.runMonteCarlo());
  private readonly rolloutButton = runButton('run-rollout', '', false, () => this.runRollout());
  private draws = 200;
  private seed = 2026;
  private mode: 'reoptimise' | 'evaluate' = 'reoptimise';
  private sector = 'textiles';
  private count = 20;
  private rolloutSeed = 1;
  private capTco2: number | null = null;
  private capYear = 2030;

  /** The run the address links to: the one that finished or was opened last. */
  private linked: string | null = null;

  constructor(private readonly ctx: Ctx) {}

  /** Show a stored Monte Carlo or rollout run in its card. */
  open(runId: string): void {
    this.linked = runId;
    void api.run<unknown>(runId).then(
      (run) => {
        const slot = run.kind === 'rollout' ? this.rollout : this.mc;
        void slot.start(async () => ({ type: 'run', run: run as RunEnvelope<never> }));
      },
      // An unknown run: its 404 shown in the Monte Carlo card.
      (error: unknown) => void this.mc.start(() => Promise.reject(error)),
    );
  }

  shownRun(): string | null {
    return this.linked;
  }

  render(): void {
    if (this.linked !== null) this.ctx.link({ view: 'jobs', run: this.linked, factory: null });
    this.draw();
  }

  /** Start a Monte Carlo run of the scenario on the left. */
  runMonteCarlo(): Promise<void> {
    return this.mc.start(() => api.simulate({ ...this.ctx.scenario.source(), draws: this.draws, seed: this.seed, mode: this.mode }));
  }

  runRollout(): Promise<void> {
    return this.rollout.start(() =>
      api.rollout({ sector: this.sector, count: this.count, seed: this.rolloutSeed, ...(this.capTco2 !== null ? { cap: { tco2: this.capTco2, year: this.capYear } } : {}) }),
    );
  }

  private updateButtons(): void {
    this.mcButton.disabled = this.mc.busy;
    this.rolloutButton.disabled = this.rollout.busy;
  }

  /** A slot's run arrived: the address links to it. */
  private shown(runId: string): void {
    if (this.linked !== runId) {
      this.linked = runId;
      this.ctx.link({ view: 'jobs', run: runId, factory: null });
    }
  }

  /**
   * The drill-down: optimise one factory's scenario and open its plan (`#/plan?run=…&factory=…`).
   * `status` shows the work and any error in place.
   */
  private async drill(status: HTMLElement, factory: string | null, source: () => Promise<ScenarioSource>): Promise<void> {
    fill(status, h('span', { class: 'muted busy' }, t('drill.busy')));
    try {
      const answer = await api.optimise(await source());
      if (answer.type !== 'run') throw new Error(`the plan is running as job ${answer.job.id}`);
      this.ctx.remember({ runId: answer.run.runId, label: factory ?? answer.run.runId.slice(0, 8) });
      fill(status);
      this.ctx.go({ view: 'plan', run: answer.run.runId, factory });
    } catch (error) {
      fill(status, apiErrorBox(asApiError(error)));
    }
  }

  /** A picker of factories and the button that opens the chosen one's plan. */
  private drillRow(testid: string, title: string, factories: Promise<ReadonlyArray<{ id: string; text: string }>>, source: (factory: string) => Promise<ScenarioSource>): HTMLElement {
    const select = h('select', { 'data-testid': `${testid}-factory` });
    const status = h('div', { 'data-testid': `${testid}-status` });
    const button = h('button', { type: 'button', 'data-testid': `${testid}-open`, disabled: true, onclick: () => void this.drill(status, select.value, () => source(select.value)) }, t('drill.open'));
    void factories.then(
      (list) => {
        fill(select, ...list.map((f) => h('option', { value: f.id }, f.text)));
        button.disabled = list.length === 0;
      },
      (error: unknown) => fill(status, apiErrorBox(asApiError(error))),
    );
    return h('div', { class: 'drill', 'data-testid': testid }, h('div', { class: 'form-row' }, h('label', {}, title, select), button), status);
  }

  private draw(): void {
    if (!this.el.isConnected) return;
    fill(this.mcButton, t('jobs.runMc'));
    fill(this.rolloutButton, t('jobs.runRollout'));
    const numberInput = (testid: string, value: number | null, min: number, set: (v: number | null) => void, attrs: Record<string, string | number> = {}) =>
      h('input', {
        type: 'number',
        min,
        step: 1,
        value: value ?? '',
        'data-testid': testid,
        ...attrs,
        onchange: (e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          const v = raw === '' ? null : Number(raw);
          set(v === null || Number.isFinite(v) ? v : null);
        },
      });
    fill(
      this.el,
      viewHead(t('jobs.title')),
      h(
        'div',
        { class: 'card', 'data-testid': 'mc-card' },
        h('h3', {}, t('jobs.mcTitle')),
        h('p', { class: 'muted' }, t('jobs.mcIntro'), ' ', h('strong', {}, `${t('scenario.title')}: ${this.ctx.scenario.label()}`)),
        h(
          'div',
          { class: 'form-row' },
          h('label', {}, t('jobs.draws'), numberInput('mc-draws', this.draws, 1, (v) => (this.draws = v ?? 200))),
          h('label', {}, t('jobs.seed'), numberInput('mc-seed', this.seed, 0, (v) => (this.seed = v ?? 2026))),
          h(
            'label',
            {},
            t('jobs.mode'),
            h(
              'select',
              { 'data-testid': 'mc-mode', onchange: (e: Event) => (this.mode = (e.target as HTMLSelectElement).value === 'evaluate' ? 'evaluate' : 'reoptimise') },
              h('option', { value: 'reoptimise', selected: this.mode === 'reoptimise' }, t('jobs.mode.reoptimise')),
              h('option', { value: 'evaluate', selected: this.mode === 'evaluate' }, t('jobs.mode.evaluate')),
            ),
          ),
          this.mcButton,
        ),
        this.mc.el,
      ),
      h(
        'div',
        { class: 'card', 'data-testid': 'rollout-card' },
        h('h3', {}, t('jobs.rolloutTitle')),
        h('p', { class: 'muted' }, t('jobs.rolloutIntro')),
        h(
          'div',
          { class: 'form-row' },
          h(
            'label',
            {},
            t('jobs.sector'),
            h(
              'select',
              { 'data-testid': 'rollout-sector', onchange: (e: Event) => (this.sector = (e.target as HTMLSelectElement).value) },
              ...this.ctx.catalog.sectors.map((s) => h('option', { value: s.id, selected: s.id === this.sector }, pick(s))),
            ),
          ),
          h('label', {}, t('jobs.count'), numberInput('rollout-count', this.count, 1, (v) => (this.count = v ?? 20))),
          h('label', {}, t('jobs.seed'), numberInput('rollout-seed', this.rolloutSeed, 0, (v) => (this.rolloutSeed = v ?? 1))),
          h('label', {}, t('jobs.capTco2'), numberInput('rollout-cap', this.capTco2, 0, (v) => (this.capTco2 = v))),
          h('label', {}, t('jobs.capYear'), numberInput('rollout-cap-year', this.capYear, 2026, (v) => (this.capYear = v ?? 2030))),
          this.rolloutButton,
        ),
        this.rollout.el,
      ),
    );
    this.mc.render();
    this.rollout.render();
  }

  private mcResult(run: RunEnvelope<SimulateResult>): HTMLElement {
    const s = run.result.summary;
    const q = s.totalCostRmb;
    const top = [...s.measureFrequency].sort((a, b) => b.shareOfDraws - a.shareOfDraws).slice(0, 12);
    const summaryCsv = () =>
      csv(
        ['measure_id', 'share_of_draws', 'median_size'],
        s.measureFrequency.map((m) => [m.measureId, m.shareOfDraws, m.medianSize]),
      );
    return h(
      'div',
      { class: 'result', 'data-testid': 'mc-result', 'data-run': run.runId },
      h(
        'div',
        { class: 'stats' },
        stat(t('mc.succeeded'), `${num(s.succeeded)} / ${num(s.draws)}`),
        stat(t('mc.probability'), percent(s.probabilityTargetMet, 0)),
        stat(`${t('mc.totalCost')} ${t('mc.p5')}`, money(q?.p5)),
        stat(`${t('mc.totalCost')} ${t('mc.p50')}`, money(q?.p50)),
        stat(`${t('mc.totalCost')} ${t('mc.p95')}`, money(q?.p95)),
      ),
      run.result.message === undefined || run.result.message === '' || run.result.message === 'ok' ? null : h('p', { class: 'muted' }, run.result.message),
      downloadBar([jsonButton(`simulate-${run.runId.slice(0, 8)}.json`, run), csvButton(t('dl.summaryCsv'), `simulate-${run.runId.slice(0, 8)}-measures.csv`, summaryCsv)]),
      top.length === 0
        ? null
        : h(
            'div',
            { class: 'table-wrap' },
            table(
              [t('mc.measure'), t('mc.share')],
              top.map((m) => [{ text: measureName(this.ctx.catalog, m.measureId), title: m.measureId, class: 'name' }, numCell(percent(m.shareOfDraws, 0))]),
            ),
          ),
      this.mcDrill(run),
      chartGallery(run.runId),
    );
  }

  /** The Monte Carlo's scenario, optimised at its reference inputs, one factory at a time. */
  private mcDrill(run: RunEnvelope<SimulateResult>): HTMLElement {
    const request = (run.request ?? null) as { scenarioId?: string; scenarioText?: string } | null;
    const source = async (): Promise<ScenarioSource> => {
      const stored = request ?? ((await api.run<SimulateResult>(run.runId)).request as { scenarioId?: string; scenarioText?: string });
      return stored.scenarioId !== undefined ? { scenarioId: stored.scenarioId } : { scenarioText: stored.scenarioText ?? '' };
    };
    const factories =
      this.mcFactories.get(run.runId) ??
      source()
        .then((s) => api.optimise(s))
        .then((a) => (a.type === 'run' ? (a.run as RunEnvelope<OptimiseResult>).result.factories.map((f) => ({ id: f.id, text: f.id })) : []));
    this.mcFactories.set(run.runId, factories);
    return this.drillRow('mc-drill', t('drill.mc'), factories, () => source());
  }

  private rolloutResult(run: RunEnvelope<RolloutResult>): HTMLElement {
    const r = run.result;
    const totals: RolloutTotals = 'totals' in r ? r.totals : r;
    const years = [...new Set(totals.sectors.flatMap((s) => Object.keys(s.netTco2ByYear)))].sort();
    const last = years.at(-1) ?? '';
    const file = () =>
      csv(
        ['sector', 'factories', 'met_target', 'base_gross_tco2', 'cost_rmb', ...years.map((y) => `net_tco2_${y}`)],
        totals.sectors.map((s) => [s.sector, s.factories, s.metTarget, s.baseGrossTco2, s.costRmb, ...years.map((y) => s.netTco2ByYear[y] ?? null)]),
      );
    return h(
      'div',
      { class: 'result', 'data-testid': 'rollout-result', 'data-run': run.runId },
      'priceRmbPerTco2' in r ? h('div', { class: 'stats' }, stat(t('rollout.price'), rmbPerT(r.priceRmbPerTco2)), h('p', { class: 'muted' }, r.message)) : null,
      h(
        'div',
        { class: 'table-wrap' },
        table(
          [t('rollout.sector'), t('rollout.factories'), t('rollout.met'), t('rollout.base'), t('rollout.cost'), t('rollout.netEnd', { year: last })],
          totals.sectors.map((s) => [
            sectorName(this.ctx.catalog, s.sector),
            numCell(num(s.factories)),
            numCell(num(s.metTarget)),
            numCell(num(s.baseGrossTco2)),
            numCell(mrmb(s.costRmb)),
            numCell(num(s.netTco2ByYear[last])),
          ]),
        ),
      ),
      downloadBar([csvButton(t('dl.summaryCsv'), `rollout-${run.runId.slice(0, 8)}.csv`, file), jsonButton(`rollout-${run.runId.slice(0, 8)}.json`, run)]),
      this.drillRow(
        'rollout-drill',
        t('drill.rollout'),
        api.rolloutFactories(run.runId).then((list) =>
          list.map((f) => ({ id: f.id, text: `${f.id} · ${provinceName(this.ctx.catalog, f.province)} · ×${f.outputScaleFraction.toFixed(2)}` })),
        ),
        async (factory) => ({ scenarioText: JSON.stringify((await api.rolloutFactoryScenario(run.runId, factory)).scenario) }),
      ),
      chartGallery(run.runId),
    );
  }
}
