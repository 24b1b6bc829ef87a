/**
 * The benchmark registry: models × phases. Each entry produces result rows; `smoke` entries form the
 * seconds-long subset that CI runs. Sizes and targets follow DESIGN §7.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioText } from '../engine/data/load-scenario.ts';
import { buildPathwayModel } from '../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../engine/formulation/factory-data.ts';
import { writeLp } from '../engine/model/lp-writer.ts';
import { writeMps } from '../engine/model/mps-writer.ts';
import { readMps } from '../engine/model/mps-reader.ts';
import { optimiseFactory } from '../engine/optimise/optimise-factory.ts';
import { synthesisePopulation } from '../engine/rollout/population.ts';
import { runRollout } from '../engine/rollout/rollout.ts';
import { runMonteCarlo } from '../engine/simulation/monte-carlo.ts';
import { loadBackend } from '../engine/solvers/index.ts';
import { runNative } from './anchors.ts';
import { generatedScenario } from './generate.ts';
import { peakRssMb, time, type Timing } from './measure.ts';

export interface BenchResult {
  readonly id: string;
  readonly group: string;
  /** 'ms' timings carry median/min/max; rates and ratios carry `value`. */
  readonly unit: 'ms' | 'per_second' | 'ratio' | 'mb';
  readonly timing?: Timing;
  readonly value?: number;
  readonly note?: string;
}

export interface Benchmark {
  readonly id: string;
  readonly group: string;
  readonly smoke: boolean;
  run(): Promise<BenchResult[]>;
}

const ms = (id: string, group: string, timing: Timing, note?: string): BenchResult => ({ id, group, unit: 'ms', timing, ...(note ? { note } : {}) });
const here = (p: string) => new URL(p, import.meta.url).pathname;

function pathwayPhases(measures: number, mip: boolean, smoke: boolean): Benchmark {
  const id = `pathway_${mip ? 'mip' : 'lp'}_${measures}`;
  return {
    id,
    group: 'pathway',
    smoke,
    async run() {
      const highs = await loadBackend('highs');
      const jslp = await loadBackend('jslp');
      const s = generatedScenario({ measures, mip });
      const f = s.factories[0]!;
      const data = prepareFactoryData(s, f);
      const built = buildPathwayModel(data);
      // Warm the WebAssembly solver first (DESIGN §7: ~200 solves until V8 has optimised it).
      for (let i = 0; i < 100; i++) highs.solve(built.model, { mipRelGap: s.solver.mipRelGap });
      const runs = smoke ? 5 : 21;
      const out = [
        ms(`${id}.model_build`, 'pathway', await time(() => buildPathwayModel(prepareFactoryData(s, f)), { runs })),
        ms(`${id}.matrix`, 'pathway', await time(() => built.ctx.b.build(), { runs })),
        ms(`${id}.lp_text`, 'pathway', await time(() => writeLp(built.model), { runs })),
        ms(`${id}.solve_highs`, 'pathway', await time(() => highs.solve(built.model, { mipRelGap: s.solver.mipRelGap }), { runs })),
        ms(`${id}.end_to_end`, 'pathway', await time(() => optimiseFactory(s, f, highs), { runs })),
      ];
      const jslpRun = jslp.solve(built.model, { timeLimitSeconds: 5 });
      out.push(
        jslpRun.termination === 'error'
          ? { id: `${id}.solve_jslp`, group: 'pathway', unit: 'ms', note: `refused: ${jslpRun.message}` }
          : ms(`${id}.solve_jslp`, 'pathway', await time(() => jslp.solve(built.model, { timeLimitSeconds: 5 }), { runs: 3, warmup: 0, maxSeconds: 20 }), jslpRun.termination),
      );
      const solve = out.find((r) => r.id.endsWith('solve_highs'))!.timing!.medianMs;
      const e2e = out.find((r) => r.id.endsWith('end_to_end'))!.timing!.medianMs;
      out.push({ id: `${id}.engine_overhead`, group: 'pathway', unit: 'ratio', value: (e2e - solve) / solve, note: 'end to end − solve, over solve (target ≤ 0.3)' });
      return out;
    },
  };
}

