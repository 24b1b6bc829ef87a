/**
 * fast-check sends random JSON, random text and mutated valid bodies to every POST route: the answer
 * is never a 500, always comes (bounded time), and every error is in the error envelope of at most
 * 64 KB (test/server/hostile.test.ts sends the oversized and amplifying inputs).
 */
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, tinyScenarioData } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ maxSolveSeconds: 2, jobQueueSize: 2, maxDraws: 3, maxPopulation: 3, bodyLimitBytes: 256 * 1024 });
});
afterAll(() => app.close());

const RESPONSE_TIMEOUT_MS = 30_000;
/** Fixed seeds and bounded runs in the suite; LINGTAN_FUZZ_RUNS=N (× each count) and LINGTAN_FUZZ_SEED=random widen a search. */
const RUNS = (n: number) => n * Math.max(1, Number(process.env['LINGTAN_FUZZ_RUNS'] ?? 1));
const SEED = (s: number) => (process.env['LINGTAN_FUZZ_SEED'] === 'random' ? Date.now() % 2 ** 31 : s);
const ALLOWED = new Set([200, 202, 400, 404, 413, 415, 422, 503]);

const uncertain = () => ({
  ...tinyScenarioData(),
  uncertainty: { seed: 1, draws: 2, inputs: [{ input: 'electricity_price', distribution: { kind: 'uniform', min: 0.9, max: 1.1 } }] },
});

/** A valid body per POST route: the seeds of the mutations. */
const VALID: ReadonlyArray<readonly [string, unknown]> = [
  ['/v1/scenarios/validate', { scenario: tinyScenarioData() }],
  ['/v1/optimise', { scenario: tinyScenarioData(), timeLimitSeconds: 2 }],
  ['/v1/finance', { scenario: tinyScenarioData() }],
  ['/v1/compare', { runs: [{ scenario: tinyScenarioData(), label: 'a' }, { scenario: tinyScenarioData({ netTargetTco2: 260 }), label: 'b' }] }],
  ['/v1/simulate', { scenario: uncertain(), draws: 2, seed: 1, mode: 'evaluate' }],
  ['/v1/sensitivity', { scenario: uncertain() }],
  ['/v1/rollout', { population: [{ id: 'a', sector: 'textiles', province: 'zhejiang', outputScaleFraction: 0.1 }] }],
  ['/v1/track', {
    scenario: tinyScenarioData(),
    actuals: { meters: [{ id: 'E', role: 'grid_import', unit: 'MWh' }], output: [{ year: 2026, quantity: 100 }], installed: [{ measureId: 'led', sizeUnits: 500, commissioned: '2026-03-01' }] },
    readingsCsv: `timestamp,meter_id,quantity,unit\n${Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')},E,80,MWh`).join('\n')}\n`,
  }],
];
const ROUTES = VALID.map(([route]) => route);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into a JSON value (arrays by index). */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** replace: any JSON; tweak: a value of the same type (a number, a plausible id), which often stays valid. */
type Mutation = { readonly at: number; readonly op: 'replace' | 'tweak' | 'delete' | 'duplicate'; readonly value: Json; readonly num: number; readonly str: string };

function tweak(current: unknown, m: Mutation): unknown {
  if (typeof current === 'number') return m.num;
  if (typeof current === 'string') return m.str;
  if (typeof current === 'boolean') return !current;
  if (Array.isArray(current)) return current.slice(0, m.at % (current.length + 1));
  return m.value;
}

function mutate(value: unknown, m: Mutation): unknown {
  const all = paths(value);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.op === 'replace' ? m.value : m.op === 'tweak' ? tweak(value, m) : value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (m.op === 'replace') parent[last] = m.value;
  else if (m.op === 'tweak') parent[last] = tweak(parent[last], m);
  else if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else if (Array.isArray(parent) && typeof last === 'number') parent.push(structuredClone(parent[last]));
  else parent[`${String(last)}_copy`] = structuredClone(parent[last]);
  return copy;
}

const edgy: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, 0, -1, 1e308, -1e308, 0.5, 1e-300, '', 'all', 'x'.repeat(5000), [], {}, true, 2026, 2100, 1999, 'electricity', 'highs', 'jslp'),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);
const number = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 0.5, 1e-9, 1e9, 1e308, 2025, 2026, 2027, 2030, 2040, 2085, 2100),
  fc.integer({ min: -100, max: 5000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
);
const word = fc.oneof(
  fc.constantFrom('steel', 'textiles', 'machinery', 'hebei', 'tibet', 'jiangsu', 'electricity', 'natural_gas', 'other_electric', 'heat_high', 'all', 'linear', 'target_year_only', 'market', 'location', 'ccer', 'highs', 'jslp', 'evaluate', 'reoptimise', 'year * 2', '1 / 0', 'x', ''),
  fc.string({ maxLength: 20 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.constantFrom('tweak', 'tweak', 'tweak', 'replace', 'delete', 'delete', 'duplicate'), value: edgy, num: number, str: word });

async function send(route: string, payload: string, contentType = 'application/json') {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer from ${route} within ${RESPONSE_TIMEOUT_MS} ms`)), RESPONSE_TIMEOUT_MS).unref());
  const r = await Promise.race([app.inject({ method: 'POST', url: route, payload, headers: { 'content-type': contentType } }), timeout]);
  if (!ALLOWED.has(r.statusCode)) throw new Error(`${route} answered ${r.statusCode}: ${r.body.slice(0, 500)}\nfor ${payload.slice(0, 2000)}`);
  if (r.statusCode >= 400) {
    if (r.rawPayload.length > 64 * 1024) throw new Error(`${route} ${r.statusCode} with a ${r.rawPayload.length}-byte error body`);
    const body = r.json<{ error?: { code?: unknown; message?: unknown; issues?: unknown } }>();
    if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string' || !Array.isArray(body.error.issues)) {
      throw new Error(`${route} ${r.statusCode} without the error envelope: ${r.body.slice(0, 300)}`);
    }
  }
  return r.statusCode;
}

