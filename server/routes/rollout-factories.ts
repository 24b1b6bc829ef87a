/**
 * The drill-down from a rollout run to one of its factories: `GET /v1/runs/:id/factories` lists the
 * population the run solved (from its stored request: the rows, the CSV, or the same seeded
 * synthesis), and `GET /v1/runs/:id/factories/:factory/scenario` gives that factory as a scenario
 * file of its own (engine/rollout/factory-scenario.ts), which `POST /v1/optimise` turns into a
 * plan with every chart and the model files. Both read the caller's tenant's runs only (a GET: the
 * read scope).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PopulationRowSchema } from '../../engine/rollout/population.ts';
import { rolloutFactoryScenarioFile } from '../../engine/rollout/factory-scenario.ts';
import { ApiError, ErrorBodySchema, notFound } from '../errors.ts';
import type { Ctx, Services } from '../operations/context.ts';
import { rolloutPopulation } from '../operations/long-runs.ts';
import { IdParamsSchema, RolloutBodySchema } from '../schemas.ts';
import type { StoredRun } from '../store/runs.ts';

const FactoryParamsSchema = z.object({ id: z.string().min(1).max(200), factory: z.string().min(1).max(200) });

const FactoryScenarioSchema = z.object({
  runId: z.string(),
  factory: z.string(),
  scenario: z.record(z.string(), z.unknown()).describe('A scenario file (JSON): POST it as scenarioText to /v1/optimise.'),
  basis: z.string().describe('How this plan relates to the rollout’s own solve of the factory.'),
});

function rolloutRows(ctx: Ctx, run: StoredRun) {
  if (run.kind !== 'rollout') throw notFound('factories_not_available', `a ${run.kind} run has no factory population; rollout runs have`);
  return { rows: rolloutPopulation(ctx, RolloutBodySchema.parse(JSON.parse(run.requestJson))), request: JSON.parse(run.requestJson) as { cap?: unknown; carbonPriceRmbPerTco2?: number } };
}

export function rolloutFactoryRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const runOf = (ctx: Ctx, id: string) => {
      const run = ctx.runs.get(id);
      if (run === null) throw notFound('run_not_found', `no run "${id}"`);
      return run;
    };
    app.get(
      '/runs/:id/factories',
      {
        schema: {
          tags: ['runs'],
          summary: 'The factories a rollout run solved (its population)',
          params: IdParamsSchema,
          response: { 200: z.object({ runId: z.string(), factories: z.array(PopulationRowSchema) }), 404: ErrorBodySchema },
        },
      },
      async (req) => {
        const ctx = services.for(req);
        return { runId: req.params.id, factories: rolloutRows(ctx, runOf(ctx, req.params.id)).rows };
      },
    );
    app.get(
      '/runs/:id/factories/:factory/scenario',
      {
        schema: {
          tags: ['runs'],
          summary: 'One factory of a rollout run as a scenario file of its own (to optimise and open its plan)',
          params: FactoryParamsSchema,
          response: { 200: FactoryScenarioSchema, 404: ErrorBodySchema, 422: ErrorBodySchema },
        },
      },
      async (req) => {
        const ctx = services.for(req);
        const { rows, request } = rolloutRows(ctx, runOf(ctx, req.params.id));
        const row = rows.find((r) => r.id === req.params.factory);
        if (row === undefined) throw notFound('factory_not_found', `no factory "${req.params.factory}" in rollout run "${req.params.id}"`);
        const file = rolloutFactoryScenarioFile(row);
        if (!file.ok) throw new ApiError(422, file.error.code, file.error.message);
        const priced = request.cap !== undefined || request.carbonPriceRmbPerTco2 !== undefined;
        const basis = priced
          ? 'the factory under its own target (the sector template); the rollout priced carbon uniformly instead, so its cost and emissions differ from this plan'
          : 'the factory exactly as the rollout solved it: the sector template with the archetype scaled to this row';
        return { runId: req.params.id, factory: row.id, scenario: file.value, basis };
      },
    );
  };
}
