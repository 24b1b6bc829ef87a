/**
 * Hostile input, as an attacker or a hurried user sends it: every POST route gets oversized,
 * deep, amplifying and malformed bodies (the fixed cases of issue 20 and fast-check generated
 * ones). Each must get a 4xx within a few seconds with a body of at most 64 KB, never a 5xx; the
 * event loop must keep answering /v1/health meanwhile; and the process's memory must come back
 * under a bound afterwards.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, tinyScenarioData } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ maxSolveSeconds: 2, maxDraws: 3, maxPopulation: 50, allowedHosts: ['lingtan.test', 'localhost'] });
  // Start the solve pool's worker (its first task loads the engine), so the timings below are of the work.
  expect((await app.inject({ method: 'POST', url: '/v1/scenarios/validate', payload: { scenario: tinyScenarioData() } })).statusCode).toBe(200);
}, 60_000);
afterAll(() => app.close());

const MAX_BODY = 64 * 1024;
const ROUTES = ['/v1/scenarios/validate', '/v1/optimise', '/v1/finance', '/v1/compare', '/v1/simulate', '/v1/sensitivity', '/v1/rollout', '/v1/check'];
/** A route's JSON body with `scenario` (JSON text) where its scenario goes (text: too deep for JSON.stringify). */
const wrap = (route: string, scenario: string) =>
  route === '/v1/compare' ? `{"runs":[{"scenario":${scenario}},{"scenario":${scenario}}]}` : route === '/v1/rollout' ? `{"population":${scenario}}` : `{"scenario":${scenario}}`;

