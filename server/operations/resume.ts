/**
 * Jobs a previous process left queued or running (it was killed, or the machine went down) are run
 * again at start-up, under their own ids, from the request each job stored: the client polling
 * `/v1/jobs/:id` sees it go on, with `requeued` or `resumed` in its history. The engine's runs are
 * deterministic (seeded Monte Carlo, fixed rollouts), so the result equals an uninterrupted run's.
 * A job that has already been resumed `maxJobRestarts` times (it may be what kills the server), or
 * was stored before jobs kept their requests, ends `interrupted`.
 */
import { ApiError } from '../errors.ts';
import type { JobRecord, JobStore, UnfinishedJob } from '../store/jobs.ts';
import type { RolloutBody, SimulateBody } from '../schemas.ts';
import { compareRequest, type CompareRequest } from './compare.ts';
import type { Answer, Ctx, Services } from './context.ts';
import { rolloutRequest, sensitivityRequest, simulateRequest } from './long-runs.ts';
import { planRequest, type OptimiseRequest } from './optimise.ts';
import type { ScenarioFields } from './scenario-input.ts';

/** Make a job's work again from its stored request (the body as the route received it). */
function again(ctx: Ctx, u: UnfinishedJob): Promise<Answer> {
  const body = u.request;
  switch (u.job.kind) {
    case 'optimise':
    case 'finance':
      return planRequest(ctx, u.job.kind, body as OptimiseRequest);
    case 'compare':
      return compareRequest(ctx, body as CompareRequest);
    case 'simulate':
      return simulateRequest(ctx, body as SimulateBody);
    case 'sensitivity':
      return sensitivityRequest(ctx, body as ScenarioFields);
    case 'rollout':
      return rolloutRequest(ctx, body as RolloutBody);
    case 'track':
      // POST /v1/track answers in the request (it never queues a job): nothing to run again.
      return Promise.reject(new ApiError(409, 'not_resumable', 'a track run is never a job'));
  }
}

/** Requeue every unfinished job; resolves once each is queued again or ended. Counts both. */
export async function resumeJobs(services: Services, store: JobStore): Promise<{ resumed: number; ended: number }> {
  let resumed = 0;
  let ended = 0;
  for (const u of store.unfinished()) {
    const { job } = u;
    const wasRunning = job.state === 'running';
    const giveUp = (message: string) => {
      store.finish(job.id, 'interrupted', { code: 'interrupted', message });
      ended++;
    };
    if (u.request === null) {
      giveUp('the server stopped before the job finished, and the job was made before jobs kept their requests; submit it again');
      continue;
    }
    if (wasRunning && u.restarts >= services.config.maxJobRestarts) {
      giveUp(`the server stopped under this job ${u.restarts + 1} times; it is not run again (submit it again, or raise maxJobRestarts)`);
      continue;
    }
    store.requeue(job.id, wasRunning, wasRunning ? 'the server stopped while the job ran; run again from the start' : 'the server stopped while the job waited; queued again');
    const base = services.forTenant(u.tenant);
    let adopted: JobRecord | null = null;
    const ctx: Ctx = {
      ...base,
      jobs: {
        ...base.jobs,
        // The job the operation submits is this job: same id, same history.
        submit: (spec) => (adopted = services.jobManager.adopt(job.id, u.tenant, spec) ?? store.get(job.id)!),
      },
    };
    try {
      const answer = await again(ctx, u);
      if (answer.type === 'run') {
        // Its run was stored in the meantime (an identical job finished): the job is done.
        store.succeedStored(job.id);
      } else if (adopted === null || answer.job.id !== job.id) {
        // An identical job (another unfinished one) already makes the same run.
        store.finish(job.id, 'interrupted', { code: 'interrupted', message: `the same run is made by job ${answer.job.id}` });
        ended++;
        continue;
      }
      resumed++;
    } catch (error) {
      const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
      store.finish(job.id, 'failed', { code: error instanceof ApiError ? error.code : 'job_failed', message: `could not run the job again: ${message}` });
      ended++;
    }
  }
  return { resumed, ended };
}
