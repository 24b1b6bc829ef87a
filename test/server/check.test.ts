/** POST /v1/check and GET /v1/runs/:id/report through inject(): results, 400s naming the field, 503 without Chromium. */
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.ts';

const app = await testApp();
const noChromium = await testApp({ chromiumPath: '/nonexistent/chromium' });
afterAll(async () => {
  await app.close();
  await noChromium.close();
});

describe('POST /v1/check', () => {
  it('answers the check of a bundled scenario with the run to report on', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/check', payload: { scenarioId: 'light-industry-zhejiang', packs: ['hunan_2025'], year: 2027 } });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.result.years).toEqual([2027]);
    expect(body.result.factories[0].results[0].plan.years[0].status).toBe('pending_evidence');
    const html = await app.inject({ method: 'GET', url: `${body.links.report}?format=html&lang=en` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Zero-carbon factory plan and disclosure report');
  }, 60_000);

  it('400 for an unknown pack and a year outside the horizon, naming the field', async () => {
    const a = await app.inject({ method: 'POST', url: '/v1/check', payload: { scenarioId: 'machinery-jiangsu', packs: ['hunan_2025', 'atlantis'] } });
    expect(a.statusCode).toBe(400);
    expect(a.json().error.code).toBe('unknown_pack');
    expect(a.json().error.issues[0].path).toBe('packs[1]');
    const b = await app.inject({ method: 'POST', url: '/v1/check', payload: { scenarioId: 'machinery-jiangsu', year: 2031 } });
    expect(b.statusCode).toBe(400);
    expect(b.json().error.issues).toEqual([{ path: 'year', message: '2031 is outside the horizon 2026–2030' }]);
  }, 60_000);

  it('GET /v1/packs lists the bundled packs', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/packs' });
    expect(r.json().packs).toHaveLength(9);
  });
});

describe('GET /v1/runs/:id/report', () => {
  it('503 with a clear message when Chromium is missing, 404 for an unknown run', async () => {
    const opt = await noChromium.inject({ method: 'POST', url: '/v1/optimise', payload: { scenarioId: 'machinery-jiangsu' } });
    const r = await noChromium.inject({ method: 'GET', url: `/v1/runs/${opt.json().runId}/report?format=pdf` });
    expect(r.statusCode).toBe(503);
    expect(r.json().error.message).toContain('/nonexistent/chromium');
    expect((await noChromium.inject({ method: 'GET', url: '/v1/runs/nope/report' })).statusCode).toBe(404);
  }, 60_000);
});
