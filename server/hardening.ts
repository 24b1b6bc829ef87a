/**
 * What the API does to a request before any work, so hostile or careless input costs little:
 * - the Host header must be one of `allowedHosts` (421 otherwise; with auth off and no list, a
 *   loopback name: a web page elsewhere cannot reach the open local server by DNS rebinding);
 * - a body declared in another charset than UTF-8 is refused (415), rather than misread;
 * - a parsed JSON body is checked for depth and size (../engine/data/input-shape.ts) before
 *   validation and hashing walk it recursively;
 * - a population posted as `text/csv` is read as it arrives, within the population cap, the issue
 *   budget and the body limit: reading stops at the first spent budget.
 * Security headers (@fastify/helmet) and rate limits (@fastify/rate-limit) are registered in app.ts.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { inputShapeProblem } from '../engine/data/input-shape.ts';
import { readPopulationCsv } from '../engine/rollout/population-csv.ts';
import { isLoopbackHost, type ServerConfig } from './config.ts';
import { ApiError, engineInputError, quoted } from './errors.ts';

/** The host name of a Host header (`name:port`, `[v6]:port`), lower-case. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii']);

export const hardeningPlugin: FastifyPluginAsync<{ config: ServerConfig }> = async (app, { config }) => {
  const allowed = new Set(config.allowedHosts.map((h) => h.toLowerCase()));
  app.addHook('onRequest', async (req) => {
    const host = hostName(req.headers.host ?? '');
    const ok = allowed.size > 0 ? allowed.has(host) : config.auth === 'keys' || isLoopbackHost(host);
    if (!ok) throw new ApiError(421, 'host_not_allowed', `this server does not answer for the host ${quoted(host)}`);
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && !UTF8.has(charset)) throw new ApiError(415, 'unsupported_charset', `bodies are read as UTF-8, not ${quoted(charset)}`);
  });

  const limits = { maxDepth: config.maxInputDepth, maxNodes: config.maxInputNodes };
  app.addHook('preValidation', async (req) => {
    if (typeof req.body !== 'object' || req.body === null) return;
    const problem = inputShapeProblem(req.body, limits);
    if (problem !== null) throw new ApiError(400, problem.code, problem.message, [{ path: problem.path, message: problem.message }]);
  });

  // A scenario file can be posted as it is (parsed within budgets in the solve pool).
  app.addContentTypeParser(/^(application|text)\/(x-)?yaml(;|$)/, { parseAs: 'string' }, (_req, body, done) => done(null, { scenarioText: body }));
  // A population CSV is read as it streams in; the rows it gives are the rollout's population.
  app.addContentTypeParser(/^text\/csv(;|$)/, async (_req: FastifyRequest, payload: FastifyRequest['raw']) => {
    const read = await readPopulationCsv(payload, { maxRows: config.maxPopulation, maxIssues: config.maxIssues, maxBytes: config.bodyLimitBytes });
    if (read.bytes > config.bodyLimitBytes) throw new ApiError(413, 'body_too_large', `the body is larger than this server's limit (${config.bodyLimitBytes} bytes)`);
    if (!read.result.ok) throw engineInputError(read.result.error, 'populationCsv');
    return { population: read.result.value };
  });
};
Object.assign(hardeningPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'lingtan-hardening' });
