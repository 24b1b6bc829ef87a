/**
 * The HTTP API as a Fastify app: `buildApp(config)` returns a ready-to-use instance (tests drive it
 * with `inject()`; only `server.ts` listens). The app plugin wires the zod type provider (the
 * engine's schemas validate requests and document them at `/docs`), the request budgets and
 * security headers, API keys and tenants, the audit log, the run store (locked to this server), the
 * worker pool, the job manager (resuming what a previous process left) and (with a Redis URL) the
 * connection to the shard workers, and closes them in order when the app closes.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import {
  createJsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { auditPlugin } from './audit.ts';
import { authorizePlugin, BEARER_SCHEME, identifyPlugin } from './auth.ts';
import { isLoopbackHost, resolveConfig, type ServerConfig } from './config.ts';
import { installErrorHandlers } from './errors.ts';
import { JobManager } from './jobs/manager.ts';
import { startPool } from '../engine/tasks/pool.ts';
import { hardeningPlugin } from './hardening.ts';
import { Services } from './operations/context.ts';
import { startDistributedRuns } from './operations/distributed-runs.ts';
import { resumeJobs } from './operations/resume.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { certifyRoutes } from './routes/certify.ts';
import { footprintRoutes } from './routes/footprint.ts';
import { EventStreams, jobRoutes } from './routes/jobs.ts';
import { modelFileRoutes } from './routes/model-files.ts';
import { rolloutFactoryRoutes } from './routes/rollout-factories.ts';
import { runRoutes } from './routes/runs.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { trackRoutes } from './routes/track.ts';
import { BundledScenarios } from './scenarios.ts';
import { HealthSchema, scenarioFileJsonSchema } from './schemas.ts';
import { ApiKeys } from './store/api-keys.ts';
import { openDb, type Db } from './store/db.ts';
import { JobStore } from './store/jobs.ts';
import { lockDataDir } from './store/lock.ts';
import { RunStore } from './store/runs.ts';
import { webPlugin } from './web.ts';
import { PdfPrinter } from './report/render-report.ts';

export const API_VERSION = '0.1.0';

const DOCS_PREFIX = '/docs';

/** The app plugin. Not encapsulated: its error handler, compilers, parsers and hooks are the app's. */
export const lingtanPlugin: FastifyPluginAsync<{ config: ServerConfig }> = async (fastify, { config }) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app, { bodyLimit: config.bodyLimitBytes, maxIssues: config.maxIssues });

  // One server per data folder: a second one refuses to start instead of overwriting the jobs.
  const unlock = await lockDataDir(config.dataDir, (error) => app.log.fatal({ err: error }, 'the data folder lock was lost: another server may be using this folder'));
  let db: Db;
  try {
    db = openDb(config.dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  const keys = new ApiKeys(db);
  if (config.auth === 'keys' && !isLoopbackHost(config.host) && keys.activeCount() === 0) {
    db.close();
    await unlock();
    throw new Error(`no API key in ${config.dataDir}: create one (lingtan keys create --tenant NAME --scopes run) before serving ${config.host}`);
  }
  const runs = new RunStore(db);
  const jobStore = new JobStore(db, runs);
  // The one worker pool of the server (threads start on first use).
  const pool = startPool({ workers: config.workers });
  const jobs = new JobManager(jobStore, { queueSize: config.jobQueueSize, tenantQueueSize: config.tenantJobQueueSize, concurrency: config.jobConcurrency, log: app.log });
  const distributed = config.redisUrl !== undefined ? await startDistributedRuns(config.redisUrl, config.shardSize, app.log) : null;
  const services = new Services(config, runs, jobs, pool, new BundledScenarios(config.scenariosDir), app.log, distributed);
  const streams = new EventStreams();
  const started = Date.now();

  // Order of the onRequest hooks: Host and charset, who is calling, the rate limit (by key), the scope.
  await app.register(hardeningPlugin, { config });
  await app.register(identifyPlugin, { mode: config.auth, keys });
  if (config.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000, keyGenerator: (req) => (req.auth?.keyId != null ? `key:${req.auth.keyId}` : `ip:${req.ip}`) });
  }
  await app.register(authorizePlugin);
  await app.register(auditPlugin);
  await app.register(fastifyHelmet, {
    // Scripts and styles come from this server only; the dashboard's charts need no eval (vega-interpreter).
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'], connectSrc: ["'self'"], upgradeInsecureRequests: null } },
    // HSTS belongs to the TLS terminator in front (README: Security).
    hsts: false,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'lingtan API',
        version: API_VERSION,
        description:
          'Zero-carbon factory (零碳工厂) pathway optimiser: cost-optimal plans, finance, Monte Carlo, sensitivity, sector rollouts, ' +
          'comparisons and their charts. Errors: `{ error: { code, message, issues: [{ path, message }] } }`. ' +
          'Every /v1 route but health needs an API key (`Authorization: Bearer lt_…`, made with `lingtan keys create`) with the scope it names: ' +
          'read (GET), run (POST work, cancel jobs), admin (delete runs). Runs and jobs belong to the key\'s tenant; another tenant\'s id is a 404.',
      },
      components: { securitySchemes: { [BEARER_SCHEME]: { type: 'http', scheme: 'bearer', description: 'An API key: lt_<id>_<secret>' } } },
      security: [{ [BEARER_SCHEME]: [] }],
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
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });

  await app.register(webPlugin);

  await app.register(
    async (v1) => {
      v1.withTypeProvider<ZodTypeProvider>().get(
        '/health',
        {
          config: { access: 'public' },
          schema: { tags: ['meta'], summary: 'Liveness, version, the caller\'s runs, queue sizes, whether jobs run on Redis workers; open to all', security: [], response: { 200: HealthSchema } },
        },
        (req) => ({
          status: 'ok' as const,
          version: API_VERSION,
          auth: config.auth,
          uptimeSeconds: (Date.now() - started) / 1000,
          runs: req.auth === null ? null : runs.count(req.auth.tenant),
          jobs: jobs.stats,
          distributed: distributed?.health() ?? null,
        }),
      );
      await v1.register(catalogRoutes);
      await v1.register(scenarioRoutes(services));
      await v1.register(runRoutes(services));
      await v1.register(modelFileRoutes(services));
      await v1.register(rolloutFactoryRoutes(services));
      await v1.register(jobRoutes(services, streams));
      await v1.register(footprintRoutes(services));
      await v1.register(trackRoutes(services));
      await v1.register(certifyRoutes(services, config.chromiumPath === undefined ? undefined : new PdfPrinter(config.chromiumPath)));
    },
    { prefix: '/v1' },
  );

  // Shutdown, in order: new requests already get 503 (Fastify is closing); running jobs finish
  // within the grace period or stay queued for the next start; event streams end; then the pool, the Redis
  // connection (distributed runs have closed their queues by now) and the store.
  let resuming: Promise<void> = Promise.resolve();
  app.addHook('preClose', async () => {
    await resuming;
    await jobs.shutdown(config.shutdownGraceMs);
    streams.closeAll();
  });
  app.addHook('onClose', async () => {
    await pool.close();
    await distributed?.close();
    db.close();
    await unlock();
  });

  // Retention: at start, then hourly (`lingtan store prune` does the same by hand).
  const prune = () => {
    try {
      for (const p of runs.prune(config.retentionDays)) app.log.info(p, 'retention: deleted old runs and jobs');
    } catch (error) {
      app.log.error({ err: error }, 'retention failed');
    }
  };
  prune();
  const pruneTimer = setInterval(prune, 3_600_000).unref();
  app.addHook('onClose', async () => clearInterval(pruneTimer));

  // Jobs the previous process left unfinished run again, under their own ids, once the app is
  // ready (their preparation may wait for the solve pool; start-up does not).
  app.addHook('onReady', async () => {
    resuming = resumeJobs(services, jobStore).then(
      (r) => {
        if (r.resumed + r.ended > 0) app.log.warn(r, 'jobs left unfinished by the previous process: resumed, or ended when they cannot be');
      },
      (error: unknown) => app.log.error({ err: error }, 'resuming jobs failed'),
    );
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
    // A request (headers and body) must arrive within these; the solve that follows is not timed here.
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    forceCloseConnections: 'idle',
    trustProxy: config.trustProxy,
    // The audit line (./audit.ts) is the request log.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.server.headersTimeout = config.headersTimeoutMs;
  await app.register(lingtanPlugin, { config });
  await app.ready();
  return app;
}
