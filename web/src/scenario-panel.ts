/**
 * The scenario every view works on: a bundled file, or a file pasted or uploaded by the user
 * (YAML or JSON), validated by the server with the engine's schema. Problems are listed as
 * `path: message` and marked on their lines in the editor.
 */
import { api, ApiError, type ApiIssue, type ScenarioSource, type ValidationSummary } from './api.ts';
import { type Catalog, provinceName, scenarioOption, sectorName } from './catalog.ts';
import { fill, h } from './dom.ts';
import { t, uncertainInputLabel } from './i18n.ts';
import { locate, type Location } from './yaml-locate.ts';

type Validation = { readonly ok: true; readonly summary: ValidationSummary } | { readonly ok: false; readonly message: string; readonly issues: readonly ApiIssue[] };

interface LocatedIssue extends ApiIssue {
  readonly at: Location | null;
}

/** Line height of the editor in px (CSS uses the same). */
const LINE = 18;
const PAD = 8;

export class ScenarioPanel {
  readonly el = h('section', { class: 'panel scenario-panel', 'data-testid': 'scenario-panel' });
  private mode: 'bundled' | 'text' = 'bundled';
  private bundledId: string;
  private text = '';
  private fileName: string | null = null;
  private validation: Validation | null = null;
  /** The text the shown validation was made for (stale marks are dimmed). */
  private validatedText: string | null = null;
  private busy = false;

  // Parts updated without redrawing the editor (it keeps focus and caret).
  private readonly validationSlot = h('div', { class: 'validation', 'data-testid': 'validation', 'aria-live': 'polite' });
  private readonly marks = h('div', { class: 'editor-marks', 'aria-hidden': 'true' });
  private readonly gutter = h('div', { class: 'editor-gutter', 'aria-hidden': 'true' });
  private textarea: HTMLTextAreaElement | null = null;

  constructor(
    private readonly catalog: Catalog,
    /** Called when the scenario changes (views may drop results of another scenario). */
    private readonly onChange: () => void,
  ) {
    this.bundledId = catalog.scenarios.find((s) => s.id === 'automotive-shanghai')?.id ?? catalog.scenarios[0]?.id ?? '';
  }

  /** The scenario as a request field. */
  source(): ScenarioSource {
    return this.mode === 'bundled' ? { scenarioId: this.bundledId } : { scenarioText: this.text };
  }

