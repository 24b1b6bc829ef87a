/**
 * Server configuration: defaults, overridden by environment variables (`LINGTAN_*`), overridden by
 * command-line flags. Every value is checked; a bad one is reported with its source and reason.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { redisUrlProblem } from '../engine/distributed/redis-url.ts';
import type { Issue } from '../engine/errors.ts';
import { projectUrl } from '../engine/parallel/runtime.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A Redis URL as it may be shown: the password (and user name) replaced, when the URL parses. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username === '' && u.password === '') return url;
    u.username = '';
    u.password = '';
    return u.toString().replace('//', '//***@');
  } catch {
    return url;
  }
}

/** A comma-separated list (environment) or a list (flags, tests). */
const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter((x) => x !== '') : v),
  z.array(z.string().min(1).max(253)),
);

const trustProxy = z.preprocess(
  (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' || v === '' ? false : typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter((x) => x !== '') : v),
  z.union([z.boolean(), z.array(z.string().min(1))]),
);

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

const redisUrl = z.string().superRefine((url, ctx) => {
  const problem = redisUrlProblem(url);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem.replace(url, redactRedisUrl(url)) });
});

export const ServerConfigSchema = z
  .object({
    /** Interface to listen on. */
    host: z.string().min(1).default('127.0.0.1'),
    /** TCP port (0: any free port). */
    port: int(0, 65_535).default(8080),
    /** Folder of the run store (SQLite, WAL). Created when missing. */
    dataDir: z.string().min(1).default('./lingtan-data'),
    /** Folder of the bundled scenarios served by `GET /v1/scenarios`. */
    scenariosDir: z.string().min(1).default(fileURLToPath(projectUrl('scenarios/'))),
    /** Worker threads of the server's one pool (immediate loads and solves, and every in-process job). */
    workers: int(1, 256).default(Math.max(1, availableParallelism())),
    /** Largest request body, bytes (larger → 413). */
    bodyLimitBytes: int(1024, 1024 ** 3).default(4 * 1024 * 1024),
    /** Jobs that may wait in the queue; one more → 503 with Retry-After. */
    jobQueueSize: int(0, 100_000).default(16),
    /** Tasks that may wait for a worker of the pool when an immediate request (load, solve) arrives; one more → 503 with Retry-After. */
    solveQueueSize: int(1, 1_000_000).default(256),
    /** Jobs that run at once (each on its own worker pool). */
    jobConcurrency: int(1, 64).default(1),
    /** Optimise / finance / compare with more factories than this run as jobs (202), smaller ones answer at once. */
    syncMaxFactories: int(0, 10_000).default(10),
    /** Upper bound on any solver time limit (a scenario or request asking for more gets this), seconds. */
    maxSolveSeconds: z.coerce.number().positive().max(86_400).default(120),
    /** Largest Monte Carlo run, draws. */
    maxDraws: int(1, 1_000_000).default(5000),
    /** Largest rollout population, factories. */
    maxPopulation: int(1, 1_000_000).default(20_000),
    /** On SIGTERM/SIGINT, how long running jobs may take to finish before they are marked interrupted, ms. */
    shutdownGraceMs: int(0, 3_600_000).default(10_000),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    /** Chromium that prints PDF reports (default /usr/bin/chromium); without it a PDF report is a 503. */
    chromiumPath: z.string().min(1).optional(),
    /**
     * Redis of `lingtan worker` processes (redis:// or rediss://): simulate jobs and rollout jobs
     * without a cap are sharded to the workers instead of the in-process pool. Unset: in-process.
     */
    redisUrl: redisUrl.optional(),
    /** With `redisUrl`: items (draws, factories) per shard; default about 50 shards of 5–200 items. */
    shardSize: int(1, 1_000_000).optional(),
    /** With `redisUrl`: how long a run's input and shard results live in Redis without a server waiting for them, s. */
    shardTtlSeconds: int(60, 7 * 86_400).default(3600),

    /**
     * keys: every route except health, docs and the dashboard's files needs an API key (`lingtan keys
     * create`); off: today's open local mode (one tenant, every scope), allowed on a loopback host only.
     */
    auth: z.enum(['keys', 'off']).default('keys'),
    /** Host headers the server answers (others: 421), e.g. `lingtan.bank.example`; empty: any (with auth off: loopback names only). */
    allowedHosts: list.default([]),
    /** Behind a reverse proxy: `true`, or the proxy addresses/CIDRs whose X-Forwarded-For is believed (client IP in logs and rate limits). */
    trustProxy: trustProxy.default(false),
    /** Requests per minute per API key (per client IP without one); one more → 429 with Retry-After. 0: no limit. */
    rateLimitPerMinute: int(0, 10_000_000).default(1200),
    /** Time to receive a whole request (headers and body), ms; slower → 408 and the connection closed. */
    requestTimeoutMs: int(1000, 3_600_000).default(30_000),
    /** Time to receive the request headers, ms. */
    headersTimeoutMs: int(1000, 600_000).default(10_000),
    /** Idle time of a kept-alive connection between requests, ms. */
    keepAliveTimeoutMs: int(100, 600_000).default(5000),
    /** Deepest nesting of arrays and objects in a request (a JSON body, YAML text), levels. */
    maxInputDepth: int(4, 1000).default(32),
    /** Most values (objects, arrays, scalars) in one request. */
    maxInputNodes: int(100, 100_000_000).default(250_000),
    /** Most problems listed in a 400 (the count of the rest is given). */
    maxIssues: int(1, 1000).default(20),
    /** Largest rendered chart, pixels (width × height × scale²). */
    maxChartPixels: int(10_000, 1_000_000_000).default(16_000_000),
    /** Charts rendered at once (SVG/PNG); one more waits, and beyond twice this many → 503. */
    chartConcurrency: int(1, 64).default(2),
    /** Runs older than this many days are deleted by retention (`lingtan store prune`, hourly in the server); per-tenant settings override it. 0: keep for ever. */
    retentionDays: int(0, 36_500).default(0),
    /** Queued jobs one tenant may have at once (the whole queue holds `jobQueueSize`). */
    tenantJobQueueSize: int(0, 100_000).default(8),
    /** Times a job is resumed after the server stopped under it before it is given up as interrupted. */
    maxJobRestarts: int(0, 100).default(3),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.shardSize !== undefined && c.redisUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['shardSize'], message: 'a shard size goes with a Redis URL (--redis or REDIS_URL); without one, jobs run on the in-process pool' });
    }
    if (c.headersTimeoutMs > c.requestTimeoutMs) {
      ctx.addIssue({ code: 'custom', path: ['headersTimeoutMs'], message: `the headers timeout (${c.headersTimeoutMs} ms) must not exceed the request timeout (${c.requestTimeoutMs} ms)` });
    }
    if (c.auth === 'off' && !isLoopbackHost(c.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['auth'],
        message: `the open mode (--no-auth) listens on a loopback address only (127.0.0.1, ::1, localhost), not "${c.host}"; create API keys (lingtan keys create) to serve other hosts`,
      });
    }
  });

