/**
 * Rollout and Monte Carlo throughput on the worker pool: factories per second and draws per second
 * with 1..N workers, and the peak memory of a large rollout (results stream into totals).
 *   npx tsx benchmarks/rollout-scale.ts [--factories 10000] [--sector electronics] [--draws 400] [--workers 1,2]
 * Prints one JSON line per measurement. A benchmark, not a test: run it on a quiet machine.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenarioText } from '../engine/data/load-scenario.ts';
import type { SectorId } from '../engine/data/sectors.ts';
import { synthesisePopulation } from '../engine/rollout/population.ts';
import { runRollout } from '../engine/rollout/rollout.ts';
import { runMonteCarlo } from '../engine/simulation/monte-carlo.ts';
import { loadBackend } from '../engine/solvers/index.ts';

const { values } = parseArgs({
  options: { factories: { type: 'string', default: '2000' }, sector: { type: 'string', default: 'electronics' }, draws: { type: 'string', default: '400' }, workers: { type: 'string', default: '1,2' } },
});
const workerCounts = String(values.workers).split(',').map(Number);
const report = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ ...o, node: process.version })}\n`);
const peakMb = () => process.resourceUsage().maxRSS / 1024;

const rows = synthesisePopulation(values.sector as SectorId, Number(values.factories), 1);
for (const workers of workerCounts) {
  const t0 = performance.now();
  const r = await runRollout(rows, { workers });
  const seconds = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error(r.error.message);
  report({ bench: 'rollout', sector: values.sector, factories: rows.length, workers, seconds, factoriesPerSecond: rows.length / seconds, peakRssMb: peakMb(), failures: r.value.failures.length });
}

const file = new URL('../scenarios/automotive-shanghai.yaml', import.meta.url);
const loaded = loadScenarioText(readFileSync(file, 'utf8'), file.pathname);
if (!loaded.ok) throw new Error(loaded.error.message);
const backend = await loadBackend('highs');
for (const mode of ['reoptimise', 'evaluate'] as const) {
  for (const workers of workerCounts) {
    const t0 = performance.now();
    const mc = await runMonteCarlo(loaded.value, backend, { mode, workers, draws: Number(values.draws) });
    const seconds = (performance.now() - t0) / 1000;
    report({ bench: 'monte_carlo', mode, draws: mc.summary.draws, workers, seconds, drawsPerSecond: mc.summary.draws / seconds, failed: mc.failed.length });
  }
}
