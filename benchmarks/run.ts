/**
 * Run the benchmark suite and append the results to benchmarks/history/results.jsonl.
 *   npm run bench             every benchmark (minutes; run on a quiet machine)
 *   npm run bench:smoke       the seconds-long subset CI runs
 *   npx tsx benchmarks/run.ts --only pathway_lp_60,rollout_1000 [--no-history]
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { BENCHMARKS } from './registry.ts';
import type { BenchResult, RunRecord } from './types.ts';
import { peakRssMb } from './measure.ts';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' }, 'no-history': { type: 'boolean', default: false } } });

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const only = values.only?.split(',');
const chosen = BENCHMARKS.filter((b) => (only ? only.includes(b.id) : !values.smoke || b.smoke));
const results: BenchResult[] = [];
for (const b of chosen) {
  process.stderr.write(`• ${b.id} … `);
  const t0 = performance.now();
  try {
    const r = await b.run({ quick: values.smoke === true });
    results.push(...r);
    process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    results.push({ id: b.id, group: b.group, unit: 'ms', note: `failed: ${(error as Error).message}` });
    process.stderr.write(`failed: ${(error as Error).message}\n`);
  }
}

const record: RunRecord = {
  timestamp: new Date().toISOString(),
  suite: values.smoke ? 'smoke' : only ? 'partial' : 'full',
  commit: commit(),
  node: process.version,
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30) },
  peakRssMb: peakRssMb(),
  results,
};

const fmt = (r: BenchResult) =>
  r.timing ? `${r.timing.medianMs.toFixed(2)} ms (min ${r.timing.minMs.toFixed(2)}, max ${r.timing.maxMs.toFixed(2)}, n=${r.timing.runs})` : r.value !== undefined ? `${r.value.toFixed(r.unit === 'ratio' ? 3 : 2)} ${r.unit === 'ms' ? 'ms' : r.unit === 'per_second' ? '/s' : r.unit === 'mb' ? 'MB' : ''}` : '';
for (const r of results) process.stdout.write(`${r.id.padEnd(48)} ${fmt(r)}${r.note ? `  — ${r.note}` : ''}\n`);
process.stdout.write(`\n${record.suite} run at ${record.commit} on ${record.machine.cpu} (${record.machine.cores} cores), Node ${record.node}, peak RSS ${record.peakRssMb.toFixed(0)} MB\n`);

if (!values['no-history']) {
  const dir = new URL('./history/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  appendFileSync(new URL('results.jsonl', dir), `${JSON.stringify(record)}\n`);
}

const failures = results.filter((r) => r.note?.startsWith('failed'));
if (failures.length > 0) {
  process.stderr.write(`${failures.length} benchmark(s) failed to run: ${failures.map((r) => r.id).join(', ')}\n`);
  process.exitCode = 1;
}
