/**
 * One rollout in a process of its own, so its peak memory is its own (not the suite's):
 *   node --import tsx benchmarks/child/rollout.ts <factories> <workers> [sector]
 * prints one JSON line { factories, workers, seconds, failures, peakRssMb } where
 * seconds is the whole run (pool start-up included) and peakRssMb the process's peak resident set
 * (main thread and every worker thread).
 */
import { DEFAULT_SOLVER_SETTINGS } from '../../engine/data/schemas/solver.ts';
import { SECTOR_IDS, type SectorId } from '../../engine/data/sectors.ts';
import { synthesisePopulation } from '../../engine/rollout/population.ts';
import { runRollout } from '../../engine/rollout/rollout.ts';
import { withPool } from '../../engine/tasks/pool.ts';
import { peakRssMb } from '../measure.ts';

const [factoriesArg, workersArg, sectorArg] = process.argv.slice(2);
const factories = Number(factoriesArg);
const workers = Number(workersArg);
const sector = (sectorArg ?? 'electronics') as SectorId;
if (!Number.isInteger(factories) || factories < 1 || !Number.isInteger(workers) || workers < 1 || !SECTOR_IDS.includes(sector)) {
  process.stderr.write('usage: rollout.ts <factories> <workers> [sector]\n');
  process.exit(2);
}
const rows = synthesisePopulation(sector, factories, 1);
const t0 = performance.now();
const r = await withPool({ workers }, (pool) => runRollout(rows, { pool, settings: DEFAULT_SOLVER_SETTINGS }));
const seconds = (performance.now() - t0) / 1000;
if (!r.ok) {
  process.stderr.write(`${r.error.message}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ factories, workers, seconds, failures: r.value.failures.length, peakRssMb: peakRssMb() })}\n`);
