/**
 * `GET /v1/runs/:id/model?format=lp|mps[&factory=]`: the optimisation model of an optimise or finance
 * run as a CPLEX LP or free MPS file, the same text `lingtan optimise --lp/--mps` writes. The
 * scenario is loaded again from the run's stored request (in the worker pool) and the factory's
 * model rebuilt; building is fast (milliseconds) and deterministic.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { writeLp } from '../../engine/model/lp-writer.ts';
import { writeMps } from '../../engine/model/mps-writer.ts';
import { ApiError, badRequest, ErrorBodySchema, notFound } from '../errors.ts';
import type { Services } from '../operations/context.ts';
import { prepare, resolveSource, type ScenarioFields } from '../operations/scenario-input.ts';
import { IdParamsSchema } from '../schemas.ts';

const ModelQuerySchema = z
  .object({
    format: z.enum(['lp', 'mps']).default('lp').describe('lp: CPLEX LP (objective constant as a fixed column); mps: free MPS.'),
    factory: z.string().min(1).optional().describe('For a scenario with several factories: which one (default the first).'),
  })
  .strict();

const CONTENT_TYPE = 'text/plain; charset=utf-8';

export function modelFileRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/runs/:id/model',
      {
        schema: {
          tags: ['runs'],
          summary: 'The optimisation model of an optimise or finance run as an LP or MPS file (per factory)',
          params: IdParamsSchema,
          querystring: ModelQuerySchema,
          response: { 200: z.unknown().describe('The model file (text/plain)'), 400: ErrorBodySchema, 404: ErrorBodySchema, 422: ErrorBodySchema },
        },
      },
      async (req, reply) => {
        const ctx = services.for(req);
        const run = ctx.runs.get(req.params.id);
        if (run === null) throw notFound('run_not_found', `no run "${req.params.id}"`);
        if (run.kind !== 'optimise' && run.kind !== 'finance') {
          throw notFound('model_not_available', `a ${run.kind} run has no single model; models are kept for optimise and finance runs`);
        }
        const request = JSON.parse(run.requestJson) as ScenarioFields;
        const { scenario } = await prepare(ctx, await resolveSource(ctx, request));
        const factory = req.query.factory === undefined ? scenario.factories[0] : scenario.factories.find((f) => f.id === req.query.factory);
        if (factory === undefined) {
          const message = `no factory "${req.query.factory}" in this run (factories: ${scenario.factories.map((f) => f.id).join(', ')})`;
          throw badRequest(message, [{ path: 'querystring.factory', message }]);
        }
        const { model } = buildPathwayModel(prepareFactoryData(scenario, factory));
        let text: string;
        try {
          text = req.query.format === 'lp' ? writeLp(model, { objectiveConstant: 'fixed-column' }) : writeMps(model);
        } catch (error) {
          throw new ApiError(422, 'model_write_failed', `the model could not be written: ${error instanceof Error ? error.message : String(error)}`);
        }
        const name = `${scenario.id}${scenario.factories.length > 1 ? `-${factory.id}` : ''}.${req.query.format}`.replace(/[^\w.-]/g, '_');
        return reply.code(200).type(CONTENT_TYPE).header('content-disposition', `attachment; filename="${name}"`).send(text);
      },
    );
  };
}
