/**
 * The work routes (`POST /v1/optimise`, `/finance`, `/compare`, `/simulate`, `/sensitivity`,
 * `/rollout`) and the stored runs with their charts (`GET /v1/runs/:id`, `/charts`, `/charts/:kind`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listCharts, renderChart } from '../charts.ts';
import { ErrorBodySchema, notFound } from '../errors.ts';
import type { Services } from '../operations/context.ts';
import { compareRequest } from '../operations/compare.ts';
import { rolloutRequest, sensitivityRequest, simulateRequest } from '../operations/long-runs.ts';
import { planRequest } from '../operations/optimise.ts';
import {
  ChartListSchema,
  ChartParamsSchema,
  ChartQuerySchema,
  CompareBodySchema,
  FinanceBodySchema,
  IdParamsSchema,
  JobAcceptedSchema,
  OptimiseBodySchema,
  RolloutBodySchema,
  RunEnvelopeSchema,
  SensitivityBodySchema,
  SimulateBodySchema,
} from '../schemas.ts';
import { CACHE_HEADER, runEnvelope, sendAnswer, sendJson } from '../responses.ts';

const errors = { 400: ErrorBodySchema, 413: ErrorBodySchema, 503: ErrorBodySchema };
const planResponses = { 200: RunEnvelopeSchema, 202: JobAcceptedSchema, 422: ErrorBodySchema, ...errors };
const jobResponses = { 200: RunEnvelopeSchema, 202: JobAcceptedSchema, ...errors };

export function runRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const work = ['work'];
    app.post(
      '/optimise',
      {
        schema: {
          tags: work,
          summary: 'Cost-optimal pathway of every factory (200; 202 with a job above the sync size; 422 infeasible with the diagnosis)',
          description:
            'The result has the shape of `lingtan optimise --json`. Identical requests are answered from the store (header `x-lingtan-cache: hit`). ' +
            'A plan stopped by the solver time limit comes back with `status: "feasible"` and `solverLimitReached: true`.',
          body: OptimiseBodySchema,
          response: planResponses,
        },
      },
      async (req, reply) => sendAnswer(reply, await planRequest(services.for(req), 'optimise', req.body)),
    );

    app.post(
      '/finance',
      {
        schema: {
          tags: work,
          summary: 'Optimise, then the bank view: cash flows, NPV/IRR/payback, loan pricing and the DSCR-sized green loan (shape of `lingtan finance --json`)',
          body: FinanceBodySchema,
          response: planResponses,
        },
      },
      async (req, reply) => sendAnswer(reply, await planRequest(services.for(req), 'finance', req.body)),
    );

    app.post(
      '/compare',
      {
        schema: {
          tags: work,
          summary: '2–10 scenarios (or stored optimise runs) side by side: discounted cost, target-year net emissions, capex, carbon shadow price, offsets',
          body: CompareBodySchema,
          response: jobResponses,
        },
      },
      async (req, reply) => sendAnswer(reply, await compareRequest(services.for(req), req.body)),
    );

    app.post(
      '/simulate',
      {
        schema: {
          tags: work,
          summary: 'Monte Carlo over the scenario\'s uncertain inputs (job: 202; 200 when the same run is already stored)',
          body: SimulateBodySchema,
          response: jobResponses,
        },
      },
      async (req, reply) => sendAnswer(reply, await simulateRequest(services.for(req), req.body)),
    );

    app.post(
      '/sensitivity',
      { schema: { tags: work, summary: 'One-at-a-time sensitivity of cost and shadow price, tornado data (job)', body: SensitivityBodySchema, response: jobResponses } },
      async (req, reply) => sendAnswer(reply, await sensitivityRequest(services.for(req), req.body)),
    );

    app.post(
      '/rollout',
      {
        schema: {
          tags: work,
          summary: 'Sector rollout over a population (rows, CSV, or synthesised from `sector` and `count`); with `cap`, the sector carbon price (job)',
          body: RolloutBodySchema,
          response: jobResponses,
        },
      },
      async (req, reply) => sendAnswer(reply, await rolloutRequest(services.for(req), req.body)),
    );

    const runs = ['runs'];
    app.get(
      '/runs/:id',
      { schema: { tags: runs, summary: 'A stored run: its request and result', params: IdParamsSchema, response: { 200: RunEnvelopeSchema, 404: ErrorBodySchema } } },
      async (req, reply) => {
        const run = services.for(req).runs.get(req.params.id);
        if (run === null) throw notFound('run_not_found', `no run "${req.params.id}"`);
        return sendJson(reply.header(CACHE_HEADER, 'hit'), runEnvelope(run, { cached: true, includeRequest: true }));
      },
    );

    app.delete(
      '/runs/:id',
      {
        config: { access: 'admin' },
        schema: { tags: runs, summary: 'Delete a stored run of this tenant with its charts (needs the admin scope); jobs still running are not stopped', params: IdParamsSchema, response: { 204: z.null(), 404: ErrorBodySchema } },
      },
      async (req, reply) => {
        if (!services.for(req).runs.delete(req.params.id)) throw notFound('run_not_found', `no run "${req.params.id}"`);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/runs/:id/charts',
      { schema: { tags: runs, summary: 'The chart kinds available for a run', params: IdParamsSchema, response: { 200: ChartListSchema, 404: ErrorBodySchema } } },
      async (req, reply) => {
        const { runs: tenantRuns } = services.for(req);
        const run = tenantRuns.get(req.params.id);
        if (run === null) throw notFound('run_not_found', `no run "${req.params.id}"`);
        return sendJson(reply, JSON.stringify({ runId: run.id, charts: listCharts(tenantRuns, run) }));
      },
    );

    app.get(
      '/runs/:id/charts/:kind',
      {
        schema: {
          tags: runs,
          summary: 'A chart of a run: the Vega-Lite spec (default), or rendered with ?format=svg|png',
          params: ChartParamsSchema,
          querystring: ChartQuerySchema,
          response: { 200: z.unknown().describe('The Vega-Lite spec (application/json), an SVG document or a PNG image'), 400: ErrorBodySchema, 404: ErrorBodySchema, 422: ErrorBodySchema },
        },
      },
      async (req, reply) => {
        const ctx = services.for(req);
        const run = ctx.runs.get(req.params.id);
        if (run === null) throw notFound('run_not_found', `no run "${req.params.id}"`);
        const chart = await renderChart(ctx, run, req.params.kind, req.query);
        return reply.code(200).header(CACHE_HEADER, chart.cached ? 'hit' : 'miss').type(chart.contentType).send(chart.body);
      },
    );
  };
}
