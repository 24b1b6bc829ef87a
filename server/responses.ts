/**
 * How runs and jobs go out. A run's result is stored as JSON text and spliced into the envelope
 * unparsed, so reading a cached run costs a lookup and a string concatenation.
 */
import type { FastifyReply } from 'fastify';
import type { Answer } from './operations/context.ts';
import type { JobRecord } from './store/jobs.ts';
import type { StoredRun } from './store/runs.ts';

export const CACHE_HEADER = 'x-lingtan-cache';
export const RUN_HEADER = 'x-lingtan-run';
const JSON_TYPE = 'application/json; charset=utf-8';

export const runLinks = (id: string) => ({ self: `/v1/runs/${id}`, charts: `/v1/runs/${id}/charts` });

/** `{ runId, kind, status, cached, …, result }` (and the request, for GET /runs/:id). */
export function runEnvelope(run: StoredRun, o: { cached: boolean; includeRequest: boolean }): string {
  const head = {
    runId: run.id,
    kind: run.kind,
    status: run.status,
    cached: o.cached,
    createdAt: run.createdAt,
    solverLimitReached: run.meta.solverLimitReached,
    seconds: run.meta.seconds,
    ...(run.meta.error ? { error: { ...run.meta.error, issues: [] } } : {}),
    ...(run.meta.failedShards ? { failedShards: run.meta.failedShards } : {}),
    links: runLinks(run.id),
  };
  const h = JSON.stringify(head);
  return `${h.slice(0, -1)}${o.includeRequest ? `,"request":${run.requestJson}` : ''},"result":${run.resultJson}}`;
}

export function jobJson(job: JobRecord) {
  return {
    ...job,
    links: { self: `/v1/jobs/${job.id}`, events: `/v1/jobs/${job.id}/events`, run: job.state === 'succeeded' ? `/v1/runs/${job.runId}` : null },
  };
}

/**
 * Send an operation's answer: 200 with the run (422 when the run is a failure to plan, e.g.
 * infeasible, with the diagnosis), or 202 with the job and its Location.
 */
export function sendAnswer(reply: FastifyReply, answer: Answer): FastifyReply {
  if (answer.type === 'job') {
    return reply
      .code(202)
      .header('location', `/v1/jobs/${answer.job.id}`)
      .header(RUN_HEADER, answer.job.runId)
      .type(JSON_TYPE)
      .send(JSON.stringify({ job: jobJson(answer.job) }));
  }
  const { run, cached } = answer;
  return reply
    .code(run.meta.error !== undefined ? 422 : 200)
    .header(CACHE_HEADER, cached ? 'hit' : 'miss')
    .header(RUN_HEADER, run.id)
    .type(JSON_TYPE)
    .send(runEnvelope(run, { cached, includeRequest: false }));
}

export function sendJson(reply: FastifyReply, text: string, status = 200): FastifyReply {
  return reply.code(status).type(JSON_TYPE).send(text);
}
