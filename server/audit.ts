/**
 * The audit log: one structured line per request, `msg: "audit"`, with who (tenant, key id, client
 * address), what (method, route pattern, run and job ids) and how it went (status, duration). No
 * query string, body or scenario content: the route is its pattern (`/v1/runs/:id`), never the URL.
 * It goes to the server's pino log at `info` (LINGTAN_LOG_LEVEL=warn or above leaves it out).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { RUN_HEADER } from './responses.ts';

export interface AuditLine {
  readonly tenant: string | null;
  readonly keyId: string | null;
  readonly ip: string;
  readonly method: string;
  readonly route: string | null;
  readonly runId: string | null;
  readonly jobId: string | null;
  readonly status: number;
  readonly durationMs: number;
}

const header = (reply: FastifyReply, name: string): string | null => {
  const v = reply.getHeader(name);
  return typeof v === 'string' ? v : null;
};

export function auditLine(req: FastifyRequest, reply: FastifyReply): AuditLine {
  const route = req.routeOptions.url ?? null;
  const id = (req.params as { id?: unknown } | undefined)?.id;
  const param = typeof id === 'string' && id.length <= 200 ? id : null;
  const location = header(reply, 'location');
  const jobId = route?.startsWith('/v1/jobs/') ? param : location?.startsWith('/v1/jobs/') ? location.slice('/v1/jobs/'.length) : null;
  const runId = route?.startsWith('/v1/runs/') ? param : header(reply, RUN_HEADER);
  return {
    tenant: req.auth?.tenant ?? null,
    keyId: req.auth?.keyId ?? null,
    ip: req.ip,
    method: req.method,
    route,
    runId,
    jobId,
    status: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime * 10) / 10,
  };
}

export const auditPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ audit: auditLine(req, reply) }, 'audit');
  });
};
Object.assign(auditPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'lingtan-audit' });
