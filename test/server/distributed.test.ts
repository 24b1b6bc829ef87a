/**
 * The server with a Redis URL (real redis-server, a `lingtan worker` child process): simulate and
 * rollout jobs run on the worker and store exactly the result of a server without Redis; a rollout
 * with a cap stays in-process; health names the Redis without its password; a cancelled job stops;
 * a shard that always fails makes a `partial` run, which is not served from the store.
 *
 * Skipped when redis-server is missing, except in CI (`CI` set), where it must be there.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShardWorker } from '../../engine/distributed/worker.ts';
import { hasRedisServer, startRedis, type TestRedis } from '../distributed/redis-server.ts';
import { spawnWorker, type WorkerProcess } from '../distributed/worker-process.ts';
import { testApp, waitForJob } from './helpers.ts';

const run = hasRedisServer() || process.env['CI'] !== undefined ? describe : describe.skip;

interface Envelope {
  runId: string;
  status: string;
  failedShards?: Array<{ shard: number; start: number; end: number; message: string }>;
  result: unknown;
}

/** POST, expect 202, wait for the job, return its job state and stored run. */
async function runJob(app: FastifyInstance, url: string, payload: object): Promise<{ state: string; progress: { done: number; total: number }; run: Envelope }> {
  const r = await app.inject({ method: 'POST', url, payload });
  expect(r.statusCode, r.body).toBe(202);
  const job = await waitForJob(app, r.json<{ job: { id: string } }>().job.id, 120_000);
  const stored = await app.inject(`/v1/runs/${job.runId}`);
  return { state: job.state, progress: job.progress, run: stored.json<Envelope>() };
}