/** HiGHS-WASM against native CLP / CBC on the same exported file. */
function nativeAnchor(measures: number, mip: boolean): Benchmark {
  const id = `anchor_${mip ? 'cbc' : 'clp'}_${measures}`;
  return {
    id,
    group: 'anchor',
    smoke: false,
    async run() {
      const highs = await loadBackend('highs');
      const s = generatedScenario({ measures, mip });
      const { model } = buildPathwayModel(prepareFactoryData(s, s.factories[0]!));
      const dir = mkdtempSync(join(tmpdir(), 'lingtan-bench-'));
      const file = join(dir, 'model.mps');
      writeFileSync(file, writeMps(model));
      const read = readMps(readFileSync(file, 'utf8'));
      if (!read.ok) throw new Error(read.error.message);
      for (let i = 0; i < 100; i++) highs.solve(read.model);
      const ours = await time(() => highs.solve(read.model, mip ? { mipRelGap: 1e-4 } : {}), { runs: 11 });
      const solver = mip ? 'cbc' : 'clp';
      const native = runNative(solver, file);
      if (native === null) return [{ id, group: 'anchor', unit: 'ratio', note: `${solver} not installed` }];
      const times: number[] = [];
      for (let i = 0; i < 7; i++) times.push(runNative(solver, file)!.seconds * 1000);
      times.sort((a, b) => a - b);
      const nativeMs = times[3]!;
      return [
        ms(`${id}.highs_wasm`, 'anchor', ours),
        { id: `${id}.native_process`, group: 'anchor', unit: 'ms', value: nativeMs, note: `${solver} process incl. start-up and file read` },
        { id: `${id}.highs_over_native`, group: 'anchor', unit: 'ratio', value: ours.medianMs / nativeMs, note: 'target ≤ 1.5 (native time includes process start)' },
      ];
    },
  };
}

function instances(smoke: boolean): Benchmark {
  return {
    id: 'instances',
    group: 'instances',
    smoke,
    async run() {
      const highs = await loadBackend('highs');
      const manifest = JSON.parse(readFileSync(here('../test/fixtures/instances/manifest.json'), 'utf8')) as { instances?: Array<{ file: string }> } | Array<{ file: string }>;
      const list = (Array.isArray(manifest) ? manifest : (manifest.instances ?? [])).map((i) => i.file);
      const chosen = smoke ? list.filter((f) => /afiro|sc50a|p0033/.test(f)) : list;
      const out: BenchResult[] = [];
      for (const f of chosen) {
        const read = readMps(readFileSync(here(`../test/fixtures/instances/${f}`), 'utf8'));
        if (!read.ok) continue;
        out.push(ms(`instance.${f}`, 'instances', await time(() => highs.solve(read.model), { runs: smoke ? 1 : 3, warmup: smoke ? 0 : 1, maxSeconds: 20 })));
      }
      return out;
    },
  };
}

function rollout(factories: number, smoke: boolean): Benchmark {
  const id = `rollout_${factories}`;
  return {
    id,
    group: 'rollout',
    smoke,
    async run() {
      const rows = synthesisePopulation('electronics', factories, 1);
      const out: BenchResult[] = [];
      const counts = [...new Set([1, availableParallelism()])];
      const rate: Record<number, number> = {};
      for (const workers of counts) {
        const t0 = performance.now();
        const r = await runRollout(rows, { workers });
        const seconds = (performance.now() - t0) / 1000;
        if (!r.ok) throw new Error(r.error.message);
        rate[workers] = factories / seconds;
        out.push({ id: `${id}.workers_${workers}.seconds`, group: 'rollout', unit: 'ms', value: seconds * 1000 });
        out.push({ id: `${id}.workers_${workers}.factories_per_second`, group: 'rollout', unit: 'per_second', value: factories / seconds });
      }
      out.push({ id: `${id}.peak_rss`, group: 'rollout', unit: 'mb', value: peakRssMb(), note: 'process peak, all threads' });
      if (counts.length > 1) out.push({ id: `${id}.speedup`, group: 'rollout', unit: 'ratio', value: rate[counts[1]!]! / rate[1]!, note: `${counts[1]} workers over 1 (target ≥ 1.8)` });
      return out;
    },
  };
}

function monteCarlo(draws: number, smoke: boolean): Benchmark {
  const id = `monte_carlo_${draws}`;
  return {
    id,
    group: 'monte_carlo',
    smoke,
    async run() {
      const file = here('../scenarios/automotive-shanghai.yaml');
      const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
      if (!loaded.ok) throw new Error(loaded.error.message);
      const backend = await loadBackend('highs');
      const out: BenchResult[] = [];
      for (const workers of [...new Set([1, availableParallelism()])]) {
        const t0 = performance.now();
        const mc = await runMonteCarlo(loaded.value, backend, { mode: 'reoptimise', draws, workers });
        const seconds = (performance.now() - t0) / 1000;
        out.push({ id: `${id}.workers_${workers}.draws_per_second`, group: 'monte_carlo', unit: 'per_second', value: mc.summary.draws / seconds, note: `${seconds.toFixed(1)} s incl. pool start` });
      }
      return out;
    },
  };
}

export const BENCHMARKS: readonly Benchmark[] = [
  pathwayPhases(20, false, true),
  pathwayPhases(40, false, false),
  pathwayPhases(60, false, true),
  pathwayPhases(20, true, false),
  pathwayPhases(60, true, true),
  nativeAnchor(60, false),
  nativeAnchor(60, true),
  instances(true),
  rollout(100, true),
  rollout(1000, false),
  rollout(10_000, false),
  monteCarlo(40, true),
  monteCarlo(1000, false),
];
