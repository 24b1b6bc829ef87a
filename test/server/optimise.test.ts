/** POST /optimise, /finance, /compare; stored runs; charts as spec, SVG and PNG. */
import type { FastifyInstance } from 'fastify';
import { compile } from 'vega-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_KIND_IDS } from '../../engine/charts/registry.ts';
import { loadScenarioData } from '../../engine/data/load-scenario.ts';
import { optimiseScenario } from '../../engine/optimise/optimise-scenario.ts';
import type { ScenarioPlan } from '../../engine/optimise/types.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { planRun, reusable } from '../../server/operations/optimise.ts';
import { runEnvelope } from '../../server/responses.ts';
import { HAND_COMPUTED_YAML, PNG_SIGNATURE, testApp, tinyScenarioData, twoFactoryData, waitForJob } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ syncMaxFactories: 1 });
});
afterAll(() => app.close());

interface RunBody {
  runId: string;
  kind: string;
  status: string;
  cached: boolean;
  solverLimitReached: boolean;
  links: { self: string; charts: string };
  result: Record<string, unknown>;
  error?: { code: string; message: string; issues: unknown[]; diagnosis?: Array<{ factoryId: string; diagnosis: { summary: string; shortfallTco2: unknown[] } | null }> };
}

const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });

describe('POST /v1/optimise', () => {
  it('solves a tiny scenario: 200 with the CLI JSON shape, stored under the hash of the normalised input', async () => {
    const r = await post('/v1/optimise', { scenario: tinyScenarioData() });
    expect(r.statusCode).toBe(200);
    expect(r.headers['x-lingtan-cache']).toBe('miss');
    const body = r.json<RunBody>();
    expect(body).toMatchObject({ kind: 'optimise', status: 'optimal', cached: false, solverLimitReached: false });
    expect(body.runId).toMatch(/^[0-9a-f]{64}$/);
    expect(body.result).toMatchObject({ scenario: 'tiny', status: 'optimal', factories: [{ id: 'tiny_factory', status: 'optimal' }] });
    const factory = (body.result['factories'] as Array<{ emissions: Array<{ year: number; netTco2: number }>; plan: Array<{ measureId: string }> }>)[0]!;
    expect(factory.emissions.find((e) => e.year === 2027)!.netTco2).toBeLessThanOrEqual(300 + 1e-6);
    expect(factory.plan.some((p) => p.measureId === 'led')).toBe(true);
    expect(r.headers['x-lingtan-run']).toBe(body.runId);
  });

  it('answers an identical request from the store, also when spelled differently (key order, YAML, defaults)', async () => {
    const first = (await post('/v1/optimise', { scenario: tinyScenarioData() })).json<RunBody>();
    const again = await post('/v1/optimise', { scenario: tinyScenarioData() });
    expect(again.headers['x-lingtan-cache']).toBe('hit');
    expect(again.json<RunBody>()).toMatchObject({ runId: first.runId, cached: true });
    // Same scenario, keys reversed and a default spelled out: a different request, the same normalised input.
    const data = tinyScenarioData();
    const reordered = Object.fromEntries(Object.entries({ ...data, baseYear: 2025 }).reverse());
    const other = await post('/v1/optimise', { scenario: reordered });
    expect(other.json<RunBody>()).toMatchObject({ runId: first.runId, cached: true });
    // A different scenario is a different run.
    const changed = await post('/v1/optimise', { scenario: tinyScenarioData({ netTargetTco2: 400 }) });
    expect(changed.json<RunBody>().runId).not.toBe(first.runId);
  });

  it('takes YAML text, a YAML body and a bundled id', async () => {
    const text = await post('/v1/optimise', { scenarioText: HAND_COMPUTED_YAML });
    expect(text.statusCode).toBe(200);
    const yaml = await app.inject({ method: 'POST', url: '/v1/optimise', payload: HAND_COMPUTED_YAML, headers: { 'content-type': 'application/yaml' } });
    expect(yaml.json<RunBody>()).toMatchObject({ runId: text.json<RunBody>().runId, cached: true });
    const bundled = await post('/v1/optimise', { scenarioId: 'light-industry-zhejiang' });
    expect(bundled.statusCode).toBe(200);
    expect(bundled.json<RunBody>().result).toMatchObject({ scenario: 'light_industry_zhejiang', status: 'optimal' });
  });

  it('with the jslp backend', async () => {
    const r = await post('/v1/optimise', { scenario: tinyScenarioData(), backend: 'jslp' });
    expect(r.statusCode).toBe(200);
    expect(r.json<RunBody>().result).toMatchObject({ solver: { backend: 'jslp' } });
  });

  it('infeasible → 422 with the diagnosis (and the run is stored)', async () => {
    const r = await post('/v1/optimise', { scenario: tinyScenarioData({ netTargetTco2: 100 }) });
    expect(r.statusCode).toBe(422);
    const body = r.json<RunBody>();
    expect(body.error).toMatchObject({ code: 'infeasible', issues: [] });
    expect(body.error?.diagnosis?.[0]?.diagnosis?.summary).toContain('cannot be met');
    expect(body.status).toBe('infeasible');
    const stored = await app.inject(`/v1/runs/${body.runId}`);
    expect(stored.statusCode).toBe(200);
    expect(stored.json<RunBody>().status).toBe('infeasible');
    const bundled = await post('/v1/optimise', { scenarioId: 'infeasible-example' });
    expect(bundled.statusCode).toBe(422);
    expect(bundled.json<RunBody>().error?.diagnosis?.[0]?.diagnosis?.shortfallTco2.length).toBeGreaterThan(0);
  });

  it('a solver time limit is marked (422 time_limit without a plan in hand) and never served from the store', async () => {
    const r = await post('/v1/optimise', { scenarioId: 'building-materials-anhui', timeLimitSeconds: 1e-6 });
    expect(r.statusCode).toBe(422);
    const body = r.json<RunBody>();
    expect(body).toMatchObject({ solverLimitReached: true, error: { code: 'time_limit' } });
    const again = await post('/v1/optimise', { scenarioId: 'building-materials-anhui', timeLimitSeconds: 1e-6 });
    expect(again.headers['x-lingtan-cache']).toBe('miss');
  });

  it('a failed solve takes its API error code from the solver report (model_too_large, else solver_error), not from its message', async () => {
    const loaded = loadScenarioData(tinyScenarioData());
    if (!loaded.ok) throw new Error('tiny scenario invalid');
    const solved = optimiseScenario(loaded.value, await loadBackend('highs'));
    const f = solved.factories[0]!;
    const failed = (errorCode: 'model_too_large' | 'solver_error'): ScenarioPlan => ({
      ...solved,
      status: 'error',
      objectiveRmb: null,
      factories: [{ ...f, status: 'error', message: 'refused', objectiveRmb: null, solver: { ...f.solver, termination: 'error', hasSolution: false, message: 'refused', errorCode } }],
    });
    const run = (plan: ScenarioPlan) => planRun('optimise', 'x'.repeat(64), {}, loaded.value, { plan, baselines: {}, finance: null, seconds: 0.1 });
    expect(run(failed('model_too_large')).meta.error).toMatchObject({ code: 'model_too_large', message: 'tiny_factory: refused' });
    expect(run(failed('solver_error')).meta.error).toMatchObject({ code: 'solver_error' });
  });

  it('a plan stopped by the time limit with a plan in hand is the answer, marked as the best found', async () => {
    // Which of the two a real solve gives depends on the machine's speed, so the plan is made by hand.
    const loaded = loadScenarioData(tinyScenarioData());
    if (!loaded.ok) throw new Error('tiny scenario invalid');
    const solved = optimiseScenario(loaded.value, await loadBackend('highs'));
    const f = solved.factories[0]!;
    const cut: ScenarioPlan = { ...solved, status: 'feasible', factories: [{ ...f, status: 'feasible', message: 'plan in hand, not proven optimal (time_limit)', solver: { ...f.solver, termination: 'time_limit' } }] };
    const run = planRun('optimise', 'x'.repeat(64), {}, loaded.value, { plan: cut, baselines: {}, finance: null, seconds: 0.1 });
    expect(run.meta).toMatchObject({ solverLimitReached: true });
    expect(run.meta.error).toBeUndefined();
    expect(reusable(run)).toBe(false);
    const envelope = JSON.parse(runEnvelope(run, { cached: false, includeRequest: false })) as RunBody;
    expect(envelope).toMatchObject({ status: 'feasible', solverLimitReached: true, result: { status: 'feasible', factories: [{ message: 'plan in hand, not proven optimal (time_limit)' }] } });
    expect(envelope.error).toBeUndefined();
  });

  it('more factories than the sync threshold → 202 with a job that produces the run', async () => {
    const r = await post('/v1/optimise', { scenario: twoFactoryData() });
    expect(r.statusCode).toBe(202);
    const { job } = r.json<{ job: { id: string; runId: string; links: { self: string } } }>();
    expect(r.headers['location']).toBe(job.links.self);
    const done = await waitForJob(app, job.id);
    expect(done.state).toBe('succeeded');
    const run = await app.inject(`/v1/runs/${job.runId}`);
    expect(run.json<RunBody>().result).toMatchObject({ factories: [{ id: 'tiny_factory' }, { id: 'tiny_factory_2' }] });
    const again = await post('/v1/optimise', { scenario: twoFactoryData() });
    expect(again.statusCode).toBe(200);
    expect(again.headers['x-lingtan-cache']).toBe('hit');
  });

  it('bad input is a 400 with field paths', async () => {
    const r = await post('/v1/optimise', { scenario: tinyScenarioData(), backend: 'cplex', timeLimitSeconds: -1 });
    expect(r.statusCode).toBe(400);
    const paths = r.json<{ error: { issues: Array<{ path: string }> } }>().error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['backend', 'timeLimitSeconds']));
    const s = await post('/v1/optimise', { scenario: { ...tinyScenarioData(), horizon: { startYear: 2020 } } });
    expect(s.statusCode).toBe(400);
    expect(s.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toBe('scenario.horizon.startYear');
  });
});

