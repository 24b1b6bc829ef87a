/** Optimise the scenario: key figures, the plan table, emissions by year, every chart, downloads. */
import { api, modelUrl, type FactoryResult, type OptimiseResult, type RunEnvelope } from '../api.ts';
import { chartGallery } from '../charts.ts';
import type { Ctx, View } from '../context.ts';
import { csv, fill, h, numCell, stat, table } from '../dom.ts';
import { csvButton, downloadBar, jsonButton } from '../downloads.ts';
import { categoryLabel, fixed, money, mrmb, num, pick, rmbPerT, seconds, statusLabel, t, tco2 } from '../i18n.ts';
import { RunOutcome, runButton, viewHead } from '../run-outcome.ts';

const EPS = 1e-6;

/** Plan entries pivoted: one row per measure built, its builds by year, stock at the end, capex. */
export function planRows(f: FactoryResult) {
  const years = [...new Set(f.plan.map((p) => p.year))].sort((a, b) => a - b);
  const byMeasure = new Map<string, FactoryResult['plan'][number][]>();
  for (const p of f.plan) byMeasure.set(p.measureId, [...(byMeasure.get(p.measureId) ?? []), p]);
  const rows = [...byMeasure.values()]
    .filter((entries) => entries.some((e) => e.buildUnits > EPS || e.stockUnits > EPS))
    .map((entries) => {
      const first = entries[0]!;
      const build = (y: number) => entries.find((e) => e.year === y)?.buildUnits ?? 0;
      const last = entries.reduce((a, b) => (b.year > a.year ? b : a));
      return { measure: first, builds: years.map(build), stockEnd: last.stockUnits, capexRmb: entries.reduce((s, e) => s + e.capexRmb, 0) };
    })
    .sort((a, b) => b.capexRmb - a.capexRmb);
  return { years, rows };
}

const sizeDigits = (v: number) => (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 1 : 3);

export class PlanView implements View {
  readonly el = h('section', { class: 'view', 'data-testid': 'view-plan' });
  private readonly outcome = new RunOutcome<OptimiseResult>(() => this.render(), {
    onRun: (run) => this.ctx.remember({ runId: run.runId, label: this.ctx.scenario.label() }),
    onInvalid: (e) => this.ctx.scenario.showProblems(e),
  });
  private factory: string | null = null;

  constructor(private readonly ctx: Ctx) {}

  run(): Promise<void> {
    return this.outcome.start(() => api.optimise(this.ctx.scenario.source()));
  }

  open(runId: string, factory: string | null): void {
    this.factory = factory;
    void this.outcome.open(runId);
  }

  shownRun(): string | null {
    return this.outcome.runId;
  }

  render(): void {
    if (!this.el.isConnected) return;
    const shown = this.outcome.runId;
    if (shown !== null) this.ctx.link({ view: 'plan', run: shown, factory: this.factory });
    fill(
      this.el,
      viewHead(t('plan.title'), runButton('run-optimise', t('plan.run'), this.outcome.running, () => this.run())),
      this.outcome.body((run) => this.result(run), { intro: t('plan.intro'), busyTestid: 'busy' }),
    );
  }

