/** Two to ten plans side by side (`POST /v1/compare`): bundled scenarios, the scenario on the left, or earlier runs. */
import { api, type CompareResult, type RunEnvelope, type ScenarioSource } from '../api.ts';
import { scenarioPlace } from '../catalog.ts';
import { chartGallery } from '../charts.ts';
import type { Ctx, View } from '../context.ts';
import { csv, fill, h, numCell, table } from '../dom.ts';
import { csvButton, downloadBar, jsonButton } from '../downloads.ts';
import { mrmb, num, statusLabel, t } from '../i18n.ts';
import { RunOutcome, runButton, viewHead } from '../run-outcome.ts';

type Member = ScenarioSource | { readonly runId: string };

interface Choice {
  readonly key: string;
  readonly text: string;
  readonly member: () => Member & { readonly label: string };
}

const MIN = 2;
const MAX = 10;

export class CompareView implements View {
  readonly el = h('section', { class: 'view', 'data-testid': 'view-compare' });
  private readonly selected = new Set<string>();
  private readonly outcome = new RunOutcome<CompareResult>(() => this.render());

  constructor(private readonly ctx: Ctx) {}

  private choices(): { bundled: Choice[]; history: Choice[] } {
    const c = this.ctx.catalog;
    const current: Choice = {
      key: 'current',
      text: `${t('scenario.title')}: ${this.ctx.scenario.label()}`,
      member: () => ({ ...this.ctx.scenario.source(), label: this.ctx.scenario.label() }),
    };
    return {
      bundled: c.scenarios.map((s) => ({ key: `bundled:${s.id}`, text: `${scenarioPlace(c, s)} (${s.id})`, member: () => ({ scenarioId: s.id, label: s.id }) })),
      history: [current, ...this.ctx.history.map((r) => ({ key: `run:${r.runId}`, text: `${r.label} · ${r.runId.slice(0, 8)}`, member: () => ({ runId: r.runId, label: r.label }) }))],
    };
  }

  /** Tick choices by key (the tests and the screenshots use it too). */
  select(keys: readonly string[]): void {
    this.selected.clear();
    for (const k of keys) this.selected.add(k);
    this.render();
  }

  run(): Promise<void> {
    const all = [...this.choices().bundled, ...this.choices().history];
    const members = all.filter((c) => this.selected.has(c.key)).map((c) => c.member());
    // Labels must differ to tell the runs apart.
    const seen = new Map<string, number>();
    const runs = members.map((m) => {
      const n = (seen.get(m.label) ?? 0) + 1;
      seen.set(m.label, n);
      return n === 1 ? m : { ...m, label: `${m.label} (${n})` };
    });
    return this.outcome.start(() => api.compare(runs));
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
    if (shown !== null) this.ctx.link({ view: 'compare', run: shown, factory: null });
    const { bundled, history } = this.choices();
    const n = this.selected.size;
    const box = (c: Choice) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          value: c.key,
          'data-testid': `compare-${c.key}`,
          checked: this.selected.has(c.key),
          disabled: !this.selected.has(c.key) && n >= MAX,
          onchange: (e: Event) => {
            if ((e.target as HTMLInputElement).checked) this.selected.add(c.key);
            else this.selected.delete(c.key);
            this.render();
          },
        }),
        c.text,
      );
    fill(
      this.el,
      viewHead(
        t('compare.title'),
        h('span', { class: 'muted', 'data-testid': 'compare-count' }, t('compare.selected', { n: String(n) })),
        runButton('run-compare', t('compare.run'), n < MIN || n > MAX || this.outcome.running, () => this.run()),
      ),
      h('p', { class: 'muted intro' }, t('compare.intro')),
      h(
        'div',
        { class: 'choices' },
        h('fieldset', {}, h('legend', {}, t('compare.bundled')), ...bundled.map(box)),
        h('fieldset', {}, h('legend', {}, t('compare.history')), ...history.map(box)),
      ),
      this.outcome.body((run) => this.result(run)),
    );
  }

  private result(run: RunEnvelope<CompareResult>): HTMLElement {
    const rows = run.result.runs;
    const file = () =>
      csv(
        ['label', 'run_id', 'status', 'cost_rmb', 'net_tco2', 'capex_rmb', 'shadow_price_rmb_per_tco2', 'offsets_tco2'],
        rows.map((r) => [r.label, r.runId, r.status, r.costRmb, r.netTco2, r.capexRmb, r.shadowPriceRmbPerTco2, r.offsetsTco2]),
      );
    return h(
      'div',
      { class: 'result', 'data-testid': 'compare-result', 'data-run': run.runId },
      h(
        'div',
        { class: 'table-wrap' },
        table(
          [t('compare.label'), t('common.status'), t('compare.cost'), t('compare.net'), t('compare.capex'), t('compare.shadow'), t('compare.offsets')],
          rows.map((r) => [r.label, statusLabel(r.status), numCell(mrmb(r.costRmb)), numCell(num(r.netTco2)), numCell(mrmb(r.capexRmb)), numCell(num(r.shadowPriceRmbPerTco2)), numCell(num(r.offsetsTco2))]),
          { 'data-testid': 'compare-table' },
        ),
      ),
      downloadBar([csvButton(t('dl.compareCsv'), `compare-${run.runId.slice(0, 8)}.csv`, file), jsonButton(`compare-${run.runId.slice(0, 8)}.json`, run)]),
      chartGallery(run.runId),
    );
  }
}
