/**
 * Report the latest benchmark run: the tables into README.md (between the `bench:start` and
 * `bench:end` markers) and benchmarks/history/latest.md, and the charts as SVG beside the history
 * (history of the headline figures across full runs, rollout and pathway scaling curves).
 *   npm run bench:report [-- --suite full|smoke]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderSvg } from '../engine/charts/render.ts';
import { benchmarkHistoryChart, benchmarkScalingChart } from '../engine/charts/benchmark.ts';
import { historyRows, pathwayScalingRows, rolloutScalingRows } from './history-rows.ts';
import { anchorTable, pathwayTable, reuseTable, scalingTable, targetsTable } from './tables.ts';
import type { RunRecord } from './types.ts';

const { values } = parseArgs({ options: { suite: { type: 'string', default: 'full' } } });
const historyDir = new URL('./history/', import.meta.url);
const runs = readFileSync(new URL('results.jsonl', historyDir), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as RunRecord)
  .filter((r) => r.suite === values.suite);
const latest = runs[runs.length - 1];
if (latest === undefined) {
  process.stderr.write(`no ${values.suite} run in benchmarks/history/results.jsonl: run npm run bench first\n`);
  process.exit(1);
}

const body = [
  `Latest ${latest.suite} run: ${latest.timestamp.slice(0, 10)}, commit ${latest.commit}, ${latest.machine.cpu} (${latest.machine.cores} cores, ${latest.machine.memoryGb} GiB), Node ${latest.node}.`,
  '',
  targetsTable(latest),
  '',
  pathwayTable(latest),
  '',
  anchorTable(latest),
  '',
  reuseTable(latest),
  '',
  scalingTable(latest, latest.machine.cores),
  '',
  '![Rollout scaling](benchmarks/history/rollout-scaling.svg) ![Pathway scaling](benchmarks/history/pathway-scaling.svg)',
  '',
  '![Benchmark history](benchmarks/history/history.svg)',
].join('\n');

writeFileSync(new URL('latest.md', historyDir), `${body.replaceAll('benchmarks/history/', '')}\n`);
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const marked = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
if (!marked.test(readme)) {
  process.stderr.write('README.md has no <!-- bench:start --> … <!-- bench:end --> block; tables written to benchmarks/history/latest.md only\n');
} else {
  writeFileSync(readmeUrl, readme.replace(marked, (_, a: string, b: string) => `${a}${body}${b}`));
}

const charts: Array<[string, Promise<string>]> = [
  ['history.svg', renderSvg(benchmarkHistoryChart(historyRows(runs), { width: 640, height: 320 }))],
  ['rollout-scaling.svg', renderSvg(benchmarkScalingChart(rolloutScalingRows(latest), { title: 'Rollout: factories per second', xTitle: 'Factories', yTitle: 'Factories per second', width: 420, height: 280 }))],
  ['pathway-scaling.svg', renderSvg(benchmarkScalingChart(pathwayScalingRows(latest), { title: 'One factory: end-to-end time', xTitle: 'Measures', yTitle: 'End to end (ms)', width: 420, height: 280 }))],
];
for (const [name, svg] of charts) writeFileSync(new URL(name, historyDir), await svg);
process.stdout.write(`report of the ${latest.suite} run at ${latest.commit}: README.md, benchmarks/history/{latest.md, ${charts.map(([n]) => n).join(', ')}}\n`);
