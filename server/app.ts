/**
 * The HTTP API as a Fastify app: `buildApp(config)` returns a ready-to-use instance (tests drive it
 * with `inject()`; only `server.ts` listens). The app plugin wires the zod type provider (the
 * engine's schemas validate requests and document them at `/docs`), the run store, the solve pool,
 * the job manager and (with a Redis URL) the connection to the shard workers, and closes them in
 * order when the app closes.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import {
  createJsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { resolveConfig, type ServerConfig } from './config.ts';
import { installErrorHandlers } from './errors.ts';
import { JobManager } from './jobs/manager.ts';
import { SolvePool } from './jobs/solve-pool.ts';
import { SingleFlight, type Ctx } from './operations/context.ts';
import { startDistributedRuns } from './operations/distributed-runs.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { certifyRoutes } from './routes/certify.ts';
import { EventStreams, jobRoutes } from './routes/jobs.ts';
import { modelFileRoutes } from './routes/model-files.ts';
import { runRoutes } from './routes/runs.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { BundledScenarios } from './scenarios.ts';
import { HealthSchema, scenarioFileJsonSchema } from './schemas.ts';
import { openDb } from './store/db.ts';
import { JobStore } from './store/jobs.ts';
import { RunStore } from './store/runs.ts';
import { webPlugin } from './web.ts';
import { PdfPrinter } from './report/render-report.ts';

export const API_VERSION = '0.1.0';

const DOCS_PREFIX = '/docs';

/** The app plugin. Not encapsulated: its error handler, compilers and parsers are the app's. */
export const lingtanPlugin: FastifyPluginAsync<{ config: ServerConfig }> = async (fastify, { config }) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app, config.bodyLimitBytes);

  // A scenario file or a population CSV can be posted as it is.
  app.addContentTypeParser(/^(application|text)\/(x-)?yaml(;|$)/, { parseAs: 'string' }, (_req, body, done) => done(null, { scenarioText: body }));
  app.addContentTypeParser(/^text\/csv(;|$)/, { parseAs: 'string' }, (_req, body, done) => done(null, { populationCsv: body }));

  const db = openDb(config.dataDir);
  const runs = new RunStore(db);
  const jobStore = new JobStore(db, runs);
  const interrupted = jobStore.markInterrupted();
  if (interrupted > 0) app.log.warn({ jobs: interrupted }, 'jobs left unfinished by the previous process are marked interrupted');
  const pool = new SolvePool(config.workers, config.solveQueueSize);
  const jobs = new JobManager(jobStore, { queueSize: config.jobQueueSize, concurrency: config.jobConcurrency, log: app.log });
  const distributed = config.redisUrl !== undefined ? await startDistributedRuns(config.redisUrl, config.shardSize, app.log) : null;
  const ctx: Ctx = { config, runs, jobs, pool, scenarios: new BundledScenarios(config.scenariosDir), log: app.log, inflight: new SingleFlight(), distributed };
  const streams = new EventStreams();
  const started = Date.now();

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'lingtan API',
        version: API_VERSION,
        description:
          'Zero-carbon factory (零碳工厂) pathway optimiser: cost-optimal plans, finance, Monte Carlo, sensitivity, sector rollouts, ' +
          'comparisons and their charts. Errors: `{ error: { code, message, issues: [{ path, message }] } }`.',
      },
      tags: [
        { name: 'meta', description: 'Health' },
        { name: 'catalog', description: 'Reference data with sources' },
        { name: 'scenarios', description: 'Bundled scenarios and validation' },
        { name: 'work', description: 'Optimise, finance, compare, simulate, sensitivity, rollout' },
        { name: 'runs', description: 'Stored runs and their charts' },
        { name: 'jobs', description: 'Background jobs' },
      ],
    },
    transform: createJsonSchemaTransform({ skipList: [DOCS_PREFIX, `${DOCS_PREFIX}/`, `${DOCS_PREFIX}/*`, `${DOCS_PREFIX}/json`, `${DOCS_PREFIX}/yaml`, `${DOCS_PREFIX}/static/*`] }),
    transformObject: (documentObject) => {
      const doc = jsonSchemaTransformObject(documentObject) as { components?: { schemas?: Record<string, unknown> } };
      // The scenario field validates through the engine's loader; document it as the engine's schema.
      const { $schema: _dialect, ...scenarioFile } = scenarioFileJsonSchema('draft-2020-12');
      const schemas = { ...doc.components?.schemas };
      for (const name of Object.keys(schemas)) if (name === 'ScenarioFile' || name === 'ScenarioFileInput') schemas[name] = scenarioFile;
      return { ...doc, components: { ...doc.components, schemas } } as ReturnType<typeof jsonSchemaTransformObject>;
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });

  await app.register(webPlugin);

  await app.register(
    async (v1) => {
      v1.withTypeProvider<ZodTypeProvider>().get(
        '/health',
        { schema: { tags: ['meta'], summary: 'Liveness, version, store and queue sizes, whether jobs run on Redis workers', response: { 200: HealthSchema } } },
        () => ({ status: 'ok' as const, version: API_VERSION, uptimeSeconds: (Date.now() - started) / 1000, runs: runs.count(), jobs: jobs.stats, distributed: distributed?.health() ?? null }),
      );
      await v1.register(catalogRoutes);
      await v1.register(scenarioRoutes(ctx));
      await v1.register(runRoutes(ctx));
      await v1.register(modelFileRoutes(ctx));
      await v1.register(jobRoutes(ctx, streams));
      await v1.register(certifyRoutes(ctx, config.chromiumPath === undefined ? undefined : new PdfPrinter(config.chromiumPath)));
    },
    { prefix: '/v1' },
  );

  // Shutdown, in order: new requests already get 503 (Fastify is closing); running jobs finish
  // within the grace period or end interrupted; event streams end; then the pool, the Redis
  // connection (distributed runs have closed their queues by now) and the store.
  app.addHook('preClose', async () => {
    await jobs.shutdown(config.shutdownGraceMs);
    streams.closeAll();
  });
  app.addHook('onClose', async () => {
    await pool.close();
    await distributed?.close();
    db.close();
  });
};
Object.assign(lingtanPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'lingtan' });

/** Build the app from a configuration (defaults for anything not given; the environment is not read here). */
export async function buildApp(input: Partial<ServerConfig> = {}): Promise<FastifyInstance> {
  const resolved = resolveConfig(input);
  if (!resolved.ok) throw new Error(`invalid server configuration: ${resolved.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const config = resolved.value;
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // Requests may carry large populations; the solver, not the socket, sets the pace.
    requestTimeout: 0,
    forceCloseConnections: 'idle',
  });
  await app.register(lingtanPlugin, { config });
  await app.ready();
  return app;
}
