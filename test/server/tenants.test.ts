/**
 * API keys and tenants: without a valid key only health, the docs and the dashboard answer; scopes
 * hold (read cannot run, run cannot delete); two tenants sending the same scenario get separate
 * runs and neither can read, chart, follow, cancel or delete the other's runs and jobs (a 404, as
 * for an id that does not exist); a revoked key stops at the next request.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../../server/store/api-keys.ts';
import { openDb } from '../../server/store/db.ts';
import { tempDir, testApp, tinyScenarioData, waitForJob } from './helpers.ts';

let app: FastifyInstance;
const key: Record<'aRun' | 'aRead' | 'aAdmin' | 'bRun' | 'revoked', string> = { aRun: '', aRead: '', aAdmin: '', bRun: '', revoked: '' };
let revokedId = '';
let dir = '';

beforeAll(async () => {
  dir = tempDir();
  const db = openDb(dir);
  const keys = new ApiKeys(db);
  key.aRun = keys.create('bank-a', ['run']).key;
  key.aRead = keys.create('bank-a', ['read']).key;
  key.aAdmin = keys.create('bank-a', ['admin']).key;
  key.bRun = keys.create('bank-b', ['run']).key;
  const r = keys.create('bank-b', ['run']);
  key.revoked = r.key;
  revokedId = r.info.id;
  db.close();
  app = await testApp({ auth: 'keys' }, dir);
});
afterAll(() => app.close());

const as = (k: string) => ({ authorization: `Bearer ${k}` });
const post = (url: string, payload: unknown, k: string) => app.inject({ method: 'POST', url, payload: payload as object, headers: as(k) });
const get = (url: string, k: string) => app.inject({ url, headers: as(k) });

describe('keys and scopes', () => {
  it('without a valid key: 401 with a challenge; health, docs and the dashboard stay open', async () => {
    const none = await app.inject('/v1/scenarios');
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toContain('Bearer');
    expect(none.json()).toMatchObject({ error: { code: 'auth_required' } });
    const forged = await app.inject({ url: '/v1/scenarios', headers: as(`${key.aRun.slice(0, -4)}AAAA`) });
    expect(forged.json()).toMatchObject({ error: { code: 'invalid_key' } });
    expect((await app.inject({ url: '/v1/scenarios', headers: as('not-a-key') })).statusCode).toBe(401);
    const health = await app.inject('/v1/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', auth: 'keys', runs: null });
    expect((await app.inject('/docs/json')).statusCode).toBe(200);
    const doc = (await app.inject('/docs/json')).json<{ components: { securitySchemes: Record<string, unknown> }; security: unknown[] }>();
    expect(doc.components.securitySchemes['bearerAuth']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it('security headers on every answer', async () => {
    const r = await app.inject('/v1/health');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('read cannot run; run cannot delete; a revoked key stops', async () => {
    expect((await get('/v1/scenarios', key.aRead)).statusCode).toBe(200);
    const denied = await post('/v1/scenarios/validate', { scenario: tinyScenarioData() }, key.aRead);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: { code: 'insufficient_scope' } });
    expect((await get('/v1/scenarios', key.revoked)).statusCode).toBe(200);
    // Revoked through a second connection to the running app's store, as `lingtan keys revoke` does.
    const db = openDb(dir);
    expect(new ApiKeys(db).revoke(revokedId)).toBe(true);
    db.close();
    expect((await get('/v1/scenarios', key.revoked)).json()).toMatchObject({ error: { code: 'invalid_key' } });
  });

  it('the dashboard may send the key as its session cookie', async () => {
    expect((await app.inject({ url: '/v1/scenarios', headers: { cookie: `theme=dark; lingtan_key=${encodeURIComponent(key.aRead)}` } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/scenarios', headers: { cookie: 'lingtan_key=%E0%A4%A' } })).statusCode).toBe(401);
  });
});

describe('two tenants', () => {
  it('the same scenario: separate runs, and neither sees the other', async () => {
    const body = { scenario: tinyScenarioData({ id: 'shared_secret_plan' }) };
    const a = await post('/v1/optimise', body, key.aRun);
    expect(a.statusCode).toBe(200);
    expect(a.headers['x-lingtan-cache']).toBe('miss');
    const aId = a.json<{ runId: string }>().runId;
    // The id is random-looking and is not the sha256 of the input, so it cannot be computed offline.
    expect(aId).toMatch(/^[0-9a-f]{64}$/);

    const b = await post('/v1/optimise', body, key.bRun);
    expect(b.statusCode).toBe(200);
    // No cache hit across tenants: B learns nothing of what A sent.
    expect(b.headers['x-lingtan-cache']).toBe('miss');
    const bId = b.json<{ runId: string }>().runId;
    expect(bId).not.toBe(aId);
    const untimed = (r: { result: unknown }) => JSON.parse(JSON.stringify(r.result, (k, v: unknown) => (/seconds$/i.test(k) ? undefined : v))) as unknown;
    expect(untimed(a.json())).toEqual(untimed(b.json()));

    expect((await post('/v1/optimise', body, key.aRun)).headers['x-lingtan-cache']).toBe('hit');
    for (const url of [`/v1/runs/${aId}`, `/v1/runs/${aId}/charts`, `/v1/runs/${aId}/charts/emissions_pathway?format=json`, `/v1/runs/${aId}/model?format=lp`]) {
      const r = await get(url, key.bRun);
      expect(r.statusCode, url).toBe(404);
      expect(r.body).not.toContain('shared_secret_plan');
    }
    expect((await get(`/v1/runs/${aId}`, key.aRead)).statusCode).toBe(200);
    // Comparing with another tenant's run id is as if it did not exist.
    const cmp = await post('/v1/compare', { runs: [{ runId: aId }, { runId: bId }] }, key.bRun);
    expect(cmp.statusCode).toBe(400);

    expect((await get('/v1/health', key.aRun)).json()).toMatchObject({ runs: 1 });
    expect((await app.inject({ method: 'DELETE', url: `/v1/runs/${aId}`, headers: as(key.bRun) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: `/v1/runs/${aId}`, headers: as(key.aRun) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: `/v1/runs/${bId}`, headers: as(key.aAdmin) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/v1/runs/${aId}`, headers: as(key.aAdmin) })).statusCode).toBe(204);
    expect((await get(`/v1/runs/${aId}`, key.aRun)).statusCode).toBe(404);
    expect((await get(`/v1/runs/${bId}`, key.bRun)).statusCode).toBe(200);
  });

  it("a job of one tenant: the other can neither read, follow nor cancel it, and gets its own job for the same request", async () => {
    const body = { sector: 'machinery', count: 3, seed: 5 };
    const a = await post('/v1/rollout', body, key.aRun);
    expect(a.statusCode).toBe(202);
    const job = a.json<{ job: { id: string } }>().job;
    expect((await get(`/v1/jobs/${job.id}`, key.bRun)).statusCode).toBe(404);
    expect((await get(`/v1/jobs/${job.id}/events`, key.bRun)).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/v1/jobs/${job.id}`, headers: as(key.bRun) })).statusCode).toBe(404);
    const b = await post('/v1/rollout', body, key.bRun);
    expect([200, 202]).toContain(b.statusCode);
    if (b.statusCode === 202) expect(b.json<{ job: { id: string } }>().job.id).not.toBe(job.id);
    const aJob = (await get(`/v1/jobs/${job.id}`, key.aRun)).json<{ state: string; history: Array<{ event: string }> }>();
    expect(aJob.history[0]?.event).toBe('queued');
    expect((await app.inject({ method: 'DELETE', url: `/v1/jobs/${job.id}`, headers: as(key.aRun) })).statusCode).not.toBe(404);
  });

  it("a rollout's drill-down (its factories, one as a scenario) is its tenant's only, with the read scope", async () => {
    const a = await post('/v1/rollout', { sector: 'machinery', count: 2, seed: 11 }, key.aRun);
    expect(a.statusCode).toBe(202);
    const { state, runId } = await waitForJob(app, a.json<{ job: { id: string } }>().job.id, 60_000, as(key.aRun));
    expect(state).toBe('succeeded');
    const list = `/v1/runs/${runId}/factories`;
    const one = `${list}/machinery_00001/scenario`;
    for (const url of [list, one]) {
      expect((await app.inject(url)).statusCode, url).toBe(401);
      expect((await get(url, key.bRun)).statusCode, url).toBe(404);
      expect((await get(url, key.aRead)).statusCode, url).toBe(200);
    }
    expect((await get(list, key.aRead)).json<{ factories: Array<{ id: string }> }>().factories.map((f) => f.id)).toEqual(['machinery_00001', 'machinery_00002']);
  });
});
