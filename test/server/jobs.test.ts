/** Jobs: simulate, sensitivity, rollout; progress as server-sent events; cancellation; a full queue. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAND_COMPUTED_UNCERTAIN_YAML, parseSse, testApp, waitForJob } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp({ jobQueueSize: 1, jobConcurrency: 1, maxDraws: 50, maxPopulation: 40 });
});
afterAll(() => app.close());

interface Job {
  id: string;
  kind: string;
  runId: string;
  state: string;
  progress: { done: number; total: number; failed: number };
  error: { code: string; message: string } | null;
  links: { self: string; events: string; run: string | null };
}

const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
const accepted = async (url: string, payload: object): Promise<Job> => {
  const r = await post(url, payload);
  expect(r.statusCode, r.body).toBe(202);
  expect(r.headers['location']).toMatch(/^\/v1\/jobs\//);
  return r.json<{ job: Job }>().job;
};

describe('simulate', () => {
  it('202 with a job; SSE streams state, progress, then done; the run and its charts follow', async () => {
    const job = await accepted('/v1/simulate', { scenarioText: HAND_COMPUTED_UNCERTAIN_YAML, draws: 4, seed: 3 });
    expect(job).toMatchObject({ kind: 'simulate', progress: { total: 4 } });
    const events = await app.inject(job.links.events);
    expect(events.statusCode).toBe(200);
    expect(events.headers['content-type']).toContain('text/event-stream');
    const parsed = parseSse(events.body);
    expect(parsed[0]?.event).toBe('state');
    const progress = parsed.filter((e) => e.event === 'progress').map((e) => e.data as Job['progress']);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
    const done = parsed.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data).toMatchObject({ state: 'succeeded', links: { run: `/v1/runs/${job.runId}` } });

    const run = (await app.inject(`/v1/runs/${job.runId}`)).json<{ kind: string; result: { draws: unknown[]; summary: { draws: number } } }>();
    expect(run.kind).toBe('simulate');
    expect(run.result.summary.draws).toBe(4);
    const charts = (await app.inject(`/v1/runs/${job.runId}/charts`)).json<{ charts: Array<{ kind: string }> }>().charts.map((c) => c.kind);
    expect(charts).toEqual(['mc_fan', 'mc_histogram']);
    const fan = await app.inject(`/v1/runs/${job.runId}/charts/mc_fan?format=svg&metric=cost`);
    expect(fan.body).toContain('<text');

    // The same request again: answered from the store, no job.
    const again = await post('/v1/simulate', { scenarioText: HAND_COMPUTED_UNCERTAIN_YAML, draws: 4, seed: 3 });
    expect(again.statusCode).toBe(200);
    expect(again.headers['x-lingtan-cache']).toBe('hit');
    // The stream of a finished job: its state, then done.
    expect(parseSse((await app.inject(job.links.events)).body).map((e) => e.event)).toEqual(['state', 'done']);
  });

  it('draws above the server limit, or a bad mode, are 400s with paths', async () => {
    const many = await post('/v1/simulate', { scenarioText: HAND_COMPUTED_UNCERTAIN_YAML, draws: 51 });
    expect(many.statusCode).toBe(400);
    expect(many.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toBe('draws');
    const mode = await post('/v1/simulate', { scenarioText: HAND_COMPUTED_UNCERTAIN_YAML, mode: 'guess' });
    expect(mode.statusCode).toBe(400);
    expect(mode.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toBe('mode');
  });
});

describe('sensitivity and rollout', () => {
  it('sensitivity: a job whose run draws a tornado', async () => {
    const job = await accepted('/v1/sensitivity', { scenarioText: HAND_COMPUTED_UNCERTAIN_YAML });
    expect(job.progress.total).toBe(2);
    expect((await waitForJob(app, job.id)).state).toBe('succeeded');
    const run = (await app.inject(`/v1/runs/${job.runId}`)).json<{ result: { rows: Array<{ input: string }> } }>();
    expect(run.result.rows.map((r) => r.input)).toEqual(['electricity_price']);
    const tornado = await app.inject(`/v1/runs/${job.runId}/charts/tornado?format=svg`);
    expect(tornado.statusCode).toBe(200);
    expect(tornado.body).toContain('<text');
  });

  it('rollout: a synthesised population, sector totals, the rollout pathway chart', async () => {
    const job = await accepted('/v1/rollout', { sector: 'machinery', count: 2, seed: 5 });
    const done = await waitForJob(app, job.id);
    expect(done).toMatchObject({ state: 'succeeded', progress: { done: 2, total: 2 } });
    const run = (await app.inject(`/v1/runs/${job.runId}`)).json<{ result: { factories: number; sectors: Array<{ sector: string }> } }>();
    expect(run.result).toMatchObject({ factories: 2, sectors: [{ sector: 'machinery' }] });
    const spec = await app.inject(`/v1/runs/${job.runId}/charts/rollout_pathway`);
    expect(spec.statusCode).toBe(200);
  });

  it('rollout drill-down: the population the run solved, each factory as a scenario whose plans add up to the sector cost', async () => {
    const job = await accepted('/v1/rollout', { sector: 'machinery', count: 2, seed: 6 });
    expect((await waitForJob(app, job.id)).state).toBe('succeeded');
    const run = (await app.inject(`/v1/runs/${job.runId}`)).json<{ result: { sectors: Array<{ costRmb: number; baseGrossTco2: number }> } }>();
    const list = await app.inject(`/v1/runs/${job.runId}/factories`);
    expect(list.statusCode, list.body).toBe(200);
    const factories = list.json<{ factories: Array<{ id: string; sector: string }> }>().factories;
    expect(factories.map((f) => f.id)).toEqual(['machinery_00001', 'machinery_00002']);
    let costRmb = 0;
    let baseTco2 = 0;
    for (const f of factories) {
      const r = await app.inject(`/v1/runs/${job.runId}/factories/${f.id}/scenario`);
      expect(r.statusCode, r.body).toBe(200);
      const { scenario, basis } = r.json<{ scenario: object; basis: string }>();
      expect(basis).toMatch(/exactly as the rollout solved it/);
      const plan = await post('/v1/optimise', { scenarioText: JSON.stringify(scenario) });
      expect(plan.statusCode, plan.body).toBe(200);
      const p = plan.json<{ result: { factories: Array<{ id: string; status: string; objectiveRmb: number; baseGrossTco2: number }> } }>().result.factories[0]!;
      expect(p).toMatchObject({ id: f.id, status: 'optimal' });
      costRmb += p.objectiveRmb;
      baseTco2 += p.baseGrossTco2;
    }
    // The sector totals are the sums over the factories the rollout solved: the same plans.
    expect(costRmb).toBeCloseTo(run.result.sectors[0]!.costRmb, -1);
    expect(baseTco2).toBeCloseTo(run.result.sectors[0]!.baseGrossTco2, 3);
    expect((await app.inject(`/v1/runs/${job.runId}/factories/nope/scenario`)).statusCode).toBe(404);
  });

  it('rollout: population rows with a cap → the sector carbon price', async () => {
    const population = [
      { id: 'a', sector: 'textiles', province: 'zhejiang', outputScaleFraction: 0.2 },
      { id: 'b', sector: 'textiles', province: 'jiangsu', outputScaleFraction: 0.3 },
    ];
    const job = await accepted('/v1/rollout', { population, cap: { tco2: 1e12, year: 2030 } });
    expect((await waitForJob(app, job.id)).state).toBe('succeeded');
    const run = (await app.inject(`/v1/runs/${job.runId}`)).json<{ status: string; result: { met: boolean; priceRmbPerTco2: number } }>();
    expect(run).toMatchObject({ status: 'cap_met', result: { met: true, priceRmbPerTco2: 0 } });
    expect((await app.inject(`/v1/runs/${job.runId}/charts/rollout_pathway?format=svg`)).body).toContain('<text');
  });

  it('rollout: bad populations are 400s with paths (duplicate ids, unknown province, too many, two forms)', async () => {
    const dup = await post('/v1/rollout', { population: [{ id: 'a', sector: 'steel', province: 'hebei', outputScaleFraction: 1 }, { id: 'a', sector: 'steel', province: 'hebei', outputScaleFraction: 1 }] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toBe('population[1].id');
    const province = await post('/v1/rollout', { population: [{ id: 'a', sector: 'steel', province: 'atlantis', outputScaleFraction: 1 }] });
    expect(province.statusCode).toBe(400);
    expect(province.json<{ error: { issues: Array<{ path: string }> } }>().error.issues[0]?.path).toBe('population[0].province');
    expect((await post('/v1/rollout', { sector: 'steel', count: 41 })).statusCode).toBe(400);
    expect((await post('/v1/rollout', { sector: 'steel' })).statusCode).toBe(400);
    expect((await post('/v1/rollout', { sector: 'steel', count: 2, populationCsv: 'id,sector\n' })).statusCode).toBe(400);
    const csv = await app.inject({ method: 'POST', url: '/v1/rollout', payload: 'id,sector,province\nx,steel,hebei\n', headers: { 'content-type': 'text/csv' } });
    expect(csv.statusCode).toBe(400);
    expect(csv.json<{ error: { code: string } }>().error.code).toBe('scenario_syntax');
  });
});

describe('cancellation and the bounded queue', () => {
  it('DELETE cancels a running job (and a queued one); a full queue is 503 with Retry-After', async () => {
    const running = await accepted('/v1/rollout', { sector: 'machinery', count: 40, seed: 11 });
    const queued = await accepted('/v1/rollout', { sector: 'textiles', count: 40, seed: 12 });
    expect(queued.state).toBe('queued');
    const full = await post('/v1/rollout', { sector: 'chemicals', count: 40, seed: 13 });
    expect(full.statusCode).toBe(503);
    expect(Number(full.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(full.json<{ error: { code: string } }>().error.code).toBe('queue_full');
    // Submitting the queued job again gives the same job, not a new one.
    const same = await post('/v1/rollout', { sector: 'textiles', count: 40, seed: 12 });
    expect(same.json<{ job: Job }>().job.id).toBe(queued.id);

    const cancelQueued = await app.inject({ method: 'DELETE', url: queued.links.self });
    expect(cancelQueued.json<Job>()).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
    const cancelRunning = await app.inject({ method: 'DELETE', url: running.links.self });
    expect(cancelRunning.statusCode).toBe(200);
    expect(cancelRunning.json<Job>().state).toBe('cancelled');
    expect((await app.inject(`/v1/runs/${running.runId}`)).statusCode).toBe(404);
    const twice = await app.inject({ method: 'DELETE', url: running.links.self });
    expect(twice.statusCode).toBe(409);
    expect((await app.inject({ method: 'DELETE', url: '/v1/jobs/nope' })).statusCode).toBe(404);
    expect((await app.inject('/v1/jobs/nope')).statusCode).toBe(404);
    expect((await app.inject('/v1/jobs/nope/events')).statusCode).toBe(404);
  });
});
