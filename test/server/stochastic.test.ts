/**
 * POST /v1/stochastic: a job with progress whose run holds the hand-solved newsvendor's answer
 * (test/stochastic/newsvendor.test.ts) and its cost-distribution chart; bad options are 400s with paths.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StochasticResult } from '../../engine/stochastic/types.ts';
import { HAND_COMPUTED_YAML, parseSse, testApp, waitForJob } from './helpers.ts';

const NEWSVENDOR = readFileSync(new URL('../fixtures/scenarios/newsvendor-stochastic.yaml', import.meta.url), 'utf8');

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ maxDraws: 50 });
});
afterAll(() => app.close());

const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/stochastic', payload });
const paths = async (payload: object) => {
  const r = await post(payload);
  return [r.statusCode, ...r.json<{ error: { issues: Array<{ path: string }> } }>().error.issues.map((i) => i.path)];
};

describe('POST /v1/stochastic', () => {
  it('runs as a job with progress; the run has the plan, VSS and EVPI, and its chart', async () => {
    const r = await post({ scenarioText: NEWSVENDOR, sampling: 'enumerate' });
    expect(r.statusCode, r.body).toBe(202);
    const job = r.json<{ job: { id: string; kind: string; links: { events: string } } }>().job;
    expect(job.kind).toBe('stochastic');
    const done = await waitForJob(app, job.id);
    expect(done.state).toBe('succeeded');
    const progress = parseSse((await app.inject(job.links.events)).body);
    expect(progress.at(-1)?.event).toBe('done');
    const run = (await app.inject(`/v1/runs/${done.runId}`)).json<{ kind: string; result: StochasticResult }>();
    expect(run.kind).toBe('stochastic');
    expect(run.result.firstStage['tiny_factory.build[eff,2026]']).toBeCloseTo(1000, 4);
    expect(run.result.vssRmb).toBeCloseTo(37_500, 2);
    expect(run.result.evpiRmb).toBeCloseTo(25_000, 2);
    expect(done.progress.done).toBe(done.progress.total);
    const charts = (await app.inject(`/v1/runs/${done.runId}/charts`)).json<{ charts: Array<{ kind: string }> }>().charts.map((c) => c.kind);
    expect(charts).toEqual(['stochastic_cost']);
    const svg = await app.inject(`/v1/runs/${done.runId}/charts/stochastic_cost?format=svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toContain('Stochastic plan');
    // The same request again: from the store.
    const again = await post({ scenarioText: NEWSVENDOR, sampling: 'enumerate' });
    expect(again.statusCode).toBe(200);
  }, 120_000);

  it('bad options are 400s naming the field', async () => {
    expect(await paths({ scenarioText: NEWSVENDOR, cvar: { alphaFraction: 1, weight: 1 } })).toEqual([400, 'cvar.alphaFraction']);
    expect(await paths({ scenarioText: NEWSVENDOR, scenarios: 0 })).toEqual([400, 'scenarios']);
    expect(await paths({ scenarioText: NEWSVENDOR, scenarios: 51 })).toEqual([400, 'scenarios']);
    expect(await paths({ scenarioText: HAND_COMPUTED_YAML })).toEqual([400, 'scenarioText.uncertainty.inputs']);
    expect(await paths({ scenarioText: NEWSVENDOR, firstStageEndYear: 2031 })).toEqual([400, 'firstStageEndYear']);
  });
});
