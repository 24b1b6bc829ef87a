/** `GET /v1/catalog/*`: the engine's reference data with sources. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { factorsJson, measuresJson, offsetsJson, pricesJson, provincesJson, sectorsJson } from '../catalog.ts';
import { MeasuresQuerySchema } from '../schemas.ts';
import { sendJson } from '../responses.ts';

export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['catalog'];
  app.get('/catalog/sectors', { schema: { tags, summary: 'The 12 sectors of the guidance, Chinese and English names, policy wave year' } }, (_req, reply) => sendJson(reply, sectorsJson()));
  app.get('/catalog/provinces', { schema: { tags, summary: 'The 31 provinces with their MEE grid region, and the seven regions' } }, (_req, reply) => sendJson(reply, provincesJson()));
  app.get(
    '/catalog/factors',
    { schema: { tags, summary: 'Grid factors (national, regional, provincial; projection rule), fuels, process factors — each value with unit, year, source and confidence' } },
    (_req, reply) => sendJson(reply, factorsJson()),
  );
  app.get(
    '/catalog/measures',
    { schema: { tags, summary: 'The measure catalogue (file form: per-year values may be expressions in `year`), optionally for one sector or category', querystring: MeasuresQuerySchema } },
    (req, reply) => sendJson(reply, measuresJson({ ...(req.query.sector !== undefined ? { sector: req.query.sector } : {}), ...(req.query.category !== undefined ? { category: req.query.category } : {}) })),
  );
  app.get('/catalog/offsets', { schema: { tags, summary: 'Offset products (CCER, VCS, ITMO) with price paths and sources' } }, (_req, reply) => sendJson(reply, offsetsJson()));
  app.get('/catalog/prices', { schema: { tags, summary: 'Reference price paths 2025–2035 with sources and projection rules' } }, (_req, reply) => sendJson(reply, pricesJson()));
};