/** Send and check: 4xx (or 2xx for what is valid), the error envelope, a bounded body and time. */
async function hostile(o: { url: string; payload: string | Buffer; type?: string; headers?: Record<string, string>; method?: 'POST' | 'GET'; within?: number }) {
  const t0 = performance.now();
  const r = await app.inject({ method: o.method ?? 'POST', url: o.url, payload: o.method === 'GET' ? undefined : o.payload, headers: { host: 'lingtan.test', 'content-type': o.type ?? 'application/json', ...o.headers } });
  const ms = performance.now() - t0;
  expect(r.statusCode, `${o.url}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
  expect(r.rawPayload.length, o.url).toBeLessThanOrEqual(MAX_BODY);
  expect(ms, o.url).toBeLessThan(o.within ?? 10_000);
  if (r.statusCode >= 400) expect(r.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), issues: expect.any(Array) } });
  return r;
}

/** Event-loop delay while `f` runs, ms (max of a 10 ms resolution histogram). */
async function loopDelayDuring(f: () => Promise<void>): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  try {
    await f();
  } finally {
    h.disable();
  }
  return h.max / 1e6;
}

const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepYaml = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
const csv = (lines: number, line: string) => `id,sector,province,outputScaleFraction\n${`${line}\n`.repeat(lines)}`;

describe('the cases of issue 20', () => {
  it('huge CSV bodies are cut short while reading: 4xx at once, no heap blow-up', async () => {
    const rssBefore = process.memoryUsage().rss;
    const delay = await loopDelayDuring(async () => {
      const commas = await hostile({ url: '/v1/rollout', payload: ','.repeat(1).concat('\n').repeat(1_900_000), type: 'text/csv' });
      expect(commas.statusCode).toBe(400);
      const xs = await hostile({ url: '/v1/rollout', payload: csv(1_000_000, 'x'), type: 'text/csv' });
      expect([400, 413]).toContain(xs.statusCode);
      const bad = await hostile({ url: '/v1/rollout', payload: csv(150_000, 'a,nowhere,nowhere,-1'), type: 'text/csv' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { issues: unknown[] } }>().error.issues.length).toBeLessThanOrEqual(21);
      const rows = Array.from({ length: 51 }, (_, i) => `f${i},textiles,zhejiang,0.1`);
      const many = await hostile({ url: '/v1/rollout', payload: `id,sector,province,outputScaleFraction\n${rows.join('\n')}\n`, type: 'text/csv' });
      expect(many.json()).toMatchObject({ error: { code: 'input_too_large' } });
      const extra = await hostile({ url: '/v1/rollout', payload: 'id,sector,province,outputScaleFraction,secret\na,textiles,zhejiang,0.1,x\n', type: 'text/csv' });
      expect(extra.json<{ error: { message: string } }>().error.message).toContain('unknown "secret"');
    });
    expect(delay).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);

  it('amplifying JSON: 100,000 measure ids, 25,000 bad rows, a 1 MB scenario id: small answers', async () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `no_such_measure_${i}`);
    const measures = await hostile({ url: '/v1/optimise', payload: JSON.stringify({ scenario: { ...tinyScenarioData(), measures: { include: ids, custom: [] } } }) });
    expect(measures.statusCode).toBe(400);
    const rows = Array.from({ length: 25_000 }, (_, i) => ({ id: `r${i}`, sector: 'nowhere', province: 'nowhere', outputScaleFraction: -1 }));
    expect((await hostile({ url: '/v1/rollout', payload: JSON.stringify({ population: rows }) })).statusCode).toBe(400);
    const id = await hostile({ url: '/v1/optimise', payload: JSON.stringify({ scenarioId: 'x'.repeat(1_000_000) }) });
    expect(id.statusCode).toBe(400);
    expect(id.body.length).toBeLessThan(2000);
  }, 120_000);

  it('deep nesting: 400 input_too_deep on every scenario route, as JSON and as YAML text', async () => {
    for (const route of ROUTES) {
      const r = await hostile({ url: route, payload: wrap(route, deepObject(5000)) });
      expect(r.json(), `${route}: ${r.body.slice(0, 300)}`).toMatchObject({ error: { code: 'input_too_deep' } });
    }
    const block = await hostile({ url: '/v1/scenarios/validate', payload: JSON.stringify({ scenarioText: deepYaml(100) }) });
    expect(block.json()).toMatchObject({ error: { code: 'input_too_deep' } });
    const flowYaml = await hostile({ url: '/v1/optimise', payload: `k: ${'[a, '.repeat(5000)}${']'.repeat(5000)}`, type: 'application/yaml' });
    expect(flowYaml.json()).toMatchObject({ error: { code: 'input_too_deep' } });
    const flow = await hostile({ url: '/v1/scenarios/validate', payload: '['.repeat(100_000) + ']'.repeat(100_000), type: 'application/yaml' });
    expect(flow.statusCode).toBe(400);
  }, 120_000);

  it('YAML with 100,000 keys is refused in linear time', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `key${i}: ${i}`).join('\n');
    const delay = await loopDelayDuring(async () => {
      const r = await hostile({ url: '/v1/scenarios/validate', payload: text, type: 'application/yaml' });
      expect(r.json()).toMatchObject({ error: { code: 'input_too_large' } });
    });
    expect(delay).toBeLessThan(1000);
    const dup = await hostile({ url: '/v1/scenarios/validate', payload: 'id: a\nid: b\n', type: 'application/yaml' });
    expect(dup.json<{ error: { message: string } }>().error.message).toContain('appears twice');
  }, 60_000);

  it('a chart of 4000 × 4000 × 8² pixels is refused before drawing', async () => {
    const run = await hostile({ url: '/v1/optimise', payload: JSON.stringify({ scenario: tinyScenarioData() }) });
    expect(run.statusCode).toBe(200);
    const id = run.json<{ runId: string }>().runId;
    const r = await hostile({ method: 'GET', url: `/v1/runs/${id}/charts/emissions_pathway?format=png&width=4000&height=4000&scale=8`, payload: '' });
    expect(r.json()).toMatchObject({ error: { code: 'chart_too_large' } });
  }, 60_000);

  it('wrong answers to bad input are now 400s: a cap in year 3000, a carbon price of 1e308, a UTF-16 body, another Host', async () => {
    const population = [{ id: 'a', sector: 'textiles', province: 'zhejiang', outputScaleFraction: 0.1 }];
    expect((await hostile({ url: '/v1/rollout', payload: JSON.stringify({ population, cap: { tco2: 1, year: 3000 } }) })).statusCode).toBe(400);
    const outside = await hostile({ url: '/v1/rollout', payload: JSON.stringify({ population, cap: { tco2: 1, year: 2045 } }) });
    expect(outside.json()).toMatchObject({ error: { code: 'scenario_inconsistent', issues: [{ path: 'cap.year' }] } });
    expect((await hostile({ url: '/v1/rollout', payload: JSON.stringify({ population, carbonPriceRmbPerTco2: 1e308 }) })).statusCode).toBe(400);
    expect((await hostile({ url: '/v1/optimise', payload: '{}', type: 'application/json; charset=utf-16' })).statusCode).toBe(415);
    expect((await hostile({ url: '/v1/optimise', payload: '{}', headers: { host: 'evil.example' } })).statusCode).toBe(421);
  }, 60_000);
});

const amplifying: fc.Arbitrary<{ route: string; payload: string; type: string }> = fc.oneof(
  // Deep nesting of objects or arrays somewhere in a scenario.
  fc.record({ route: fc.constantFrom(...ROUTES), depth: fc.integer({ min: 33, max: 20_000 }), arrays: fc.boolean() }).map(({ route, depth, arrays }) => ({
    route,
    payload: wrap(route, arrays ? '['.repeat(depth) + ']'.repeat(depth) : deepObject(depth)),
    type: 'application/json',
  })),
  // Long lists of invalid entries (each one an issue), long strings.
  fc.record({ route: fc.constantFrom(...ROUTES), n: fc.integer({ min: 1000, max: 20_000 }), s: fc.string({ minLength: 1, maxLength: 8 }) }).map(({ route, n, s }) => ({
    route,
    payload: wrap(route, JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: `${s}${i}`, sector: s, x: i })))),
    type: 'application/json',
  })),
  fc.record({ route: fc.constantFrom(...ROUTES), n: fc.integer({ min: 10_000, max: 500_000 }), c: fc.constantFrom('x', '"', ',', '{', '[', 'a: ', '&a [*a]', '- ') }).map(({ route, n, c }) => ({
    route,
    payload: c.repeat(n),
    type: route === '/v1/rollout' ? 'text/csv' : 'application/yaml',
  })),
);

describe('generated hostile input (fast-check)', () => {
  it('deep, long and repetitive bodies to every POST route: 4xx, ≤ 64 KB, in bounded time', async () => {
    let worst = 0;
    await fc.assert(
      fc.asyncProperty(amplifying, async ({ route, payload, type }) => {
        const t0 = performance.now();
        await hostile({ url: route, payload, type });
        worst = Math.max(worst, performance.now() - t0);
      }),
      { numRuns: 30, seed: 20260120 },
    );
    expect(worst).toBeLessThan(10_000);
    // After the barrage the heap is back within bounds (a GC may run first).
    (globalThis as { gc?: () => void }).gc?.();
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
  }, 300_000);
});
