/**
 * The life cycle every work view shares: idle, the request out (running), a 202 job with live
 * progress and Cancel, the finished run, or an error; and how each of those states is drawn.
 */
import { api, type Answer, type ApiError, type Job, type RunEnvelope } from './api.ts';
import { apiErrorBox, asApiError } from './context.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { cancelJob, jobPanel, watchJob } from './job-panel.ts';

/** The outcome of a work request as a view holds it. */
export type Outcome<R> =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'job'; readonly job: Job }
  | { readonly state: 'done'; readonly run: RunEnvelope<R> }
  | { readonly state: 'error'; readonly error: ApiError };

/** An answer as an outcome. */
export const outcomeOf = <R>(answer: Answer<R>): Outcome<R> => (answer.type === 'run' ? { state: 'done', run: answer.run } : { state: 'job', job: answer.job });

export interface RunHooks<R> {
  /** A run arrived: at once (200), or fetched when its job succeeded. */
  readonly onRun?: (run: RunEnvelope<R>) => void;
  /** The submission was rejected as invalid (400): the error names the scenario's problems. */
  readonly onInvalid?: (error: ApiError) => void;
}

/** What the idle and running states show. */
export interface OutcomeTexts {
  /** A paragraph before the first run; nothing when absent. */
  readonly intro?: string;
  readonly busyTestid?: string;
}

/** One work request at a time: submits it, follows a 202 job to its run; `onChange` after every change. */
export class RunOutcome<R> {
  private outcome: Outcome<R> = { state: 'idle' };
  private cancelError: string | null = null;

  constructor(
    private readonly onChange: () => void,
    private readonly hooks: RunHooks<R> = {},
  ) {}

  /** The request is out (no answer yet). */
  get running(): boolean {
    return this.outcome.state === 'running';
  }

  /** The request is out, or its job has not ended. */
  get busy(): boolean {
    const o = this.outcome;
    return o.state === 'running' || (o.state === 'job' && (o.job.state === 'queued' || o.job.state === 'running'));
  }

  /** The run shown, if any. */
  get runId(): string | null {
    return this.outcome.state === 'done' ? this.outcome.run.runId : null;
  }

  /** Show a stored run. */
  open(runId: string): Promise<void> {
    return this.start(async () => ({ type: 'run', run: await api.run<R>(runId) }));
  }

  async start(submit: () => Promise<Answer<R>>): Promise<void> {
    this.outcome = { state: 'running' };
    this.cancelError = null;
    this.onChange();
    try {
      const o = outcomeOf(await submit());
      this.outcome = o;
      if (o.state === 'job') this.follow(o.job);
      if (o.state === 'done') this.hooks.onRun?.(o.run);
    } catch (error) {
      const e = asApiError(error);
      this.outcome = { state: 'error', error: e };
      if (e.status === 400) this.hooks.onInvalid?.(e);
    }
    this.onChange();
  }

  /** The job shown now is `job` (not one of an earlier submission). */
  private showing(job: Job): boolean {
    return this.outcome.state === 'job' && this.outcome.job.id === job.id;
  }

  private follow(job: Job): void {
    watchJob(
      job,
      (j) => {
        if (!this.showing(j)) return;
        this.outcome = { state: 'job', job: j };
        this.onChange();
      },
      async (j) => {
        if (j.state !== 'succeeded' || !this.showing(j)) return;
        try {
          const run = await api.run<R>(j.runId);
          this.outcome = { state: 'done', run };
          this.hooks.onRun?.(run);
        } catch (error) {
          this.outcome = { state: 'error', error: asApiError(error) };
        }
        this.onChange();
      },
    );
  }

  cancel(): void {
    if (this.outcome.state !== 'job') return;
    void cancelJob(this.outcome.job.id).then(
      (j) => {
        if (j !== null && this.showing(j)) this.outcome = { state: 'job', job: j };
        this.onChange();
      },
      (e: unknown) => {
        this.cancelError = asApiError(e).message;
        this.onChange();
      },
    );
  }

  /** The current state drawn: the intro (or nothing), the busy line, the error, the job panel, or `done(run)`. */
  body(done: (run: RunEnvelope<R>) => Node, texts: OutcomeTexts = {}): Node | null {
    const o = this.outcome;
    switch (o.state) {
      case 'idle':
        return texts.intro === undefined ? null : h('p', { class: 'muted intro' }, texts.intro);
      case 'running':
        return h('p', { class: 'muted busy', 'data-testid': texts.busyTestid }, t('common.running'));
      case 'error':
        return apiErrorBox(o.error);
      case 'job':
        return jobPanel(o.job, () => this.cancel(), this.cancelError);
      case 'done':
        return done(o.run);
    }
  }
}

/** A view's head: its title, then `rest` (e.g. a count and the run button). */
export const viewHead = (title: string, ...rest: Node[]): HTMLElement => h('div', { class: 'view-head' }, h('h2', {}, title), ...rest);

/** The primary button that starts a view's work. */
export const runButton = (testid: string, label: string, disabled: boolean, run: () => Promise<void>): HTMLButtonElement =>
  h('button', { type: 'button', class: 'primary', 'data-testid': testid, disabled, onclick: () => void run() }, label);