describe('POST /v1/finance and /v1/compare', () => {
  it('finance: the bank view of the plan (shape of lingtan finance --json)', async () => {
    const r = await post('/v1/finance', { scenarioText: HAND_COMPUTED_YAML });
    expect(r.statusCode).toBe(200);
    const body = r.json<RunBody>();
    expect(body.kind).toBe('finance');
    expect(body.result).toMatchObject({ scenario: 'hand_computed', planStatus: 'optimal', factories: [{ id: 'hand_factory' }] });
    const charts = (await app.inject(body.links.charts)).json<{ charts: Array<{ kind: string }> }>().charts.map((c) => c.kind);
    expect(charts).toContain('emissions_pathway');
  });

  it('compare: scenarios and stored runs side by side, each optimised as its own run', async () => {
    const stored = (await post('/v1/optimise', { scenario: tinyScenarioData() })).json<RunBody>();
    const r = await post('/v1/compare', {
      runs: [
        { runId: stored.runId, label: 'base' },
        { scenario: tinyScenarioData({ netTargetTco2: 260 }), label: 'tighter' },
        { scenario: tinyScenarioData({ netTargetTco2: 100 }), label: 'impossible' },
      ],
    });
    expect(r.statusCode).toBe(200);
    const body = r.json<RunBody>();
    const rows = body.result['runs'] as Array<{ label: string; runId: string; status: string; costRmb: number | null; capexRmb: number; netTco2: number | null }>;
    expect(rows.map((x) => x.label)).toEqual(['base', 'tighter', 'impossible']);
    expect(rows[0]!.runId).toBe(stored.runId);
    expect(rows[1]!.costRmb!).toBeGreaterThan(rows[0]!.costRmb!);
    expect(rows[2]).toMatchObject({ status: 'infeasible', costRmb: null, netTco2: null });
    const chart = await app.inject(`/v1/runs/${body.runId}/charts/plan_comparison`);
    expect(chart.statusCode).toBe(200);
    const again = await post('/v1/compare', {
      runs: [
        { runId: stored.runId, label: 'base' },
        { scenario: tinyScenarioData({ netTargetTco2: 260 }), label: 'tighter' },
        { scenario: tinyScenarioData({ netTargetTco2: 100 }), label: 'impossible' },
      ],
    });
    expect(again.headers['x-lingtan-cache']).toBe('hit');
  });

  it('compare: 2–10 runs; an unknown run id is a 400 at its path', async () => {
    const one = await post('/v1/compare', { runs: [{ scenario: tinyScenarioData() }] });
    expect(one.statusCode).toBe(400);
    const unknown = await post('/v1/compare', { runs: [{ runId: 'nope' }, { scenario: tinyScenarioData() }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toBe('runs[0].runId');
    const badScenario = await post('/v1/compare', { runs: [{ scenario: tinyScenarioData() }, { scenario: { id: 'x' } }] });
    expect(badScenario.statusCode).toBe(400);
    expect(badScenario.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toMatch(/^runs\[1\]\.scenario/);
  });
});

describe('runs and charts', () => {
  it('GET /v1/runs/:id returns the request and the result; unknown → 404', async () => {
    const { runId } = (await post('/v1/optimise', { scenarioText: HAND_COMPUTED_YAML })).json<RunBody>();
    const r = await app.inject(`/v1/runs/${runId}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ runId, kind: 'optimise', request: { scenarioText: HAND_COMPUTED_YAML }, result: { scenario: 'hand_computed' } });
    expect((await app.inject('/v1/runs/0000')).statusCode).toBe(404);
    expect((await app.inject('/v1/runs/0000/charts')).statusCode).toBe(404);
  });

  it('lists the chart kinds of a plan; each is a Vega-Lite spec that compiles', async () => {
    const { runId } = (await post('/v1/optimise', { scenarioText: HAND_COMPUTED_YAML })).json<RunBody>();
    const { charts } = (await app.inject(`/v1/runs/${runId}/charts`)).json<{ charts: Array<{ kind: string; factories: string[] | null; href: string }> }>();
    expect(charts.map((c) => c.kind)).toEqual(['emissions_pathway', 'abatement_wedges', 'capex_by_year', 'energy_mix', 'mac_curve', 'cost_waterfall']);
    for (const c of charts) {
      expect(CHART_KIND_IDS).toContain(c.kind);
      expect(c.factories).toEqual(['hand_factory']);
      const r = await app.inject(c.href);
      expect(r.statusCode, c.kind).toBe(200);
      expect(r.headers['content-type']).toContain('application/json');
      const spec = r.json<{ $schema: string }>();
      expect(spec.$schema).toContain('vega-lite');
      expect(() => compile(spec as Parameters<typeof compile>[0])).not.toThrow();
    }
  });

  it('renders SVG with text and PNG with the PNG signature; Chinese labels; cached after the first render', async () => {
    const { runId } = (await post('/v1/optimise', { scenarioText: HAND_COMPUTED_YAML })).json<RunBody>();
    const svg = await app.inject(`/v1/runs/${runId}/charts/emissions_pathway?format=svg&lang=zh`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<text');
    expect(svg.body).toContain('排放路径');
    const png = await app.inject(`/v1/runs/${runId}/charts/mac_curve?format=png&scale=1`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.rawPayload.length).toBeGreaterThan(2000);
    const again = await app.inject(`/v1/runs/${runId}/charts/mac_curve?format=png&scale=1`);
    expect(again.headers['x-lingtan-cache']).toBe('hit');
    expect(again.rawPayload.equals(png.rawPayload)).toBe(true);
  });

  it('chart errors: a kind the run lacks → 404, an unknown factory or format → 400', async () => {
    const { runId } = (await post('/v1/optimise', { scenarioText: HAND_COMPUTED_YAML })).json<RunBody>();
    const kind = await app.inject(`/v1/runs/${runId}/charts/tornado`);
    expect(kind.statusCode).toBe(404);
    expect(kind.json<{ error: { code: string } }>().error.code).toBe('chart_not_available');
    expect((await app.inject(`/v1/runs/${runId}/charts/not_a_chart`)).statusCode).toBe(404);
    expect((await app.inject(`/v1/runs/${runId}/charts/energy_mix?factory=nope`)).statusCode).toBe(400);
    expect((await app.inject(`/v1/runs/${runId}/charts/energy_mix?format=gif`)).statusCode).toBe(400);
    expect((await app.inject(`/v1/runs/${runId}/charts/energy_mix?width=abc`)).statusCode).toBe(400);
  });

  it('an infeasible plan offers only its MAC curve', async () => {
    const { runId } = (await post('/v1/optimise', { scenarioId: 'infeasible-example' })).json<RunBody>();
    const { charts } = (await app.inject(`/v1/runs/${runId}/charts`)).json<{ charts: Array<{ kind: string }> }>();
    expect(charts.map((c) => c.kind)).toEqual(['mac_curve']);
    expect((await app.inject(`/v1/runs/${runId}/charts/mac_curve?format=svg`)).body).toContain('<text');
  });
});
