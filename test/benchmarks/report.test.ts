import { describe, expect, it } from 'vitest';
import { parseNativeOutput } from '../../benchmarks/anchors.ts';
import { compareRuns } from '../../benchmarks/compare.ts';
import { historyRows, rolloutScalingRows } from '../../benchmarks/history-rows.ts';
import { reuseTable, scalingTable, targetsTable } from '../../benchmarks/tables.ts';
import type { BenchResult, RunRecord } from '../../benchmarks/types.ts';
import { benchmarkHistoryChart, benchmarkScalingChart, compileSpec } from '../../engine/charts/index.ts';

const run = (commit: string, results: BenchResult[], timestamp = `2026-11-2${commit.length}T10:00:00Z`): RunRecord => ({
  timestamp,
  suite: 'full',
  commit,
  node: 'v20',
  machine: { cpu: 'test', cores: 2, memoryGb: 24 },
  peakRssMb: 100,
  results,
});
const timing = (medianMs: number, spread = 0.02) => ({ medianMs, minMs: medianMs * (1 - spread), maxMs: medianMs * (1 + spread), runs: 5 });

describe('native solver output', () => {
  it('reads CLP\u2019s objective and reported solve time', () => {
    const out = 'Optimal - objective value -464.75314\nOptimal objective -464.7531429 - 5 iterations time 0.002, Presolve 0.00\n';
    expect(parseNativeOutput('clp', out)).toEqual({ objective: -464.7531429, solverSeconds: 0.002, optimal: true });
  });
  it('reads CBC\u2019s objective and wall-clock solve time', () => {
    const out = 'Result - Optimal solution found\n\nObjective value:                3089.00000000\nTime (CPU seconds):             0.03\nTime (Wallclock seconds):       0.05\n\nTotal time (CPU seconds):       0.03   (Wallclock seconds):       0.06\n';
    expect(parseNativeOutput('cbc', out)).toEqual({ objective: 3089, solverSeconds: 0.05, optimal: true });
  });
  it('reports nothing for a file the solver could not read', () => {
    expect(parseNativeOutput('cbc', 'Bad image at line 22\n** Current model not valid\n')).toEqual({ objective: null, solverSeconds: null, optimal: false });
  });
});

describe('compareRuns', () => {
  const before = run('a', [
    { id: 't', group: 'g', unit: 'ms', timing: timing(10) },
    { id: 'rate', group: 'g', unit: 'per_second', value: 100 },
    { id: 'x.speedup', group: 'g', unit: 'ratio', value: 1.9 },
    { id: 'noisy', group: 'g', unit: 'ms', timing: timing(10, 0.5) },
  ]);
  it('calls a 30 % slower time slower, a halved rate slower, a higher speedup faster, and noise the same', () => {
    const after = run('b', [
      { id: 't', group: 'g', unit: 'ms', timing: timing(13) },
      { id: 'rate', group: 'g', unit: 'per_second', value: 50 },
      { id: 'x.speedup', group: 'g', unit: 'ratio', value: 2.5 },
      { id: 'noisy', group: 'g', unit: 'ms', timing: timing(14, 0.5) },
    ]);
    const verdict = Object.fromEntries(compareRuns(before, after).map((c) => [c.id, c.verdict]));
    expect(verdict).toEqual({ t: 'slower', rate: 'slower', 'x.speedup': 'faster', noisy: 'same' });
  });
  it('finds nothing changed between a run and itself', () => {
    expect(compareRuns(before, before).every((c) => c.verdict === 'same' && c.ratio === 1)).toBe(true);
  });
});

describe('report tables and charts', () => {
  const latest = run('c', [
    { id: 'pathway_lp_60.end_to_end', group: 'pathway', unit: 'ms', timing: timing(7.5) },
    { id: 'pathway_mip_60.end_to_end', group: 'pathway', unit: 'ms', timing: timing(120) },
    { id: 'rollout_10.workers_1.seconds', group: 'rollout', unit: 'ms', value: 2000 },
    { id: 'rollout_10.workers_1.factories_per_second', group: 'rollout', unit: 'per_second', value: 5 },
    { id: 'rollout_10.workers_2.seconds', group: 'rollout', unit: 'ms', value: 1250 },
    { id: 'rollout_10.workers_2.factories_per_second', group: 'rollout', unit: 'per_second', value: 8 },
    { id: 'rollout_10.workers_2.peak_rss', group: 'rollout', unit: 'mb', value: 420 },
    { id: 'rollout_10.speedup', group: 'rollout', unit: 'ratio', value: 1.6 },
  ]);
  it('marks each target met, missed or not measured', () => {
    const t = targetsTable(latest);
    expect(t).toContain('| one factory, 60 measures, LP, end to end | ≤ 10 ms | 7.5 ms | met |');
    expect(t).toContain('| one factory, 60 measures, MILP, end to end | ≤ 100 ms | 120.0 ms | **missed** |');
    expect(t).toMatch(/10,000-factory rollout, 2 workers \| ≤ 30 s \| — \| not measured/);
  });
  it('puts rollout times, rates, speedup and peak memory in one row per size', () => {
    expect(scalingTable(latest, 2)).toContain('| rollout, 10 factories | 2.0 s (5/s) | 1.3 s (8/s) | 1.60× | 420 MB |');
  });
  it('puts each reuse step in one row per model, and leaves out models not measured', () => {
    const r = run('d', [
      { id: 'reuse_annual_60.sweep.fresh', group: 'reuse', unit: 'ms', timing: timing(92.7) },
      { id: 'reuse_annual_60.sweep.in_place_cold', group: 'reuse', unit: 'ms', timing: timing(79) },
      { id: 'reuse_annual_60.sweep.session', group: 'reuse', unit: 'ms', timing: timing(23.5) },
      { id: 'reuse_annual_60.sweep.speedup', group: 'reuse', unit: 'ratio', value: 3.94 },
      { id: 'reuse_annual_60.optimise.fresh', group: 'reuse', unit: 'ms', timing: timing(226.9) },
      { id: 'reuse_annual_60.optimise.session', group: 'reuse', unit: 'ms', timing: timing(121.6) },
      { id: 'reuse_annual_60.optimise.speedup', group: 'reuse', unit: 'ratio', value: 1.865 },
    ]);
    const t = reuseTable(r);
    expect(t).toContain('| LP, 60 measures, annual | 92.7 ms | 79.0 ms | 23.5 ms | 3.94× | 226.9 ms | 121.6 ms | 1.87× |');
    expect(t).not.toContain('representative days |');
  });
  it('charts history relative to the first run and scaling per worker count', () => {
    const first = run('a', [{ id: 'pathway_lp_60.end_to_end', group: 'p', unit: 'ms', timing: timing(10) }], '2026-11-20T10:00:00Z');
    const rows = historyRows([first, latest], ['pathway_lp_60.end_to_end']);
    expect(rows.map((r) => r.relative)).toEqual([1, 0.75]);
    expect(rolloutScalingRows(latest)).toEqual([
      { series: '1 worker', size: 10, value: 5 },
      { series: '2 workers', size: 10, value: 8 },
    ]);
    expect(() => compileSpec(benchmarkHistoryChart(rows))).not.toThrow();
    expect(() => compileSpec(benchmarkScalingChart(rolloutScalingRows(latest), { xTitle: 'Factories', yTitle: 'Factories per second' }))).not.toThrow();
  });
});