  /** A short name for run histories. */
  label(): string {
    if (this.mode === 'bundled') return this.bundledId;
    const id = /^\s*id:\s*["']?([\w-]+)/m.exec(this.text)?.[1] ?? /"id"\s*:\s*"([^"]+)"/.exec(this.text)?.[1];
    return id ?? this.fileName ?? 'scenario';
  }

  selectBundled(id: string): void {
    this.mode = 'bundled';
    this.bundledId = id;
    this.validation = null;
    this.render();
    this.onChange();
  }

  setText(text: string, fileName: string | null = null): void {
    this.mode = 'text';
    this.text = text;
    this.fileName = fileName;
    this.validation = null;
    this.render();
    this.onChange();
  }

  /** Show a request's scenario problems (from validation or from a work route's 400). */
  showProblems(error: ApiError): void {
    this.validation = { ok: false, message: error.message, issues: error.issues };
    this.validatedText = this.text;
    this.renderValidation();
    this.showFirstProblem();
  }

  async validate(): Promise<boolean> {
    this.busy = true;
    this.renderValidation();
    try {
      const summary = await api.validate(this.source());
      this.validation = { ok: true, summary };
      this.validatedText = this.text;
      return true;
    } catch (error) {
      this.validation = error instanceof ApiError ? { ok: false, message: error.message, issues: error.issues } : { ok: false, message: String(error), issues: [] };
      this.validatedText = this.text;
      return false;
    } finally {
      this.busy = false;
      this.renderValidation();
      this.showFirstProblem();
    }
  }

  /** Scroll the editor to the first problem's line (without taking the focus). */
  private showFirstProblem(): void {
    const first = this.located().find((i) => i.at !== null)?.at;
    if (first !== undefined && first !== null && this.textarea !== null) this.textarea.scrollTop = Math.max(0, (first.line - 3) * LINE);
    this.renderMarks();
  }

  render(): void {
    const c = this.catalog;
    const chosen = c.scenarios.find((s) => s.id === this.bundledId);
    const select = h(
      'select',
      {
        id: 'bundled-scenario',
        'data-testid': 'scenario-select',
        onchange: (e: Event) => this.selectBundled((e.target as HTMLSelectElement).value),
        onfocus: () => this.setMode('bundled'),
      },
      ...c.scenarios.map((s) => h('option', { value: s.id, selected: s.id === this.bundledId }, scenarioOption(c, s))),
    );
    const textarea = h('textarea', {
      id: 'scenario-text',
      'data-testid': 'scenario-text',
      spellcheck: 'false',
      wrap: 'off',
      placeholder: t('scenario.placeholder'),
      'aria-label': t('scenario.own'),
      value: this.text,
      oninput: () => {
        this.text = textarea.value;
        this.setMode('text');
        this.renderMarks();
        this.renderValidation();
      },
      onscroll: () => this.renderMarks(),
    });
    this.textarea = textarea;
    const upload = h('input', {
      type: 'file',
      accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml',
      'data-testid': 'scenario-upload',
      onchange: async () => {
        const file = upload.files?.[0];
        if (file !== undefined) this.setText(await file.text(), file.name);
      },
    });
    fill(
      this.el,
      h('h2', {}, t('scenario.title')),
      h(
        'label',
        { class: 'radio' },
        h('input', { type: 'radio', name: 'source', value: 'bundled', checked: this.mode === 'bundled', 'data-testid': 'mode-bundled', onchange: () => this.setMode('bundled') }),
        t('scenario.bundled'),
      ),
      select,
      chosen === undefined
        ? null
        : h(
            'div',
            { class: 'scenario-info' },
            h('div', { class: 'scenario-name' }, chosen.name),
            h(
              'div',
              { class: 'muted' },
              chosen.factories.map((f) => `${sectorName(c, f.sector)} · ${provinceName(c, f.province)}`).join('; '),
              ' · ',
              t('scenario.target', { year: String(chosen.targetYear) }),
            ),
            h('details', {}, h('summary', {}, t('scenario.description')), h('p', { class: 'muted small' }, chosen.description)),
          ),
      h(
        'label',
        { class: 'radio' },
        h('input', { type: 'radio', name: 'source', value: 'text', checked: this.mode === 'text', 'data-testid': 'mode-text', onchange: () => this.setMode('text') }),
        t('scenario.own'),
      ),
      h('div', { class: `editor${this.mode === 'text' ? ' active' : ''}`, 'data-testid': 'scenario-editor' }, this.gutter, h('div', { class: 'editor-body' }, this.marks, textarea)),
      h(
        'div',
        { class: 'row' },
        h('label', { class: 'file-button' }, upload, t('scenario.upload')),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: async () => {
              const s = await api.scenario(this.bundledId);
              this.setText(s.text, s.file);
            },
          },
          t('scenario.template'),
        ),
      ),
      h('div', { class: 'row' }, h('button', { type: 'button', 'data-testid': 'validate', onclick: () => void this.validate() }, t('scenario.validate'))),
      this.validationSlot,
    );
    this.renderValidation();
    this.renderMarks();
  }

  private setMode(mode: 'bundled' | 'text'): void {
    if (this.mode === mode) return;
    this.mode = mode;
    this.validation = null;
    for (const r of this.el.querySelectorAll<HTMLInputElement>('input[name="source"]')) r.checked = r.value === mode;
    this.el.querySelector('.editor')?.classList.toggle('active', mode === 'text');
    this.renderValidation();
    this.renderMarks();
    this.onChange();
  }

  private located(): LocatedIssue[] {
    if (this.validation === null || this.validation.ok || this.mode !== 'text') return this.validation !== null && !this.validation.ok ? this.validation.issues.map((i) => ({ ...i, at: null })) : [];
    return this.validation.issues.map((i) => ({ ...i, at: locate(this.text, i.path) }));
  }

  private renderValidation(): void {
    const v = this.validation;
    if (this.busy) return fill(this.validationSlot, h('p', { class: 'muted' }, t('common.running')));
    if (v === null) return fill(this.validationSlot);
    const stale = this.mode === 'text' && this.validatedText !== this.text;
    if (v.ok) {
      const s = v.summary.scenario;
      return fill(
        this.validationSlot,
        h(
          'div',
          { class: `ok-box${stale ? ' stale' : ''}`, 'data-testid': 'validation-ok' },
          h('strong', {}, `✓ ${t('scenario.valid')}: ${s.name}`),
          h(
            'div',
            {},
            t('scenario.summary', { factories: String(s.factories.length), start: String(s.horizon.startYear), end: String(s.horizon.endYear), target: String(s.targetYear), measures: String(s.measures.length) }),
          ),
          h('div', { class: 'muted' }, s.factories.map((f) => `${f.name} (${sectorName(this.catalog, f.sector)} · ${provinceName(this.catalog, f.province)})`).join('; ')),
          h('div', { class: 'muted' }, `${t('scenario.uncertain')}: `, s.uncertainInputs.length > 0 ? s.uncertainInputs.map(uncertainInputLabel).join(', ') : t('scenario.noUncertain')),
        ),
      );
    }
    const issues = this.located();
    fill(
      this.validationSlot,
      h(
        'div',
        { class: `error-box${stale ? ' stale' : ''}`, role: 'alert', 'data-testid': 'validation-errors' },
        h('strong', {}, issues.length > 0 ? t('scenario.problems', { n: String(issues.length) }) : v.message),
        h(
          'ul',
          { class: 'issues' },
          ...issues.map((i) =>
            h(
              'li',
              { 'data-testid': 'issue', 'data-path': i.path },
              h('code', { class: 'issue-path' }, i.path),
              ': ',
              h('span', { class: 'issue-message' }, i.message),
              i.at === null
                ? null
                : h(
                    'button',
                    { type: 'button', class: 'link line-link', title: i.path, onclick: () => this.reveal(i.at!) },
                    `(${t('scenario.line', { n: String(i.at.line) })})`,
                  ),
            ),
          ),
        ),
      ),
    );
  }

  /** Line numbers, and the lines with problems marked in the gutter and behind the text. */
  private renderMarks(): void {
    const ta = this.textarea;
    const lineCount = Math.max(1, this.text.split('\n').length);
    const bad = new Map<number, string[]>();
    const stale = this.validatedText !== this.text;
    if (!stale) {
      for (const i of this.located()) {
        if (i.at === null) continue;
        for (let l = i.at.line; l <= i.at.endLine; l++) bad.set(l, [...(bad.get(l) ?? []), `${i.path}: ${i.message}`]);
      }
    }
    const scroll = ta?.scrollTop ?? 0;
    fill(
      this.gutter,
      h(
        'div',
        { style: `transform: translateY(${-scroll}px)` },
        ...Array.from({ length: lineCount }, (_, k) => {
          const n = k + 1;
          const msgs = bad.get(n);
          return h('div', { class: msgs === undefined ? 'ln' : 'ln bad', title: msgs?.join('\n') ?? null, 'data-line': n }, String(n));
        }),
      ),
    );
    fill(
      this.marks,
      ...[...bad.entries()].map(([line, msgs]) =>
        h('div', { class: 'mark', 'data-testid': 'line-mark', 'data-line': line, title: msgs.join('\n'), style: `top: ${PAD + (line - 1) * LINE - scroll}px` }),
      ),
    );
  }

  /** Select a problem's field in the editor and scroll it into view. */
  private reveal(at: Location): void {
    const ta = this.textarea;
    if (ta === null) return;
    ta.focus();
    ta.setSelectionRange(at.start, Math.max(at.start, at.end));
    ta.scrollTop = Math.max(0, (at.line - 3) * LINE);
    this.renderMarks();
  }
}
