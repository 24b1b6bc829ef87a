/**
 * The dashboard at `/`: the static build of `web/` (`web/dist/`, made by `npm ci` through the
 * `prepare` script, or `npm run build:web`) served by `@fastify/static`, gzip copies included.
 *
 * `GET /` answers a browser (Accept: text/html) with the page and anyone else with the API's
 * descriptor as before (`{ name, api, docs, openapi }`), so scripts that probe `/` keep working.
 * Without a build, a browser gets a 503 page that names the command to run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { projectUrl } from '../engine/parallel/runtime.ts';
import { sendJson } from './responses.ts';

/** Where the build lives. */
export const WEB_DIST = fileURLToPath(projectUrl('web/dist/'));

const DESCRIPTOR = JSON.stringify({ name: 'lingtan', api: '/v1', docs: '/docs', openapi: '/docs/json', dashboard: '/' });

const NOT_BUILT = `<!doctype html>
<meta charset="utf-8"><title>lingtan: dashboard not built</title>
<body style="font-family: system-ui, sans-serif; margin: 40px; max-width: 640px">
<h1>The dashboard is not built</h1>
<p>Build it with <code>npm run build:web</code> (<code>npm ci</code> does it too), then reload this page.
The API works without it: <a href="/docs">/docs</a>.</p>
</body>`;

/** Whether the client asks for a page rather than JSON. */
function wantsHtml(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  return /\btext\/html\b/.test(accept) || /\bapplication\/xhtml\+xml\b/.test(accept);
}

export const webPlugin: FastifyPluginAsync<{ root?: string }> = async (app, options) => {
  const root = options.root ?? WEB_DIST;
  const built = existsSync(`${root}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      // One route per file of the build (found at start), so unknown paths keep the API's 404.
      wildcard: false,
      index: false,
      preCompressed: true,
      // Revalidated by ETag / Last-Modified; the page names its script and style with a content hash.
      cacheControl: true,
      maxAge: 0,
      allowedPath: (pathName) => !pathName.endsWith('.json'),
    });
  }
  app.get('/', { schema: { hide: true } }, (req, reply) => {
    if (!wantsHtml(req)) return sendJson(reply, DESCRIPTOR);
    if (!built) return reply.code(503).header('retry-after', '30').type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};
