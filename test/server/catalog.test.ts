/** Health, catalogue, bundled scenarios, validation, OpenAPI, and the framework-level errors. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_IDS } from '../../engine/data/reference/provinces.ts';
import { SECTOR_IDS } from '../../engine/data/sectors.ts';
import { HAND_COMPUTED_YAML, testApp, tinyScenarioData } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ bodyLimitBytes: 64 * 1024 });
});
afterAll(() => app.close());

interface ErrorBody {
  error: { code: string; message: string; issues: Array<{ path: string; message: string }> };
}

describe('health and catalogue', () => {
  it('GET /v1/health', async () => {
    const r = await app.inject('/v1/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', runs: 0, jobs: { queued: 0, running: 0, accepting: true } });
  });

  it('GET /v1/catalog/sectors: the 12 sectors with names and wave years', async () => {
    const { sectors } = (await app.inject('/v1/catalog/sectors')).json<{ sectors: Array<{ id: string; nameZh: string; waveYear: number }> }>();
    expect(sectors.map((s) => s.id)).toEqual([...SECTOR_IDS]);
    expect(sectors.find((s) => s.id === 'steel')).toMatchObject({ nameZh: '钢铁', waveYear: 2030 });
  });

  it('GET /v1/catalog/provinces: 31 provinces with their grid region', async () => {
    const body = (await app.inject('/v1/catalog/provinces')).json<{ provinces: Array<{ id: string; gridRegion: string }>; gridRegions: unknown[] }>();
    expect(body.provinces).toHaveLength(PROVINCE_IDS.length);
    expect(body.provinces.find((p) => p.id === 'shanghai')?.gridRegion).toBe('east');
    expect(body.gridRegions).toHaveLength(7);
  });

  it('GET /v1/catalog/factors: values carry units, years and sources', async () => {
    const body = (await app.inject('/v1/catalog/factors')).json<{ grid: { nationalAverage: Array<{ value: number; unit: string; year: number; source: string; confidence: string }> }; fuels: unknown[]; process: unknown[] }>();
    expect(body.grid.nationalAverage.length).toBeGreaterThan(0);
    for (const f of body.grid.nationalAverage) {
      expect(f.unit).toBe('tCO2/MWh');
      expect(f.source.length).toBeGreaterThan(10);
    }
    expect(body.fuels.length).toBeGreaterThan(5);
    expect(body.process.length).toBeGreaterThan(0);
  });

  it('GET /v1/catalog/measures, filtered by sector; a bad sector is a 400 with its path', async () => {
    const all = (await app.inject('/v1/catalog/measures')).json<{ measures: Array<{ id: string; source: string }> }>();
    const steel = (await app.inject('/v1/catalog/measures?sector=steel')).json<{ measures: unknown[] }>();
    expect(all.measures.length).toBeGreaterThan(steel.measures.length);
    expect(steel.measures.length).toBeGreaterThan(0);
    const bad = await app.inject('/v1/catalog/measures?sector=bakery');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.issues[0]?.path).toBe('querystring.sector');
  });

  it('GET /v1/catalog/offsets and /prices', async () => {
    const { offsets } = (await app.inject('/v1/catalog/offsets')).json<{ offsets: Array<{ id: string }> }>();
    expect(offsets.map((o) => o.id)).toContain('ccer');
    const { prices } = (await app.inject('/v1/catalog/prices')).json<{ prices: Array<{ id: string; pathByYear: Record<string, number> }> }>();
    expect(prices.find((p) => p.id === 'cea')?.pathByYear['2030']).toBeGreaterThan(0);
  });
});

describe('scenarios', () => {
  it('GET /v1/scenarios lists the bundled files; GET /v1/scenarios/:id returns one; unknown → 404', async () => {
    const { scenarios } = (await app.inject('/v1/scenarios')).json<{ scenarios: Array<{ id: string; factories: Array<{ sector: string }> }> }>();
    expect(scenarios.map((s) => s.id)).toContain('automotive-shanghai');
    expect(scenarios.find((s) => s.id === 'steel-hebei')?.factories[0]?.sector).toBe('steel');
    const one = await app.inject('/v1/scenarios/automotive-shanghai');
    expect(one.statusCode).toBe(200);
    expect(one.json<{ scenario: { id: string }; text: string }>().scenario.id).toBe('automotive_shanghai');
    const missing = await app.inject('/v1/scenarios/..%2Fpackage');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ErrorBody>().error.code).toBe('scenario_not_found');
  });

  it('POST /v1/scenarios/validate: a valid scenario (JSON, YAML text, bundled id, YAML body)', async () => {
    const json = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenario: tinyScenarioData() } });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ valid: true, scenario: { id: 'tiny', targetYear: 2027, factories: [{ id: 'tiny_factory' }], measures: ['led'] } });
    const text = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenarioText: HAND_COMPUTED_YAML } });
    expect(text.json()).toMatchObject({ valid: true, scenario: { id: 'hand_computed', horizon: { startYear: 2026, endYear: 2028 } } });
    const bundled = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenarioId: 'steel-hebei' } });
    expect(bundled.json()).toMatchObject({ valid: true, scenario: { targetYear: 2030 } });
    const yaml = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: HAND_COMPUTED_YAML, headers: { 'content-type': 'application/yaml' } });
    expect(yaml.json<{ key: string }>().key).toBe(text.json<{ key: string }>().key);
  });

  it('POST /v1/scenarios/validate: an invalid scenario is a 400 with every field path and reason', async () => {
    const data = tinyScenarioData();
    const bad = { ...data, factory: { ...data.factory, sector: 'bakery', province: 'atlantis' } };
    const r = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenario: bad } });
    expect(r.statusCode).toBe(400);
    const { error } = r.json<ErrorBody>();
    expect(error.code).toBe('scenario_invalid');
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['scenario.factories[0].sector', 'scenario.factories[0].province']));
    expect(error.issues.find((i) => i.path === 'scenario.factories[0].sector')?.message).toContain('"bakery" is not allowed');
  });

  it('POST /v1/scenarios/validate: syntax errors, inconsistencies, no scenario, two scenarios, unknown bundled id', async () => {
    const syntax = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenarioText: 'id: [unclosed' } });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json<ErrorBody>().error.code).toBe('scenario_syntax');
    const inconsistent = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenario: { ...tinyScenarioData(), policy: { targetYear: 2040 } } } });
    expect(inconsistent.statusCode).toBe(400);
    expect(inconsistent.json<ErrorBody>().error.issues[0]?.path).toBe('scenario.policy.targetYear');
    const none = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: {} });
    expect(none.statusCode).toBe(400);
    const two = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenarioId: 'steel-hebei', scenarioText: 'x: 1' } });
    expect(two.statusCode).toBe(400);
    const unknown = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenarioId: 'nope' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error).toMatchObject({ code: 'unknown_scenario', issues: [{ path: 'scenarioId' }] });
    const extra = await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenarioId: 'steel-hebei', colour: 'red' } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json<ErrorBody>().error.code).toBe('invalid_request');
  });
});

describe('documentation and framework errors', () => {
  it('serves the OpenAPI document at /docs/json (the scenario documented by the engine schema) and the UI at /docs', async () => {
    const doc = (await app.inject('/docs/json')).json<{ openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/v1/optimise', '/v1/finance', '/v1/compare', '/v1/simulate', '/v1/sensitivity', '/v1/rollout', '/v1/runs/{id}/charts/{kind}', '/v1/jobs/{id}/events']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/v1/jobs/{id}']?.['delete']).toBeDefined();
    expect(Object.keys(doc.components.schemas.ScenarioFileInput?.properties ?? {})).toEqual(expect.arrayContaining(['factories', 'policy', 'assumptions']));
    const ui = await app.inject('/docs');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('unknown routes are 404 in the error envelope', async () => {
    const r = await app.inject('/v1/nothing');
    expect(r.statusCode).toBe(404);
    expect(r.json<ErrorBody>().error.code).toBe('not_found');
  });

  it('a body over the limit is 413; invalid JSON 400; an unsupported media type 415', async () => {
    const big = await app.inject({ method: 'POST', url: '/v1/optimise', payload: { scenarioText: 'x'.repeat(70 * 1024) } });
    expect(big.statusCode).toBe(413);
    expect(big.json<ErrorBody>().error.code).toBe('body_too_large');
    const json = await app.inject({ method: 'POST', url: '/v1/optimise', payload: '{"scenario": ', headers: { 'content-type': 'application/json' } });
    expect(json.statusCode).toBe(400);
    expect(json.json<ErrorBody>().error.code).toBe('invalid_json');
    const media = await app.inject({ method: 'POST', url: '/v1/optimise', payload: 'hello', headers: { 'content-type': 'application/x-bogus' } });
    expect(media.statusCode).toBe(415);
    const empty = await app.inject({ method: 'POST', url: '/v1/optimise', payload: '', headers: { 'content-type': 'application/json' } });
    expect(empty.statusCode).toBe(400);
  });
});

describe('a full solve queue', () => {
  it('refuses immediate work with 503 and Retry-After instead of queueing without bound', async () => {
    const busy = await testApp({ solveQueueSize: 1 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => busy.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenario: tinyScenarioData({ netTargetTco2: 300 + i }) } })),
      );
      const statuses = answers.map((r) => r.statusCode);
      expect(statuses).toContain(200);
      const refused = answers.filter((r) => r.statusCode === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]!.headers['retry-after']).toBe('2');
      expect(refused[0]!.json<ErrorBody>().error.code).toBe('busy');
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    } finally {
      await busy.close();
    }
  });
});
