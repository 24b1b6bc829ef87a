/**
 * Authentication and scopes for every route, by default. `onRequest` hooks (before the body is
 * read) find the caller from `Authorization: Bearer <key>` (or the dashboard's `lingtan_key`
 * cookie, SameSite=Strict) and check the route's scope: a route
 * declares `config: { access: 'public' | 'read' | 'run' | 'admin' }`, and without one a GET needs
 * `read` and anything else `run`. So a route added later is covered without a line of its own.
 * Public: health, and everything outside /v1 (the docs and the dashboard's files, no data in them).
 *
 * With `auth: 'off'` (the open local mode, loopback only) every caller is the local tenant with
 * every scope.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';
import { effectiveScopes, SCOPES, type ApiKeys, type Scope } from './store/api-keys.ts';
import { LOCAL_TENANT } from './store/db.ts';

export type Access = 'public' | Scope;

/** Who is calling. */
export interface Identity {
  readonly tenant: string;
  /** The key's public id (null in the open mode). */
  readonly keyId: string | null;
  readonly scopes: ReadonlySet<Scope>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller; null on a public route called without a (valid) key. */
    auth: Identity | null;
  }
  interface FastifyContextConfig {
    /** The scope a route needs (default: read for GET and HEAD, run otherwise), or public. */
    access?: Access;
  }
}

export const LOCAL_IDENTITY: Identity = { tenant: LOCAL_TENANT, keyId: null, scopes: effectiveScopes(SCOPES) };

export const BEARER_SCHEME = 'bearerAuth';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requiredAccess(req: FastifyRequest): Access {
  const { url, config } = req.routeOptions;
  if (config.access !== undefined) return config.access;
  // Outside the API (docs, dashboard files) and unknown routes (a 404) hold no data.
  if (url === undefined || !url.startsWith('/v1/')) return 'public';
  return READ_METHODS.has(req.method) ? 'read' : 'run';
}

const challenge = { 'WWW-Authenticate': 'Bearer realm="lingtan"' };

/** The dashboard's session cookie (web/src/auth.ts), read when there is no Authorization header. */
const KEY_COOKIE = /(?:^|;\s*)lingtan_key=([^;]*)/;

function presentedKey(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header === undefined) {
    const cookie = KEY_COOKIE.exec(req.headers.cookie ?? '')?.[1];
    if (cookie === undefined) return null;
    try {
      return decodeURIComponent(cookie).trim();
    } catch {
      return '';
    }
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m === null ? '' : m[1]!;
}

/**
 * Who is calling: sets `req.auth` from the key, or null (no key, or not a valid one). Registered
 * before the rate limiter, so the limiter counts by key id; `authorize` runs after it.
 */
export const identifyPlugin: FastifyPluginAsync<{ mode: 'keys' | 'off'; keys: ApiKeys }> = async (app, { mode, keys }) => {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (mode === 'off') {
      req.auth = LOCAL_IDENTITY;
      return;
    }
    const key = presentedKey(req);
    req.auth = key === null || key === '' ? null : keys.verify(key);
  });
};
Object.assign(identifyPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'lingtan-identify' });

/** The route's scope check: 401 without a valid key, 403 when the key lacks the scope. */
export const authorizePlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', async (req) => {
    const access = requiredAccess(req);
    if (access === 'public') return;
    const identity = req.auth;
    if (identity === null) {
      if (presentedKey(req) === null) throw new ApiError(401, 'auth_required', 'this server needs an API key: send it as "Authorization: Bearer <key>" (create one with `lingtan keys create`)', [], {}, {}, challenge);
      throw new ApiError(401, 'invalid_key', 'the API key is not valid (malformed, unknown or revoked)', [], {}, {}, challenge);
    }
    if (!identity.scopes.has(access)) {
      throw new ApiError(403, 'insufficient_scope', `this key's scopes (${[...identity.scopes].join(', ')}) do not include "${access}", which this route needs`);
    }
  });
};
Object.assign(authorizePlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'lingtan-authorize' });

/** The caller of a route that is not public (the auth hook has run and passed). */
export function identityOf(req: FastifyRequest): Identity {
  if (req.auth === null) throw new ApiError(401, 'auth_required', 'this route needs an API key', [], {}, {}, challenge);
  return req.auth;
}