export type ServerConfig = z.output<typeof ServerConfigSchema>;
export type ServerConfigInput = z.input<typeof ServerConfigSchema>;

/** Environment variable of each setting. */
export const ENV_NAMES: Readonly<Record<keyof ServerConfig, string>> = {
  host: 'LINGTAN_HOST',
  port: 'LINGTAN_PORT',
  dataDir: 'LINGTAN_DATA',
  scenariosDir: 'LINGTAN_SCENARIOS',
  workers: 'LINGTAN_WORKERS',
  bodyLimitBytes: 'LINGTAN_BODY_LIMIT',
  jobQueueSize: 'LINGTAN_JOB_QUEUE',
  solveQueueSize: 'LINGTAN_SOLVE_QUEUE',
  jobConcurrency: 'LINGTAN_JOB_CONCURRENCY',
  syncMaxFactories: 'LINGTAN_SYNC_MAX_FACTORIES',
  maxSolveSeconds: 'LINGTAN_MAX_SOLVE_SECONDS',
  maxDraws: 'LINGTAN_MAX_DRAWS',
  maxPopulation: 'LINGTAN_MAX_POPULATION',
  shutdownGraceMs: 'LINGTAN_SHUTDOWN_GRACE_MS',
  logLevel: 'LINGTAN_LOG_LEVEL',
  chromiumPath: 'LINGTAN_CHROMIUM',
  redisUrl: 'REDIS_URL',
  shardSize: 'LINGTAN_SHARD_SIZE',
  shardTtlSeconds: 'LINGTAN_SHARD_TTL_SECONDS',
  auth: 'LINGTAN_AUTH',
  allowedHosts: 'LINGTAN_ALLOWED_HOSTS',
  trustProxy: 'LINGTAN_TRUST_PROXY',
  rateLimitPerMinute: 'LINGTAN_RATE_LIMIT',
  requestTimeoutMs: 'LINGTAN_REQUEST_TIMEOUT_MS',
  headersTimeoutMs: 'LINGTAN_HEADERS_TIMEOUT_MS',
  keepAliveTimeoutMs: 'LINGTAN_KEEP_ALIVE_TIMEOUT_MS',
  maxInputDepth: 'LINGTAN_MAX_INPUT_DEPTH',
  maxInputNodes: 'LINGTAN_MAX_INPUT_NODES',
  maxIssues: 'LINGTAN_MAX_ISSUES',
  maxChartPixels: 'LINGTAN_MAX_CHART_PIXELS',
  chartConcurrency: 'LINGTAN_CHART_CONCURRENCY',
  retentionDays: 'LINGTAN_RETENTION_DAYS',
  tenantJobQueueSize: 'LINGTAN_TENANT_JOB_QUEUE',
  maxJobRestarts: 'LINGTAN_MAX_JOB_RESTARTS',
};

/** The settings given in the environment (unset and empty variables are left out). */
export function configFromEnv(env: NodeJS.ProcessEnv): Partial<Record<keyof ServerConfig, string>> {
  const out: Partial<Record<keyof ServerConfig, string>> = {};
  for (const [key, name] of Object.entries(ENV_NAMES) as Array<[keyof ServerConfig, string]>) {
    const value = env[name];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/**
 * The configuration from defaults < environment < explicit values (flags, tests). Paths are made
 * absolute. Errors name the setting and, for environment values, the variable.
 */
export function resolveConfig(explicit: Partial<Record<keyof ServerConfig, unknown>> = {}, env: NodeJS.ProcessEnv = {}): { ok: true; value: ServerConfig } | { ok: false; issues: Issue[] } {
  const fromEnv = configFromEnv(env);
  const merged: Record<string, unknown> = { ...fromEnv };
  for (const [k, v] of Object.entries(explicit)) if (v !== undefined) merged[k] = v;
  const parsed = ServerConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? '');
      const fromEnvOnly = key in fromEnv && !(key in explicit && explicit[key as keyof ServerConfig] !== undefined);
      return { path: fromEnvOnly ? `${key} (${ENV_NAMES[key as keyof ServerConfig]})` : key || '(root)', message: i.message };
    });
    return { ok: false, issues };
  }
  return { ok: true, value: { ...parsed.data, dataDir: resolve(parsed.data.dataDir), scenariosDir: resolve(parsed.data.scenariosDir) } };
}
