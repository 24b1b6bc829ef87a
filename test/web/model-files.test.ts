/**
 * `GET /v1/runs/:id/model?format=lp|mps` (the dashboard's model downloads): the model of a stored
 * optimise run, which solved again from the file gives the run's objective.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadBackend } from '../../engine/solvers/index.ts';
import { solveModelText } from '../../engine/solvers/solve-file.ts';
import { testApp, tinyScenarioData, twoFactoryData } from '../server/helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

async function optimise(scenario: unknown): Promise<{ runId: string; objectiveRmb: number }> {
  const r = await app.inject({ method: 'POST', url: '/v1/optimise', payload: { scenario } });
  expect(r.statusCode).toBe(200);
  const body = r.json<{ runId: string; result: { factories: Array<{ objectiveRmb: number }> } }>();
  return { runId: body.runId, objectiveRmb: body.result.factories[0]!.objectiveRmb };
}

it('serves the model of a run as LP and MPS; both solve to the run’s objective', async () => {
  const { runId, objectiveRmb } = await optimise(tinyScenarioData());
  const highs = await loadBackend('highs');
  for (const format of ['lp', 'mps'] as const) {
    const r = await app.inject(`/v1/runs/${runId}/model?format=${format}`);
    expect(r.statusCode, format).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="tiny.${format}"`);
    expect(r.body).toContain(format === 'lp' ? 'Minimize' : 'ROWS');
    const solved = solveModelText(r.body, format, highs, { lpReader: highs });
    expect(solved.termination, format).toBe('optimal');
    expect(solved.objective!, format).toBeCloseTo(objectiveRmb, 4);
  }
  // The default format is LP.
  expect((await app.inject(`/v1/runs/${runId}/model`)).body.startsWith('\\ Problem')).toBe(true);
});

it('picks a factory of a scenario with several, and answers bad requests in the error envelope', async () => {
  const { runId } = await optimise(twoFactoryData());
  const second = await app.inject(`/v1/runs/${runId}/model?format=mps&factory=tiny_factory_2`);
  expect(second.statusCode).toBe(200);
  expect(second.headers['content-disposition']).toBe('attachment; filename="tiny_two-tiny_factory_2.mps"');

  const unknownFactory = await app.inject(`/v1/runs/${runId}/model?factory=nope`);
  expect(unknownFactory.statusCode).toBe(400);
  expect(unknownFactory.json()).toMatchObject({ error: { issues: [{ path: 'querystring.factory' }] } });
  const badFormat = await app.inject(`/v1/runs/${runId}/model?format=xlsx`);
  expect(badFormat.statusCode).toBe(400);
  expect(badFormat.json()).toMatchObject({ error: { issues: [{ path: 'querystring.format' }] } });
  const missing = await app.inject('/v1/runs/not-a-run/model');
  expect(missing.statusCode).toBe(404);
  expect(missing.json()).toMatchObject({ error: { code: 'run_not_found' } });

  const compare = await app.inject({ method: 'POST', url: '/v1/compare', payload: { runs: [{ runId }, { scenario: tinyScenarioData(), label: 'tiny' }] } });
  expect(compare.statusCode).toBe(200);
  const notAPlan = await app.inject(`/v1/runs/${compare.json<{ runId: string }>().runId}/model`);
  expect(notAPlan.statusCode).toBe(404);
  expect(notAPlan.json()).toMatchObject({ error: { code: 'model_not_available' } });
});

it('serves the dashboard to browsers at / and the API descriptor to everyone else', async () => {
  const json = await app.inject('/');
  expect(json.statusCode).toBe(200);
  expect(json.json()).toMatchObject({ name: 'lingtan', api: '/v1', docs: '/docs' });
  const html = await app.inject({ url: '/', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  // 200 with the page once web/dist is built (npm ci, or the browser tests); 503 naming the build command before.
  if (html.statusCode === 200) {
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<div id="app">');
  } else {
    expect(html.statusCode).toBe(503);
    expect(html.body).toContain('npm run build:web');
  }
  // Paths that are not files of the build keep the API's 404.
  const unknown = await app.inject('/no-such-page');
  expect(unknown.statusCode).toBe(404);
  expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
});
