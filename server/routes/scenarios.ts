/** `/v1/scenarios`: the bundled scenario files, and validation of any scenario. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { targetYearOf } from '../../engine/data/load-scenario.ts';
import { ErrorBodySchema, notFound } from '../errors.ts';
import type { Services } from '../operations/context.ts';
import { prepare, resolveSource } from '../operations/scenario-input.ts';
import { IdParamsSchema, ScenarioBodySchema } from '../schemas.ts';
import { sendJson } from '../responses.ts';

export function scenarioRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['scenarios'];
    app.get('/scenarios', { schema: { tags, summary: 'The bundled scenarios: one factory per sector archetype, a bank case, an infeasible example' } }, async (_req, reply) =>
      sendJson(reply, JSON.stringify({ scenarios: await services.scenarios.list() })),
    );

    app.get(
      '/scenarios/:id',
      { schema: { tags, summary: 'One bundled scenario: its file text and the same as JSON (POST it back as `scenario`)', params: IdParamsSchema, response: { 404: ErrorBodySchema } } },
      async (req, reply) => {
        const s = await services.scenarios.get(req.params.id);
        if (s === null) throw notFound('scenario_not_found', `no bundled scenario "${req.params.id}"`);
        return sendJson(reply, JSON.stringify({ id: s.id, file: s.file, scenario: s.data, text: s.text }));
      },
    );

    app.post(
      '/scenarios/validate',
      {
        schema: {
          tags,
          summary: 'Validate a scenario with the engine: 200 with what it resolves to, or 400 with every problem (field path and reason)',
          body: ScenarioBodySchema,
          response: { 400: ErrorBodySchema },
        },
      },
      async (req, reply) => {
        const ctx = services.for(req);
        const { scenario: s, key } = await prepare(ctx, await resolveSource(ctx, req.body));
        return sendJson(
          reply,
          JSON.stringify({
            valid: true,
            key,
            scenario: {
              id: s.id,
              name: s.name,
              baseYear: s.baseYear,
              horizon: s.horizon,
              targetYear: targetYearOf(s),
              factories: s.factories.map((f) => ({ id: f.id, name: f.name, sector: f.sector, province: f.province })),
              measures: s.measures.map((m) => m.id),
              offsetProducts: s.offsetProducts.map((o) => o.id),
              allowedOffsetProducts: s.policy.allowedOffsetProducts,
              uncertainInputs: s.uncertainty.inputs.map((i) => i.input),
            },
          }),
        );
      },
    );
  };
}
