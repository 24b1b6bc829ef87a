/**
 * Zero-carbon factory certification (`POST /v1/check`): a scenario (the one on the left or a bundled
 * one) and rule packs in; per factory and pack the first year the baseline and the plan qualify, the
 * plan's verdict year by year with what blocks it, each criterion's value against its threshold, and
 * the disclosure report of the checked run (PDF or HTML, in the page's language).
 */
import { api, reportUrl, type ApiError, type CheckAnswer, type CheckResult, type Job, type Pack, type PackVerdict, type ScenarioSource } from '../api.ts';
import { scenarioOption } from '../catalog.ts';
import { apiErrorBox, asApiError, type Ctx, type View } from '../context.ts';
import { csv, errorBox, fill, h, saveFile, stat, table, type Cell } from '../dom.ts';
import { csvButton, downloadBar } from '../downloads.ts';
import { lang, statusLabel, t, type Key } from '../i18n.ts';
import { watchJob } from '../job-panel.ts';
import { runButton, viewHead } from '../run-outcome.ts';
import { blockersText, criterionLabel, packTitle, valueAgainstThreshold, verdictLabel, yearOrNever } from '../verdicts.ts';

const LEFT = 'left';

type State =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly answer: CheckAnswer; readonly samePlan: boolean }
  | { readonly state: 'error'; readonly error: ApiError };

/** Resolves when a job has ended. */
const jobEnd = (job: Job): Promise<Job> => new Promise((resolve) => watchJob(job, () => undefined, resolve));

export class CertifyView implements View {
  readonly el = h('section', { class: 'view certify', 'data-testid': 'view-certify' });
  private packs: readonly Pack[] | null = null;
  private packsError: string | null = null;
  private readonly selected = new Set<string>();
  /** `left` (the scenario panel's) or a bundled scenario id. */
  private choice = LEFT;
  private outcome: State = { state: 'idle' };

  constructor(private readonly ctx: Ctx) {}

  private loadPacks(): void {
    if (this.packs !== null || this.packsError !== null) return;
    api.packs().then(
      (packs) => {
        this.packs = packs;
        for (const p of packs) this.selected.add(p.id);
        this.render();
      },
      (e: unknown) => {
        this.packsError = asApiError(e).message;
        this.render();
      },
    );
  }

  /** Choose the scenario (`left` or a bundled id) and the packs (the tests use it too). */
  select(choice: string, packs?: readonly string[]): void {
    this.choice = choice;
    if (packs !== undefined) {
      this.selected.clear();
      for (const p of packs) this.selected.add(p);
    }
    this.render();
  }

  private source(): { source: ScenarioSource; label: string } {
    return this.choice === LEFT ? { source: this.ctx.scenario.source(), label: this.ctx.scenario.label() } : { source: { scenarioId: this.choice }, label: this.choice };
  }

  async run(): Promise<void> {
    const { source, label } = this.source();
    const packs = (this.packs ?? []).map((p) => p.id).filter((id) => this.selected.has(id));
    this.outcome = { state: 'running' };
    this.render();
    try {
      let answer = await api.check({ ...source, packs });
      // Above the server's sync size the plan is made in a job: ask again once it is stored.
      if (answer.type === 'job') {
        const job = await jobEnd(answer.job);
        if (job.state !== 'succeeded') throw new Error(t('certify.jobFailed', { state: job.state }));
        answer = await api.check({ ...source, packs });
        if (answer.type === 'job') throw new Error(t('certify.jobFailed', { state: answer.job.state }));
      }
      const check = answer.check;
      const samePlan = this.ctx.history.some((e) => e.runId === check.runId);
      this.ctx.remember({ runId: check.runId, label });
      this.outcome = { state: 'done', answer: check, samePlan };
    } catch (error) {
      const e = asApiError(error);
      this.outcome = { state: 'error', error: e };
      if (e.status === 400 && this.choice === LEFT) this.ctx.scenario.showProblems(e);
    }
    this.render();
  }

  render(): void {
    if (!this.el.isConnected) return;
    this.loadPacks();
    const running = this.outcome.state === 'running';
    fill(
      this.el,
      viewHead(
        t('certify.title'),
        h('span', { class: 'muted', 'data-testid': 'certify-count' }, t('certify.selected', { n: String(this.selected.size), total: String(this.packs?.length ?? 0) })),
        runButton('run-check', t('certify.run'), running || this.packs === null || this.selected.size === 0, () => this.run()),
      ),
      h('p', { class: 'muted intro' }, t('certify.intro')),
      this.choices(),
      this.body(),
    );
  }

