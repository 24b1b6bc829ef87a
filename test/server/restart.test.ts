/**
 * Runs survive restarts; shutdown finishes or interrupts jobs; a killed server's jobs are marked
 * interrupted by the next start. The last tests run `lingtan serve` as a real process.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAND_COMPUTED_YAML, tempDir, testApp, waitForJob } from './helpers.ts';

interface Job {
  id: string;
  runId: string;
  state: string;
  progress: { done: number; total: number };
}

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

  it('shutdown: a job that outlasts the grace period ends interrupted; one within it finishes and is stored', async () => {
    const dir = tempDir();
    const a = await testApp({ shutdownGraceMs: 0 }, dir);
    const long = (await a.inject({ method: 'POST', url: '/v1/rollout', payload: { sector: 'machinery', count: 60, seed: 2 } })).json<{ job: Job }>().job;
    await a.close();
    const b = await testApp({ shutdownGraceMs: 60_000 }, dir);
    const job = (await b.inject(`/v1/jobs/${long.id}`)).json<Job & { error: { code: string } }>();
    expect(job).toMatchObject({ state: 'interrupted', error: { code: 'interrupted' } });
    expect((await b.inject(`/v1/runs/${long.runId}`)).statusCode).toBe(404);

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

/** `lingtan serve` in a child process; resolves with its URL once it listens. */
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

async function runningJob(url: string): Promise<Job> {
  const r = await fetch(`${url}/v1/rollout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sector: 'machinery', count: 200, seed: 9 }) });
  expect(r.status).toBe(202);
  const { job } = (await r.json()) as { job: Job };
  for (let i = 0; i < 200; i++) {
    const j = (await (await fetch(`${url}/v1/jobs/${job.id}`)).json()) as Job;
    if (j.state === 'running' && j.progress.done > 0) return j;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('the job never made progress');
}

describe('restart (real process)', () => {
  it('kill -9 between a finished run and its read: the run is there; the running job is marked interrupted', async () => {
    const dir = tempDir();
    const { child, url } = await serve(dir);
    const done = exited(child);
    const posted = await fetch(`${url}/v1/optimise`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: HAND_COMPUTED_YAML });
    expect(posted.status).toBe(200);
    const { runId } = (await posted.json()) as { runId: string };
    const job = await runningJob(url);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');

    const app = await testApp({}, dir);
    try {
      const run = await app.inject(`/v1/runs/${runId}`);
      expect(run.statusCode).toBe(200);
      expect(run.json()).toMatchObject({ runId, status: 'optimal', result: { scenario: 'hand_computed' } });
      expect((await app.inject(`/v1/jobs/${job.id}`)).json<Job>().state).toBe('interrupted');
    } finally {
      await app.close();
    }
  });

  it('SIGTERM: stops gracefully (exit 0) and marks the running job interrupted after the grace period', async () => {
    const dir = tempDir();
    const { child, url } = await serve(dir, { LINGTAN_SHUTDOWN_GRACE_MS: '200' });
    const done = exited(child);
    const job = await runningJob(url);
    child.kill('SIGTERM');
    expect(await done).toEqual({ code: 0, signal: null });
    const app = await testApp({}, dir);
    try {
      const after = (await app.inject(`/v1/jobs/${job.id}`)).json<Job & { error: { message: string } }>();
      expect(after.state).toBe('interrupted');
      expect(after.error.message).toContain('shut down');
      await waitForJob(app, job.id);
    } finally {
      await app.close();
    }
  });
});
