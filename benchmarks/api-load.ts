/**
 * HTTP API load test (not part of the test suite): requests per second and latency under
 * concurrent clients, with autocannon against `lingtan serve` on 127.0.0.1 in a child process
 * (so the load generator does not share the server's event loop).
 *
 *   npx tsx benchmarks/api-load.ts [--connections 32] [--duration 10] [--workers W] [--scenario automotive-shanghai] [--case ID] [--no-auth]
 *
 * By default the server runs as deployed: API keys (one made with `lingtan keys create`, sent as
 * a bearer token on every request), the rate limiter counting per key (its limit raised above
 * what the run sends, so its cost is measured but it does not answer 429), security headers and
 * the audit log hooks. `--no-auth` measures the open local mode.
 *
 * Cases:
 *   get_run_cached        GET /v1/runs/:id of a stored run
 *   optimise_cached       POST /v1/optimise, the same one-factory body every time (answered from the store)
 *   optimise_fresh        POST /v1/optimise, a different one-factory scenario every request (output
 *                         scaled by a counter), so every request is loaded, solved and stored
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (o: { url: string; connections: number; duration: number; requests: AutocannonRequest[]; timeout?: number }) => Promise<AutocannonResult>;

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    workers: { type: 'string', default: String(availableParallelism()) },
    scenario: { type: 'string', default: 'automotive-shanghai' },
    'no-auth': { type: 'boolean', default: false },
    /** Run only this case (the benchmark suite runs optimise_fresh). */
    case: { type: 'string' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'lingtan-api-load-'));

/** An API key for the run (null with --no-auth). */
function makeKey(): string | null {
  if (values['no-auth'] === true) return null;
  const made = spawnSync(process.execPath, [join(root, 'cli/bin.js'), 'keys', 'create', '--tenant', 'load-test', '--scopes', 'run', '--data', dataDir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`lingtan keys create failed: ${made.stderr}`);
  return made.stdout.trim();
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const auth = values['no-auth'] === true ? ['--no-auth'] : [];
  const child = spawn(process.execPath, [join(root, 'cli/bin.js'), 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--workers', values.workers, ...auth], {
    env: { ...process.env, LINGTAN_LOG_LEVEL: 'warn', LINGTAN_RATE_LIMIT: '10000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /lingtan API on (http:\/\/\S+) /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

async function main(): Promise<void> {
  const key = makeKey();
  const authorization: Record<string, string> = key === null ? {} : { authorization: `Bearer ${key}` };
  const json = { 'content-type': 'application/json', ...authorization };
  const server = await startServer();
  try {
    const scenarioFile = join(root, 'scenarios', `${values.scenario}.yaml`);
    type Factory = { output: { baseQuantity: number } };
    const scenario = parseYaml(readFileSync(scenarioFile, 'utf8')) as { factory?: Factory; factories?: Factory[] };
    const factories = scenario.factories ?? (scenario.factory ? [scenario.factory] : []);
    if (factories.length !== 1) throw new Error(`${values.scenario} has ${factories.length} factories; the load test wants one`);
    const base = factories[0]!.output.baseQuantity;
    const cachedBody = JSON.stringify({ scenario });

    // Warm the worker pool and store the run the GET case reads.
    const t0 = performance.now();
    const first = await fetch(`${server.url}/v1/optimise`, { method: 'POST', headers: json, body: cachedBody });
    const { runId, status } = (await first.json()) as { runId: string; status: string };
    const firstMs = performance.now() - t0;
    if (first.status !== 200) throw new Error(`warm-up optimise answered ${first.status}`);

    let counter = 0;
    const fresh = (req: AutocannonRequest): AutocannonRequest => {
      counter++;
      const s = structuredClone(scenario);
      (s.factories ?? [s.factory!])[0]!.output.baseQuantity = base * (1 + counter * 1e-4);
      return { ...req, body: JSON.stringify({ scenario: s }) };
    };

    const cases: Array<{ id: string; requests: AutocannonRequest[] }> = [
      { id: 'get_run_cached', requests: [{ method: 'GET', path: `/v1/runs/${runId}`, headers: authorization }] },
      { id: 'optimise_cached', requests: [{ method: 'POST', path: '/v1/optimise', headers: json, body: cachedBody }] },
      { id: 'optimise_fresh', requests: [{ method: 'POST', path: '/v1/optimise', headers: json, setupRequest: fresh }] },
    ];
    const results = [];
    for (const c of cases.filter((x) => values.case === undefined || x.id === values.case)) {
      process.stderr.write(`• ${c.id}: ${connections} connections, ${duration} s … `);
      const r = await autocannon({ url: server.url, connections, duration, requests: c.requests, timeout: 60 });
      const row = {
        case: c.id,
        requestsPerSecond: Math.round(r.requests.average * 10) / 10,
        total: r.requests.total,
        latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
      };
      process.stderr.write(`${row.requestsPerSecond} req/s, p99 ${row.latencyMs.p99} ms\n`);
      results.push(row);
    }
    const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, serverWorkers: Number(values.workers) };
    process.stdout.write(`${JSON.stringify({ scenario: values.scenario, planStatus: status, firstSolveMs: Math.round(firstMs), connections, durationSeconds: duration, auth: key !== null, machine, results }, null, 2)}\n`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