  private choices(): HTMLElement {
    const c = this.ctx.catalog;
    const scenario = h(
      'select',
      { 'data-testid': 'certify-scenario', onchange: (e: Event) => this.select((e.target as HTMLSelectElement).value) },
      h('option', { value: LEFT, selected: this.choice === LEFT }, t('certify.left', { label: this.ctx.scenario.label() })),
      ...c.scenarios.map((s) => h('option', { value: s.id, selected: s.id === this.choice }, scenarioOption(c, s))),
    );
    const box = (p: Pack) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          value: p.id,
          'data-testid': `pack-${p.id}`,
          checked: this.selected.has(p.id),
          onchange: (e: Event) => {
            if ((e.target as HTMLInputElement).checked) this.selected.add(p.id);
            else this.selected.delete(p.id);
            this.render();
          },
        }),
        h('span', {}, packTitle(p), h('span', { class: 'muted' }, ` · ${p.document}`)),
      );
    const all = (on: boolean) => () => this.select(this.choice, on ? (this.packs ?? []).map((p) => p.id) : []);
    return h(
      'div',
      { class: 'choices' },
      h('fieldset', {}, h('legend', {}, t('certify.scenario')), scenario),
      h(
        'fieldset',
        { 'data-testid': 'certify-packs' },
        h('legend', {}, t('certify.packs')),
        this.packsError !== null
          ? errorBox(t('certify.packsFailed', { message: this.packsError }))
          : this.packs === null
            ? h('p', { class: 'muted' }, t('common.loading'))
            : h(
                'div',
                {},
                h('div', { class: 'row' }, h('button', { type: 'button', class: 'link', onclick: all(true) }, t('certify.all')), h('button', { type: 'button', class: 'link', onclick: all(false) }, t('certify.none'))),
                ...this.packs.map(box),
              ),
      ),
    );
  }

  private body(): Node | null {
    const o = this.outcome;
    switch (o.state) {
      case 'idle':
        return null;
      case 'running':
        return h('p', { class: 'muted busy', 'data-testid': 'certify-busy' }, t('common.running'));
      case 'error':
        return apiErrorBox(o.error);
      case 'done':
        return this.result(o.answer, o.samePlan);
    }
  }

  private result(answer: CheckAnswer, samePlan: boolean): HTMLElement {
    const r = answer.result;
    const packs = new Map((this.packs ?? []).map((p) => [p.id, p]));
    const base = `${r.scenario}-check-${answer.runId.slice(0, 8)}`;
    return h(
      'div',
      { class: 'result', 'data-testid': 'certify-result', 'data-run': answer.runId },
      h(
        'div',
        { class: 'stats' },
        stat(t('certify.years'), `${r.years[0]}–${r.years.at(-1)}`),
        stat(t('certify.scope2'), t(`certify.scope2.${r.scope2Method}`)),
        stat(t('certify.runId'), `${answer.runId.slice(0, 8)}${samePlan ? ` (${t('certify.samePlan')})` : ''}${answer.cached ? ` · ${t('common.cached')}` : ''}`),
      ),
      downloadBar(
        [
          h('a', { href: reportUrl(answer, 'pdf', lang()), target: '_blank', rel: 'noopener', 'data-testid': 'dl-report-pdf' }, t('dl.reportPdf')),
          h('a', { href: reportUrl(answer, 'html', lang()), target: '_blank', rel: 'noopener', 'data-testid': 'dl-report-html' }, t('dl.reportHtml')),
          csvButton(t('dl.checkCsv'), `${base}.csv`, () => checkCsv(r), { 'data-testid': 'dl-check-csv' }),
          h('button', { type: 'button', class: 'link', onclick: () => saveFile(`${base}.json`, JSON.stringify(answer, null, 2), 'application/json') }, t('dl.checkJson')),
        ],
        { 'data-testid': 'certify-downloads' },
      ),
      ...r.factories.map((f) => this.factory(r, f, packs)),
      h('p', { class: 'muted small' }, t('certify.note')),
    );
  }

  private factory(r: CheckResult, f: CheckResult['factories'][number], packs: ReadonlyMap<string, Pack>): HTMLElement {
    const name = (id: string) => {
      const pack = packs.get(id);
      return pack === undefined ? id : packTitle(pack);
    };
    const rows: Cell[][] = f.results.map((res) => [
      { text: name(res.packId), title: `${res.packId} · ${packs.get(res.packId)?.document ?? ''}`, class: 'pack' },
      { text: yearOrNever(res.baseline.firstYear), class: 'first-year' },
      { text: res.plan === null ? t('certify.noPlan') : yearOrNever(res.plan.firstYear), class: 'first-year' },
      res.plan === null ? t('certify.noPlan') : yearOrNever(res.plan.fullyQualifiedYear),
      ...r.years.map((y): Cell => {
        const v = res.plan?.years.find((x) => x.year === y);
        return v === undefined ? t('certify.noPlan') : { text: verdictLabel(v.status), class: `verdict v-${v.status}` };
      }),
    ]);
    const summary = table([t('certify.pack'), t('certify.baselineFrom'), t('certify.planFrom'), t('certify.fullyFrom'), ...r.years.map(String)], rows, { 'data-testid': 'certify-table' });
    // Rows named by pack (the tests read them).
    summary.querySelectorAll('tbody tr').forEach((tr, i) => tr.setAttribute('data-pack', f.results[i]!.packId));
    const blocks = h(
      'ul',
      { class: 'blocks', 'data-testid': 'certify-blocks' },
      ...f.results.map((res) => {
        const pack = packs.get(res.packId);
        const text = pack === undefined ? '' : blockersText(pack, res.plan ?? res.baseline);
        return h('li', { 'data-pack': res.packId }, h('strong', {}, name(res.packId)), `${res.plan === null ? ` (${t('certify.baseline')})` : ''}: `, h('span', { class: 'block-text' }, text));
      }),
    );
    return h(
      'div',
      { class: 'factory-block', 'data-testid': 'certify-factory', 'data-factory': f.id },
      h('h3', {}, `${f.name} · ${t('certify.planStatus')}: ${statusLabel(f.plan.status)}`),
      h('div', { class: 'table-wrap' }, summary),
      h('h4', {}, t('certify.blocks')),
      blocks,
      ...f.results.map((res) => {
        const pack = packs.get(res.packId);
        return pack === undefined ? null : this.criteria(r, pack, res.plan ?? res.baseline, res.plan === null);
      }),
    );
  }

  /** A pack's criteria, year by year: the value against the threshold, coloured by result. */
  private criteria(r: CheckResult, pack: Pack, v: PackVerdict, baseline: boolean): HTMLElement {
    const rows = v.criteria.map((c): Cell[] => [
      { text: `${c.id} ${c.title[lang()]}`, class: 'pack' },
      { text: t(`certify.kind.${c.kind}` as Key), class: 'kind' },
      ...r.years.map((y): Cell => {
        const cy = c.years.find((x) => x.year === y);
        if (cy === undefined) return '';
        return { text: `${criterionLabel(cy.status)}: ${valueAgainstThreshold(pack, c, cy)}`, class: `crit c-${cy.status}`, title: cy.message };
      }),
    ]);
    return h(
      'details',
      { class: 'criteria', 'data-testid': `criteria-${pack.id}` },
      h('summary', {}, t('certify.criteria', { pack: `${packTitle(pack)} (${pack.document})` }), h('span', { class: 'muted' }, ` · ${t('certify.criteriaOf', { which: t(baseline ? 'certify.baseline' : 'certify.plan') })}`)),
      h('div', { class: 'table-wrap' }, table([t('certify.criterion'), t('certify.kind'), ...r.years.map(String)], rows)),
    );
  }
}

/** Every criterion of every pack, year by year, for baseline and plan: one tidy row each. */
function checkCsv(r: CheckResult): string {
  const rows = r.factories.flatMap((f) =>
    f.results.flatMap((res) =>
      (['baseline', 'plan'] as const).flatMap((which) => {
        const v = res[which];
        if (v === null) return [];
        return v.criteria.flatMap((c) =>
          c.years.map((y) => {
            const verdict = v.years.find((x) => x.year === y.year)?.status ?? null;
            const value = Array.isArray(y.value) ? y.value.join(' ') : y.value;
            const threshold = Array.isArray(y.threshold) ? y.threshold.join(' ') : y.threshold;
            return [f.id, res.packId, which, y.year, verdict, c.id, c.kind, c.metric, y.status, value === null ? null : String(value), threshold === null ? null : String(threshold), y.missing.join('; '), y.message];
          }),
        );
      }),
    ),
  );
  return csv(['factory', 'pack', 'case', 'year', 'pack_verdict', 'criterion', 'kind', 'metric', 'status', 'value', 'threshold', 'missing', 'message'], rows);
}
