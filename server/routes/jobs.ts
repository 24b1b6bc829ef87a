/** `/v1/jobs/:id`: state and progress, a server-sent event stream, cancellation. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, ErrorBodySchema, notFound } from '../errors.ts';
import type { Services } from '../operations/context.ts';
import { IdParamsSchema, JobSchema } from '../schemas.ts';
import { jobJson, sendJson } from '../responses.ts';
import { isFinal, type JobRecord } from '../store/jobs.ts';

const HEARTBEAT_MS = 15_000;

/** Open event streams, ended when the server closes. */
export class EventStreams {
  private readonly closers = new Set<() => void>();
  add(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }
  closeAll(): void {
    for (const close of [...this.closers]) close();
  }
}

export function jobRoutes(services: Services, streams: EventStreams): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['jobs'];
    const jobsOf = (req: FastifyRequest) => services.for(req).jobs;
    const find = (req: FastifyRequest, id: string): JobRecord => {
      const job = jobsOf(req).get(id);
      if (job === null) throw notFound('job_not_found', `no job "${id}"`);
      return job;
    };

    app.get(
      '/jobs/:id',
      { schema: { tags, summary: 'A job: state (queued, running, succeeded, failed, cancelled, interrupted), progress, and its run once succeeded', params: IdParamsSchema, response: { 200: JobSchema, 404: ErrorBodySchema } } },
      async (req, reply) => sendJson(reply, JSON.stringify(jobJson(find(req, req.params.id)))),
    );

    app.get(
      '/jobs/:id/events',
      {
        schema: {
          tags,
          summary: 'Server-sent events: `state` (the job), `progress` ({done, total, failed}) as work completes, then `done` with the final state; the stream then ends',
          params: IdParamsSchema,
          response: { 404: ErrorBodySchema },
        },
      },
      (req, reply) => {
        const job = find(req, req.params.id);
        const jobs = jobsOf(req);
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        let open = true;
        const send = (event: string, data: unknown) => {
          if (open) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        };
        let unsubscribe = () => {};
        let untrack = () => {};
        let heartbeat: NodeJS.Timeout | undefined;
        const end = () => {
          if (!open) return;
          open = false;
          unsubscribe();
          untrack();
          if (heartbeat !== undefined) clearInterval(heartbeat);
          raw.end();
        };
        send('state', jobJson(job));
        if (isFinal(job.state)) {
          send('done', jobJson(job));
          end();
          return;
        }
        unsubscribe = jobs.subscribe(job.id, (e) => {
          if (e.type === 'progress') send('progress', e.job.progress);
          else {
            send('state', jobJson(e.job));
            if (isFinal(e.job.state)) {
              send('done', jobJson(e.job));
              end();
            }
          }
        });
        untrack = streams.add(end);
        heartbeat = setInterval(() => open && raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        // The response's 'close': the client went away (or the stream ended).
        raw.on('close', end);
      },
    );

    app.delete(
      '/jobs/:id',
      { schema: { tags, summary: 'Cancel a queued or running job (its AbortSignal stops the engine\'s pool); answers with the job once it has stopped', params: IdParamsSchema, response: { 200: JobSchema, 404: ErrorBodySchema, 409: ErrorBodySchema } } },
      async (req, reply) => {
        const before = find(req, req.params.id);
        if (isFinal(before.state)) throw new ApiError(409, 'job_finished', `the job has already ended (${before.state})`, [], { job: jobJson(before) });
        const job = await jobsOf(req).cancel(req.params.id);
        if (job === null) throw notFound('job_not_found', `no job "${req.params.id}"`);
        return sendJson(reply, JSON.stringify(jobJson(job)));
      },
    );
  };
}
