/**
 * The HTTP API under load (benchmarks/api-load.ts in a child process: `lingtan serve` with an API
 * key, autocannon with 32 connections): a different one-factory `POST /v1/optimise` every request,
 * so each is loaded, solved and stored.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { valueResult, type Benchmark } from '../types.ts';

const script = fileURLToPath(new URL('../api-load.ts', import.meta.url));

interface LoadReport {
  readonly results: ReadonlyArray<{ readonly case: string; readonly requestsPerSecond: number; readonly latencyMs: { readonly p50: number; readonly p99: number }; readonly errors: number; readonly non2xx: number }>;
}

export function apiLoad(smoke: boolean): Benchmark {
  const id = 'api_optimise_fresh';
  const group = 'api';
  return {
    id,
    group,
    smoke,
    async run(mode) {
      const duration = mode.quick ? 3 : 10;
      const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--case', 'optimise_fresh', '--connections', '32', '--duration', String(duration)], { encoding: 'utf8', maxBuffer: 1 << 22 });
      const report = JSON.parse(out) as LoadReport;
      const r = report.results.find((x) => x.case === 'optimise_fresh');
      if (r === undefined) throw new Error('api-load.ts reported no optimise_fresh case');
      if (r.errors > 0 || r.non2xx > 0) throw new Error(`optimise_fresh: ${r.errors} errors, ${r.non2xx} non-2xx answers`);
      return [
        valueResult(`${id}.requests_per_second`, group, 'per_second', r.requestsPerSecond, `32 connections, ${duration} s, API key (target ≥ 100/s)`),
        valueResult(`${id}.p50`, group, 'ms', r.latencyMs.p50),
        valueResult(`${id}.p99`, group, 'ms', r.latencyMs.p99),
      ];
    },
  };
}
