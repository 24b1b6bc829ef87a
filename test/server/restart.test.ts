/**
 * Runs survive restarts; shutdown finishes jobs within the grace period and keeps the others for
 * the next start; a killed server's jobs run again at the next start, under their ids, and give
 * the result of an uninterrupted run. The last tests run `lingtan serve` as a real process, with
 * API keys made by `lingtan keys create`.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAND_COMPUTED_YAML, tempDir, testApp, waitForJob } from './helpers.ts';

interface Job {
  id: string;
  runId: string;
  state: string;
  progress: { done: number; total: number };
  history: Array<{ event: string; message?: string }>;
}

const events = (job: Job) => job.history.map((h) => h.event);

describe('restart (in process)', () => {
  it('a finished run is still there after the app is closed and rebuilt on the same folder', async () => {
    const dir = tempDir();
    const a = await testApp({}, dir);
    const first = await a.inject({ method: 'POST', url: '/v1/optimise', payload: { scenarioText: HAND_COMPUTED_YAML } });
    expect(first.statusCode).toBe(200);
    const { runId, result } = first.json<{ runId: string; result: unknown }>();
    const chart = await a.inject(`/v1/runs/${runId}/charts/emissions_pathway?format=svg`);
    await a.close();

    const b = await testApp({}, dir);
    try {
      const read = await b.inject(`/v1/runs/${runId}`);
      expect(read.statusCode).toBe(200);
      expect(read.json<{ result: unknown }>().result).toEqual(result);
      const again = await b.inject({ method: 'POST', url: '/v1/optimise', payload: { scenarioText: HAND_COMPUTED_YAML } });
      expect(again.headers['x-lingtan-cache']).toBe('hit');
      const stored = await b.inject(`/v1/runs/${runId}/charts/emissions_pathway?format=svg`);
      expect(stored.headers['x-lingtan-cache']).toBe('hit');
      expect(stored.body).toBe(chart.body);
    } finally {
      await b.close();
    }
  });

  it('shutdown: a job that outlasts the grace period is kept and runs at the next start; one within it finishes and is stored', async () => {
    const dir = tempDir();
    const a = await testApp({ shutdownGraceMs: 0 }, dir);
    const long = (await a.inject({ method: 'POST', url: '/v1/rollout', payload: { sector: 'machinery', count: 6, seed: 2 } })).json<{ job: Job }>().job;
    await a.close();
    const b = await testApp({ shutdownGraceMs: 60_000 }, dir);
    const kept = (await b.inject(`/v1/jobs/${long.id}`)).json<Job>();
    expect(events(kept)).toEqual(expect.arrayContaining(['queued', 'stopped', 'requeued']));
    expect((await waitForJob(b, long.id)).state).toBe('succeeded');
    expect((await b.inject(`/v1/runs/${long.runId}`)).statusCode).toBe(200);

    const short = (await b.inject({ method: 'POST', url: '/v1/rollout', payload: { sector: 'machinery', count: 1, seed: 2 } })).json<{ job: Job }>().job;
    await b.close();
    const c = await testApp({}, dir);
    try {
      expect((await c.inject(`/v1/jobs/${short.id}`)).json<Job>().state).toBe('succeeded');
      expect((await c.inject(`/v1/runs/${short.runId}`)).statusCode).toBe(200);
    } finally {
      await c.close();
    }
  });
});

const BIN = fileURLToPath(new URL('../../cli/bin.js', import.meta.url));

/** `lingtan keys create` on a data folder: the key printed. */
function createKey(dir: string, tenant: string): string {
  const made = spawnSync(process.execPath, [BIN, 'keys', 'create', '--tenant', tenant, '--scopes', 'run', '--data', dir], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  return made.stdout.trim();
}

/** `lingtan serve` (API keys required) in a child process; resolves with its URL once it listens. */
function serve(dir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dir, '--workers', '1'], {
    env: { ...process.env, LINGTAN_LOG_LEVEL: 'warn', ...env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /lingtan API on (http:\/\/[^\s]+) /.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

/** A rollout long enough to be killed in the middle (a few seconds on one worker). */
const ROLLOUT = { sector: 'machinery', count: 24, seed: 9 };

async function runningJob(url: string, key: string): Promise<Job> {
  const auth = { authorization: `Bearer ${key}` };
  const r = await fetch(`${url}/v1/rollout`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(ROLLOUT) });
  expect(r.status).toBe(202);
  const { job } = (await r.json()) as { job: Job };
  for (let i = 0; i < 600; i++) {
    const j = (await (await fetch(`${url}/v1/jobs/${job.id}`, { headers: auth })).json()) as Job;
    if (j.state === 'running' && j.progress.done > 0) return j;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('the job never made progress');
}

/** A stored rollout result without its timings (the only part that differs between two runs). */
const untimed = (result: unknown) => JSON.parse(JSON.stringify(result, (k, v: unknown) => (/seconds$/i.test(k) ? undefined : v))) as unknown;

describe('restart (real process)', () => {
  it('kill -9 mid-job: the finished run is there; the job runs again under its id and equals an uninterrupted run', async () => {
    const dir = tempDir();
    const key = createKey(dir, 'bank-a');
    const { child, url } = await serve(dir);
    const done = exited(child);
    const headers = { authorization: `Bearer ${key}` };
    expect((await fetch(`${url}/v1/optimise`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    const posted = await fetch(`${url}/v1/optimise`, { method: 'POST', headers: { 'content-type': 'application/yaml', ...headers }, body: HAND_COMPUTED_YAML });
    expect(posted.status).toBe(200);
    const { runId } = (await posted.json()) as { runId: string };
    const job = await runningJob(url, key);
    expect(job.progress.done).toBeLessThan(job.progress.total);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');

    // The next start (the dead server's lock is taken over) runs the job again.
    const app = await testApp({ auth: 'keys' }, dir);
    try {
      const run = await app.inject({ url: `/v1/runs/${runId}`, headers });
      expect(run.statusCode).toBe(200);
      expect(run.json()).toMatchObject({ runId, status: 'optimal', result: { scenario: 'hand_computed' } });
      const finished = await waitForJob(app, job.id, 120_000, headers);
      expect(finished.state).toBe('succeeded');
      const after = (await app.inject({ url: `/v1/jobs/${job.id}`, headers })).json<Job>();
      expect(events(after)).toEqual(['queued', 'started', 'resumed', 'started', 'succeeded']);
      const read = await app.inject({ url: `/v1/runs/${after.runId}`, headers });
      expect(read.statusCode, read.body.slice(0, 300)).toBe(200);
      const resumed = read.json<{ result: unknown }>().result;

      // The same rollout on a fresh store, never interrupted.
      const fresh = await testApp();
      try {
        const posted2 = (await fresh.inject({ method: 'POST', url: '/v1/rollout', payload: ROLLOUT })).json<{ job: Job }>().job;
        expect((await waitForJob(fresh, posted2.id, 120_000)).state).toBe('succeeded');
        const read2 = await fresh.inject(`/v1/runs/${posted2.runId}`);
        expect(read2.statusCode, read2.body.slice(0, 300)).toBe(200);
        const reference = read2.json<{ result: unknown }>().result;
        expect(untimed(resumed)).toEqual(untimed(reference));
      } finally {
        await fresh.close();
      }
    } finally {
      await app.close();
    }
  }, 180_000);

  it('a second server on the same data folder refuses to start', async () => {
    const dir = tempDir();
    createKey(dir, 'bank-a');
    const { child } = await serve(dir);
    const done = exited(child);
    try {
      await expect(serve(dir)).rejects.toThrow(/in use by another lingtan server/);
    } finally {
      child.kill('SIGTERM');
      await done;
    }
  }, 180_000);

  it('SIGTERM: stops gracefully (exit 0); the running job is kept and runs at the next start', async () => {
    const dir = tempDir();
    const key = createKey(dir, 'bank-a');
    const { child, url } = await serve(dir, { LINGTAN_SHUTDOWN_GRACE_MS: '200' });
    const done = exited(child);
    const job = await runningJob(url, key);
    child.kill('SIGTERM');
    expect(await done).toEqual({ code: 0, signal: null });
    const headers = { authorization: `Bearer ${key}` };
    const app = await testApp({ auth: 'keys' }, dir);
    try {
      const after = (await app.inject({ url: `/v1/jobs/${job.id}`, headers })).json<Job>();
      expect(after.history.find((h) => h.event === 'stopped')?.message).toContain('shut down');
      expect((await waitForJob(app, job.id, 120_000, headers)).state).toBe('succeeded');
    } finally {
      await app.close();
    }
  }, 180_000);
});