run('jobs on Redis workers', () => {
  let redis: TestRedis;
  let worker: WorkerProcess | undefined;
  let distributed: FastifyInstance;
  let local: FastifyInstance;

  beforeAll(async () => {
    redis = await startRedis();
    worker = await spawnWorker(redis.url, ['--workers', '1', '--concurrency', '2']);
    distributed = await testApp({ redisUrl: redis.url, shardSize: 4 });
    local = await testApp({ workers: 2 });
  }, 120_000);

  afterAll(async () => {
    await distributed?.close();
    await local?.close();
    await worker?.kill('SIGTERM');
    await redis?.stop();
  }, 60_000);

  it('health says where jobs run, without the password', async () => {
    const health = async () => (await distributed.inject('/v1/health')).json<{ distributed: { redis: string; connected: boolean } }>();
    for (let i = 0; i < 50 && !(await health()).distributed.connected; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await health()).toMatchObject({ distributed: { redis: redis.url, connected: true } });
    expect((await local.inject('/v1/health')).json()).toMatchObject({ distributed: null });
    // A Redis that does not answer (port 1): the server starts anyway; health shows it unconnected.
    const secret = await testApp({ redisUrl: 'redis://:s3cret@127.0.0.1:1' });
    try {
      const body = (await secret.inject('/v1/health')).body;
      expect(JSON.parse(body)).toMatchObject({ distributed: { redis: 'redis://***@127.0.0.1:1', connected: false } });
      expect(body).not.toContain('s3cret');
    } finally {
      await secret.close();
    }
  });

  it('a rollout runs on the worker and stores exactly the in-process totals', async () => {
    const body = { sector: 'light_industry', count: 12, seed: 7 };
    const shardsBefore = worker!.log().match(/: started/g)?.length ?? 0;
    const [remote, reference] = await Promise.all([runJob(distributed, '/v1/rollout', body), runJob(local, '/v1/rollout', body)]);
    expect(remote.state).toBe('succeeded');
    expect(remote.progress).toMatchObject({ done: 12, total: 12 });
    // The run ids differ (each store names its runs under its own secret); the results do not.
    expect(remote.run.status).toBe('completed');
    expect(remote.run.failedShards).toBeUndefined();
    expect(JSON.stringify(remote.run.result)).toBe(JSON.stringify(reference.run.result));
    // 12 factories in shards of 4: three shards, all taken by the worker.
    expect((worker!.log().match(/: started/g)?.length ?? 0) - shardsBefore).toBe(3);
    // The chart reads the stored run as usual; the same request again is a cache hit.
    expect((await distributed.inject(`/v1/runs/${remote.run.runId}/charts/rollout_pathway`)).statusCode).toBe(200);
    expect((await distributed.inject({ method: 'POST', url: '/v1/rollout', payload: body })).headers['x-lingtan-cache']).toBe('hit');
  }, 180_000);

  it('a Monte Carlo sweep runs on the worker and stores exactly the in-process result', async () => {
    const body = { scenarioId: 'automotive-shanghai', draws: 6, seed: 11 };
    const [remote, reference] = await Promise.all([runJob(distributed, '/v1/simulate', body), runJob(local, '/v1/simulate', body)]);
    expect(remote.state).toBe('succeeded');
    expect(remote.progress).toMatchObject({ done: 6, total: 6 });
    expect(remote.run.status).toBe('completed');
    expect(JSON.stringify(remote.run.result)).toBe(JSON.stringify(reference.run.result));
    expect((await distributed.inject(`/v1/runs/${remote.run.runId}/charts/mc_fan`)).statusCode).toBe(200);
  }, 180_000);

  it('a rollout with a cap runs in-process (no shard reaches the worker)', async () => {
    const shardsBefore = worker!.log().match(/: started/g)?.length ?? 0;
    const population = [
      { id: 'a', sector: 'textiles', province: 'zhejiang', outputScaleFraction: 0.2 },
      { id: 'b', sector: 'textiles', province: 'jiangsu', outputScaleFraction: 0.3 },
    ];
    const capped = await runJob(distributed, '/v1/rollout', { population, cap: { tco2: 1e12, year: 2030 } });
    expect(capped.state).toBe('succeeded');
    expect(capped.run.status).toBe('cap_met');
    expect(worker!.log().match(/: started/g)?.length ?? 0).toBe(shardsBefore);
  }, 120_000);

  it('with no worker, a job waits for one; DELETE cancels it', async () => {
    await worker!.kill('SIGTERM');
    worker = undefined;
    const r = await distributed.inject({ method: 'POST', url: '/v1/rollout', payload: { sector: 'light_industry', count: 8, seed: 21 } });
    expect(r.statusCode).toBe(202);
    const id = r.json<{ job: { id: string } }>().job.id;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await distributed.inject(`/v1/jobs/${id}`)).json()).toMatchObject({ state: 'running', progress: { done: 0 } });
    const cancelled = await distributed.inject({ method: 'DELETE', url: `/v1/jobs/${id}` });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled' });
  }, 60_000);

  it('a shard that always fails: the run is stored as partial, naming the shard, and is computed again on request', async () => {
    const faulty = await startShardWorker({ redisUrl: redis.url, workers: 1, injectFault: (job) => (job.shard === 1 ? 'injected fault: shard 1 always fails' : undefined) });
    try {
      const body = { sector: 'light_industry', count: 8, seed: 33 };
      const partial = await runJob(distributed, '/v1/rollout', body);
      expect(partial.state).toBe('succeeded');
      expect(partial.run.status).toBe('partial');
      expect(partial.run.failedShards).toMatchObject([{ shard: 1, start: 4, end: 8, message: 'injected fault: shard 1 always fails' }]);
      const result = partial.run.result as { factories: number; failures: Array<{ id: string; message: string }> };
      expect(result.factories).toBe(8);
      expect(result.failures).toHaveLength(4);
      expect(result.failures[0]?.message).toMatch(/shard .*\.1 failed after 3 attempt\(s\): injected fault/);
      // Not an answer to keep: the same request makes a new job.
      const again = await distributed.inject({ method: 'POST', url: '/v1/rollout', payload: body });
      expect(again.statusCode).toBe(202);
      await distributed.inject({ method: 'DELETE', url: `/v1/jobs/${again.json<{ job: { id: string } }>().job.id}` });
    } finally {
      await faulty.close();
    }
  }, 120_000);
});
