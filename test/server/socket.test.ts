/** Over a real socket (127.0.0.1, a free port): JSON, YAML, a chart, and a live event stream. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { HAND_COMPUTED_UNCERTAIN_YAML, HAND_COMPUTED_YAML, PNG_SIGNATURE, parseSse, tempDir } from './helpers.ts';

let server: RunningServer;
beforeAll(async () => {
  const config = resolveConfig({ host: '127.0.0.1', port: 0, dataDir: tempDir(), workers: 1, logLevel: 'silent', shutdownGraceMs: 0, auth: 'off' });
  if (!config.ok) throw new Error(JSON.stringify(config.issues));
  server = await startServer(config.value);
});
afterAll(() => server.close());

it('serves the API over HTTP, including server-sent events while a job runs', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${server.url}/v1/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });

  const optimised = await fetch(`${server.url}/v1/optimise`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: HAND_COMPUTED_YAML });
  expect(optimised.status).toBe(200);
  expect(optimised.headers.get('x-lingtan-cache')).toBe('miss');
  const { runId } = (await optimised.json()) as { runId: string };
  const png = await fetch(`${server.url}/v1/runs/${runId}/charts/capex_by_year?format=png`);
  expect(png.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await png.arrayBuffer()).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);

  const accepted = await fetch(`${server.url}/v1/simulate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioText: HAND_COMPUTED_UNCERTAIN_YAML, draws: 6, seed: 1 }),
  });
  expect(accepted.status).toBe(202);
  const { job } = (await accepted.json()) as { job: { id: string; runId: string } };
  const events = await fetch(`${server.url}/v1/jobs/${job.id}/events`, { signal: AbortSignal.timeout(60_000) });
  expect(events.headers.get('content-type')).toContain('text/event-stream');
  const stream = parseSse(await events.text());
  expect(stream.at(-1)).toMatchObject({ event: 'done', data: { state: 'succeeded' } });
  expect(stream.some((e) => e.event === 'progress')).toBe(true);
  const run = await fetch(`${server.url}/v1/runs/${job.runId}`);
  expect(run.status).toBe(200);
});
