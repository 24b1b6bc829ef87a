/**
 * `POST /v1/track`: a factory's actuals against its plan — inventory, plan vs actual with the variance
 * wedges, the re-plan of the remaining years from the actual state (the original plan kept beside
 * it), the loan KPI with its verifier export. Solved as a `track` task on the server's worker pool and stored as a `track` run
 * (its chart: `GET /v1/runs/:id/charts/plan_vs_actual`). Bad actuals are a 400 whose paths point into
 * the request (`actuals.meters[1].unit`, `readingsCsv: line 5, column quantity`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EngineError, Issue } from '../../engine/errors.ts';
import { ApiError, badRequest, ErrorBodySchema } from '../errors.ts';
import { runNow, type Ctx, type Services } from '../operations/context.ts';
import { reusable } from '../operations/optimise.ts';
import { prepare, requestSettings, resolveSource } from '../operations/scenario-input.ts';
import { CACHE_HEADER, runEnvelope, sendJson } from '../responses.ts';
import { TrackBodySchema, type TrackBody } from '../schemas.ts';
import { requestKey } from '../store/keys.ts';
import type { StoredRun } from '../store/runs.ts';

const READINGS = 'readingsCsv';

export function trackRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/track',
      {
        schema: {
          tags: ['work'],
          summary: 'Actuals from meters against the plan: inventory, variance wedges, re-plan from the actual state, loan KPI evidence (200)',
          body: TrackBodySchema,
          response: { 400: ErrorBodySchema, 413: ErrorBodySchema, 503: ErrorBodySchema },
        },
      },
      async (req, reply) => {
        const { run, cached } = await trackRequest(services.for(req), req.body);
        return sendJson(reply.header(CACHE_HEADER, cached ? 'hit' : 'miss'), runEnvelope(run, { cached, includeRequest: false }));
      },
    );
  };
}

async function trackRequest(ctx: Ctx, body: TrackBody): Promise<{ run: StoredRun; cached: boolean }> {
  const { actuals, actualsText, readingsCsv, timeLimitSeconds, ...fields } = body;
  if ((actuals === undefined) === (actualsText === undefined)) {
    const message = actuals === undefined ? 'the actuals are required: give actuals or actualsText' : 'give only one of actuals, actualsText';
    throw badRequest(message, [{ path: actuals === undefined ? 'actuals' : 'actualsText', message }]);
  }
  const resolved = await resolveSource(ctx, fields);
  const reqKey = requestKey('track', { source: resolved.raw, actuals: actuals ?? actualsText, readingsCsv, timeLimitSeconds: timeLimitSeconds ?? null });
  const known = ctx.runs.byRequestKey(reqKey);
  if (reusable(known)) return { run: known, cached: true };
  const { scenario, key } = await prepare(ctx, resolved);
  const settings = requestSettings(ctx, scenario.solver, { timeLimitSeconds });
  const id = ctx.runs.runId('track', { scenario: key, actuals: actuals ?? actualsText, readingsCsv, backend: settings.backend, timeLimitSeconds: settings.timeLimitSeconds });
  const stored = ctx.runs.get(id);
  if (reusable(stored)) {
    ctx.runs.alias(reqKey, id);
    return { run: stored, cached: true };
  }
  const actualsField = actuals === undefined ? 'actualsText' : 'actuals';
  const outcome = await runNow(ctx, {
    kind: 'track',
    scenario,
    actuals: { actuals: actuals ?? actualsText, actualsName: actualsField, readingsCsv, readingsName: READINGS },
    settings,
  });
  if (!outcome.ok) throw actualsError(outcome.inputError, actualsField);
  const run: StoredRun = {
    id,
    kind: 'track',
    status: outcome.result.status,
    createdAt: new Date().toISOString(),
    requestJson: JSON.stringify(body),
    resultJson: JSON.stringify(outcome.result),
    sourceJson: null,
    meta: { solverLimitReached: [outcome.result.original.status, outcome.result.replan?.status].includes('feasible'), seconds: outcome.seconds },
  };
  ctx.runs.put(run, [reqKey]);
  return { run, cached: false };
}

/** Bad actuals as a 400: readings issues under `readingsCsv: …`, actuals-file issues under the field sent. */
function actualsError(error: EngineError, actualsField: string): ApiError {
  const prefix = error.file === READINGS ? `${READINGS}: ` : `${actualsField}.`;
  const issues: Issue[] = (error.issues ?? []).map((i) => ({ path: `${prefix}${i.path}`, message: i.message }));
  return new ApiError(400, error.code, error.message, issues.length > 0 ? issues : [{ path: error.file === READINGS ? READINGS : actualsField, message: error.message }]);
}
