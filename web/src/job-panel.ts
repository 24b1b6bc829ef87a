/**
 * A running job: a live progress bar fed by the server-sent events of `GET /v1/jobs/:id/events`
 * (`state`, `progress`, then `done`), and a Cancel button (`DELETE /v1/jobs/:id`).
 */
import { api, ApiError, FINAL_STATES, type Job, type Progress } from './api.ts';
import { errorBox, h } from './dom.ts';
import { jobStateLabel, t } from './i18n.ts';

export interface JobWatch {
  /** The job as last seen. */
  job: Job;
  readonly close: () => void;
}

/** Follow a job's events; `onUpdate` on every change, `onDone` once with the final job. */
export function watchJob(job: Job, onUpdate: (job: Job) => void, onDone: (job: Job) => void): JobWatch {
  const watch: JobWatch = { job, close: () => source.close() };
  let finished = false;
  const source = new EventSource(`/v1/jobs/${job.id}/events`);
  const finish = (j: Job) => {
    if (finished) return;
    finished = true;
    source.close();
    watch.job = j;
    onUpdate(j);
    onDone(j);
  };
  source.addEventListener('state', (e) => {
    const j = JSON.parse((e as MessageEvent<string>).data) as Job;
    watch.job = j;
    if (FINAL_STATES.includes(j.state)) finish(j);
    else onUpdate(j);
  });
  source.addEventListener('progress', (e) => {
    const progress = JSON.parse((e as MessageEvent<string>).data) as Progress;
    watch.job = { ...watch.job, progress, state: watch.job.state === 'queued' ? 'running' : watch.job.state };
    onUpdate(watch.job);
  });
  source.addEventListener('done', (e) => finish(JSON.parse((e as MessageEvent<string>).data) as Job));
  // The stream ends after `done`; on a dropped connection ask once for the job's state.
  source.addEventListener('error', () => {
    if (finished) return;
    void api.job(job.id).then((j) => (FINAL_STATES.includes(j.state) ? finish(j) : undefined), () => undefined);
  });
  return watch;
}

/** The panel of one job: state, progress bar, cancel. Re-rendered in place from the job. */
export function jobPanel(job: Job, onCancel: () => void, cancelError: string | null): HTMLElement {
  const { done, total, failed } = job.progress;
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const final = FINAL_STATES.includes(job.state);
  return h(
    'div',
    { class: `job-panel state-${job.state}`, 'data-testid': 'job', 'data-job': job.id, 'data-state': job.state },
    h(
      'div',
      { class: 'job-head' },
      h('span', { class: 'job-kind' }, `${t('jobs.job')} ${job.id.slice(0, 8)}`),
      h('span', { class: `job-state`, 'data-testid': 'job-state' }, jobStateLabel(job.state)),
      final ? null : h('button', { type: 'button', class: 'danger', 'data-testid': 'job-cancel', onclick: onCancel }, t('jobs.cancel')),
    ),
    h(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': total,
        'aria-valuenow': done,
        'data-testid': 'job-progress',
      },
      h('div', { class: 'bar-fill', style: `width: ${(fraction * 100).toFixed(1)}%` }),
    ),
    h(
      'div',
      { class: 'job-counts muted' },
      t('jobs.progress', { done: String(done), total: String(total) }),
      failed > 0 ? ` · ${t('jobs.failedItems', { n: String(failed) })}` : null,
    ),
    job.error !== null && job.state === 'failed' ? errorBox(job.error.message) : null,
    cancelError === null ? null : errorBox(cancelError),
  );
}

/** Cancel a job; a job that ended meanwhile (409) is not an error. */
export async function cancelJob(id: string): Promise<Job | null> {
  try {
    return await api.cancel(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) return null;
    throw error;
  }
}
