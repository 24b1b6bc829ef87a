/**
 * `POST /v1/footprint`: optimise through the run store, then the cradle-to-gate footprint of every
 * declared product by stage and year under the baseline and the plan (shape of
 * `lingtan footprint --json`); 400 naming `factories[].products` when no factory declares products.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { footprintScenario } from '../../engine/footprint/footprint-scenario.ts';
import { ApiError, ErrorBodySchema } from '../errors.ts';
import type { Services } from '../operations/context.ts';
import { planRequest, type PlanSource } from '../operations/optimise.ts';
import { prepare, resolveSource } from '../operations/scenario-input.ts';
import { sendAnswer, sendJson } from '../responses.ts';
import { JobAcceptedSchema, OptimiseBodySchema } from '../schemas.ts';

export function footprintRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/footprint',
      {
        schema: {
          tags: ['work'],
          summary: 'Product carbon footprints (cradle-to-gate, kgCO2e per unit by stage) per year under the baseline and the plan, CBAM embedded emissions, battery kgCO2e/kWh (200; 202 with a job above the sync size)',
          body: OptimiseBodySchema,
          response: { 202: JobAcceptedSchema, 400: ErrorBodySchema, 413: ErrorBodySchema, 503: ErrorBodySchema },
        },
      },
      async (req, reply) => {
        const ctx = services.for(req);
        const { scenario } = await prepare(ctx, await resolveSource(ctx, req.body));
        if (scenario.factories.every((f) => f.products === undefined)) {
          throw new ApiError(400, 'no_products', 'no factory declares products', [{ path: 'factories[0].products', message: 'declare the products (unit, quantity, bill of materials) to footprint' }]);
        }
        const answer = await planRequest(ctx, 'optimise', req.body);
        if (answer.type === 'job') return sendAnswer(reply, answer);
        const source = JSON.parse(answer.run.sourceJson ?? 'null') as PlanSource;
        const result = footprintScenario(scenario, source.plan);
        return sendJson(reply, JSON.stringify({ runId: answer.run.id, kind: 'footprint', cached: answer.cached, links: { run: `/v1/runs/${answer.run.id}` }, result }));
      },
    );
  };
}