  private result(run: RunEnvelope<OptimiseResult>): HTMLElement {
    const r = run.result;
    const f = r.factories.find((x) => x.id === this.factory) ?? r.factories[0];
    if (f === undefined) return h('p', {}, r.status);
    const { years, rows } = planRows(f);
    const lastYear = years.at(-1) ?? f.targetYear;
    const picker =
      r.factories.length > 1
        ? h(
            'label',
            { class: 'inline' },
            `${t('common.factory')}: `,
            h(
              'select',
              {
                'data-testid': 'factory-select',
                onchange: (e: Event) => {
                  this.factory = (e.target as HTMLSelectElement).value;
                  this.render();
                },
              },
              ...r.factories.map((x) => h('option', { value: x.id, selected: x.id === f.id }, x.id)),
            ),
          )
        : null;
    const planCsv = () =>
      csv(
        ['factory', 'measure_id', 'measure_en', 'measure_zh', 'category', 'size_unit', 'year', 'build_units', 'stock_units', 'capex_rmb'],
        r.factories.flatMap((x) => x.plan.map((p) => [x.id, p.measureId, p.nameEn, p.nameZh, p.category, p.sizeUnit, p.year, p.buildUnits, p.stockUnits, p.capexRmb])),
      );
    const emissionsCsv = () =>
      csv(
        ['factory', 'year', 'scope1_tco2', 'scope2_tco2', 'offsets_tco2', 'net_tco2', 'cap_tco2'],
        r.factories.flatMap((x) => x.emissions.map((e) => [x.id, e.year, e.scope1Tco2, e.scope2Tco2, e.offsetsTco2, e.netTco2, e.capTco2])),
      );
    const base = `${r.scenario}-${run.runId.slice(0, 8)}`;
    return h(
      'div',
      { class: 'result', 'data-testid': 'plan-result', 'data-run': run.runId },
      picker,
      h(
        'div',
        { class: 'stats' },
        stat(t('plan.status'), statusLabel(f.status), { 'data-testid': 'plan-status', 'data-status': f.status }),
        stat(t('plan.objective'), money(f.objectiveRmb), { 'data-testid': 'plan-objective' }),
        stat(t('plan.shadowPrice'), rmbPerT(f.carbonShadowPriceRmbPerTco2)),
        stat(t('plan.baseGross'), tco2(f.baseGrossTco2)),
        stat(t('plan.target', { year: String(f.targetYear) }), tco2(f.netTargetTco2)),
        stat(t('plan.solveTime'), `${seconds(run.seconds)}${run.cached ? ` (${t('common.cached')})` : ''}`),
      ),
      downloadBar(
        [
          jsonButton(`${base}.json`, run, { 'data-testid': 'dl-json' }),
          csvButton(t('dl.planCsv'), `${base}-plan.csv`, planCsv, { 'data-testid': 'dl-plan-csv' }),
          csvButton(t('dl.emissionsCsv'), `${base}-emissions.csv`, emissionsCsv, { 'data-testid': 'dl-emissions-csv' }),
          h('a', { href: modelUrl(run.runId, 'lp', f.id), download: `${f.id}.lp`, 'data-testid': 'dl-lp' }, t('dl.lp')),
          h('a', { href: modelUrl(run.runId, 'mps', f.id), download: `${f.id}.mps`, 'data-testid': 'dl-mps' }, t('dl.mps')),
        ],
        { 'data-testid': 'downloads' },
      ),
      h('h3', {}, t('plan.builds')),
      rows.length === 0
        ? h('p', { class: 'muted' }, t('plan.noBuilds'))
        : h(
            'div',
            { class: 'table-wrap' },
            table(
              [t('plan.measure'), t('plan.category'), t('plan.unit'), ...years.map((y) => t('plan.buildIn', { year: String(y) })), t('plan.stockEnd', { year: String(lastYear) }), t('plan.capex')],
              rows.map((row) => [
                { text: pick(row.measure), title: row.measure.measureId, class: 'name' },
                categoryLabel(row.measure.category),
                row.measure.sizeUnit,
                ...row.builds.map((b) => numCell(b > EPS ? num(b, sizeDigits(b)) : '')),
                numCell(num(row.stockEnd, sizeDigits(row.stockEnd))),
                numCell(mrmb(row.capexRmb)),
              ]),
              { 'data-testid': 'plan-table' },
            ),
          ),
      h('h3', {}, t('plan.emissions')),
      h(
        'div',
        { class: 'table-wrap' },
        table(
          [t('common.year'), t('plan.scope1'), t('plan.scope2'), t('plan.offsets'), t('plan.net'), t('plan.cap')],
          f.emissions.map((e) => [String(e.year), numCell(num(e.scope1Tco2)), numCell(num(e.scope2Tco2)), numCell(num(e.offsetsTco2)), numCell(num(e.netTco2)), numCell(num(e.capTco2))]),
          { 'data-testid': 'emissions-table' },
        ),
      ),
      h('h3', {}, t('plan.charts')),
      chartGallery(run.runId, { factory: f.id }),
      h('p', { class: 'muted small' }, `runId ${run.runId} · ${fixed(run.seconds, 3)} s`),
    );
  }
}