describe('no input makes a 500 or a hang', () => {
  it('random JSON to every POST route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.jsonValue({ maxDepth: 4 }), async (route, body) => {
        await send(route, JSON.stringify(body));
      }),
      { numRuns: RUNS(80), seed: SEED(20260101) },
    );
  });

  it('random text as JSON, YAML and CSV bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('{', '[1,', 'null', '"x"', 'id: [', 'factory:\n  sector: steel\n', '\u0000', '1e999999')),
        fc.constantFrom('application/json', 'application/yaml', 'text/csv'),
        async (route, text, type) => {
          await send(route, text, type);
        },
      ),
      { numRuns: RUNS(60), seed: SEED(20260102) },
    );
  });

  it('mutated valid bodies to every POST route', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID), fc.array(mutation, { minLength: 1, maxLength: 3 }), async ([route, valid], mutations) => {
        const body = mutations.reduce<unknown>((b, m) => mutate(b, m), valid);
        const status = await send(route, JSON.stringify(body));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { numRuns: RUNS(140), seed: SEED(20260103) },
    );
    // The mutations reach past validation, into the solver and the job queue.
    expect([...statuses.keys()].filter((s) => s === 200 || s === 202 || s === 422 || s === 503).length).toBeGreaterThan(0);
  });

  it('numeric perturbations of valid bodies reach the solver and the jobs', async () => {
    const statuses = new Map<number, number>();
    const numericPaths = (v: unknown) => paths(v).filter((p) => typeof p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v) === 'number');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID), fc.nat(), number, async ([route, valid], at, value) => {
        const candidates = numericPaths(valid);
        const path = candidates[at % candidates.length]!;
        const body = structuredClone(valid) as Record<string | number, unknown>;
        let parent = body;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1)!] = value;
        const status = await send(route, JSON.stringify(body));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { numRuns: RUNS(80), seed: SEED(20260104) },
    );
    expect((statuses.get(200) ?? 0) + (statuses.get(202) ?? 0) + (statuses.get(422) ?? 0) + (statuses.get(503) ?? 0)).toBeGreaterThan(10);
  });
});
