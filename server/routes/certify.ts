/**
 * Certification routes: `GET /v1/packs` (the bundled rule packs), `POST /v1/check` (optimise through
 * the run store, then the compliance check of the baseline and the plan) and
 * `GET /v1/runs/:id/report?format=pdf|html&lang=zh|en` (the disclosure report of a stored optimise or
 * finance run; 503 when Chromium is missing for a PDF).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkOptionIssues, checkScenario } from '../../engine/compliance/check.ts';
import { PACKS } from '../../engine/data/compliance/packs.ts';
import { ApiError, ErrorBodySchema, notFound } from '../errors.ts';
import type { Ctx, Services } from '../operations/context.ts';
import { planRequest, type PlanSource } from '../operations/optimise.ts';
import { prepare, resolveSource, type ScenarioFields } from '../operations/scenario-input.ts';
import { PdfPrinter, renderReportHtml } from '../report/render-report.ts';
import { sendAnswer, sendJson } from '../responses.ts';
import { IdParamsSchema, JobAcceptedSchema, OptimiseBodySchema } from '../schemas.ts';
import type { StoredRun } from '../store/runs.ts';

const CheckBodySchema = OptimiseBodySchema.extend({
  packs: z.array(z.string().min(1)).min(1).optional().describe('Rule pack ids (default: every bundled pack; see GET /v1/packs).'),
  year: z.number().int().optional().describe('Check only this horizon year.'),
});
const ReportQuerySchema = z.object({ format: z.enum(['pdf', 'html']).default('pdf'), lang: z.enum(['zh', 'en']).default('zh') }).strict();

export function certifyRoutes(services: Services, printer = new PdfPrinter()): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onClose', async () => printer.close());

    app.get('/packs', { schema: { tags: ['catalog'], summary: 'The bundled zero-carbon factory rule packs with their criteria and sources' } }, async (_req, reply) =>
      sendJson(reply, JSON.stringify({ packs: PACKS })),
    );

    app.post(
      '/check',
      {
        schema: {
          tags: ['work'],
          summary: 'Compliance of the baseline and the optimised plan against rule packs, year by year: first qualifying year and blockers (200; 202 with a job above the sync size)',
          body: CheckBodySchema,
          response: { 202: JobAcceptedSchema, 400: ErrorBodySchema, 413: ErrorBodySchema, 503: ErrorBodySchema },
        },
      },
      async (req, reply) => {
        const ctx = services.for(req);
        const { packs, year, ...fields } = req.body;
        const { scenario } = await prepare(ctx, await resolveSource(ctx, fields));
        const issues = checkOptionIssues(scenario, { packs, year });
        if (issues.length > 0) throw new ApiError(400, issues[0]!.path.startsWith('packs') ? 'unknown_pack' : 'year_outside_horizon', issues.map((i) => i.message).join('; '), issues);
        const answer = await planRequest(ctx, 'optimise', fields);
        if (answer.type === 'job') return sendAnswer(reply, answer);
        const source = JSON.parse(answer.run.sourceJson ?? 'null') as PlanSource;
        const result = checkScenario(scenario, source.plan.factories, { packs, year }, source.baselines);
        if (!result.ok) throw new ApiError(400, result.error.code, result.error.message, result.error.issues ?? []);
        const links = { run: `/v1/runs/${answer.run.id}`, report: `/v1/runs/${answer.run.id}/report` };
        return sendJson(reply, JSON.stringify({ runId: answer.run.id, kind: 'check', cached: answer.cached, links, result: result.value }));
      },
    );

    app.get(
      '/runs/:id/report',
      { schema: { tags: ['runs'], summary: 'The disclosure report of an optimise or finance run (PDF or HTML, Chinese or English)', params: IdParamsSchema, querystring: ReportQuerySchema } },
      async (req, reply) => {
        const ctx = services.for(req);
        const run = ctx.runs.get(req.params.id);
        if (run === null || (run.kind !== 'optimise' && run.kind !== 'finance')) throw notFound('run_not_found', `no optimise or finance run "${req.params.id}"`);
        if (req.query.format === 'pdf' && !printer.available) {
          throw new ApiError(503, 'pdf_unavailable', `PDF reports need Chromium, which this server does not have (looked for ${printer.path}); ask for ?format=html`);
        }
        const html = await reportOf(ctx, run, req.query.lang);
        if (req.query.format === 'html') return reply.code(200).type('text/html; charset=utf-8').send(html);
        return reply.code(200).type('application/pdf').header('content-disposition', `inline; filename="lingtan-report-${run.id.slice(0, 12)}-${req.query.lang}.pdf"`).send(await printer.print(html));
      },
    );
  };
}

/** The report of a stored run: its scenario is loaded again from the request that made it. */
async function reportOf(ctx: Ctx, run: StoredRun, lang: 'zh' | 'en'): Promise<string> {
  const request = JSON.parse(run.requestJson) as ScenarioFields;
  const { scenario } = await prepare(ctx, await resolveSource(ctx, request));
  const source = JSON.parse(run.sourceJson ?? 'null') as PlanSource;
  return renderReportHtml({ scenario, plans: source.plan.factories, lang });
}
