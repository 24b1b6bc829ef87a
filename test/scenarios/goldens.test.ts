/**
 * The JSON the CLI prints for every bundled scenario, compared with golden files in
 * `test/scenarios/golden/`: `inventory --json` and `optimise --json` of each scenario, `finance
 * --json` of the bank case, `optimise --json` of an unreachable variant of each (net zero in the first
 * year without offsets or green-power purchases: the diagnosis and its binding limits), and small seeded `simulate`,
 * `sensitivity` and `rollout` runs. Timing
 * fields (`*Seconds`, `seconds`) are left out; numbers must agree to 1e-9 relative.
 *
 * A change that is meant to alter the numbers regenerates them with
 *   UPDATE_GOLDEN=1 npx vitest run test/scenarios/goldens.test.ts
 * and explains the difference in its commit and in scenarios/README.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN = join(ROOT, 'test/scenarios/golden');
const SCENARIOS = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).sort();
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** Run the CLI in this process and return what it printed on stdout, parsed. */
async function cliJson(args: string[]): Promise<{ code: number; json: unknown }> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const quiet = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  let code: number;
  try {
    code = await main(args);
  } finally {
    process.stdout.write = write;
    process.stderr.write = quiet;
  }
  return { code, json: JSON.parse(chunks.join('')) as unknown };
}

/** The value without timing fields (they differ run to run). */
function untimed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untimed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !/(^s|S)econds$/.test(k)).map(([k, v]) => [k, untimed(v)]));
  }
  return value;
}

/** The first place where `actual` differs from `expected` (numbers within 1e-9 relative), or null. */
function difference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? null : `${path}: ${actual} ≠ ${expected}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: ${actual.length} items ≠ ${expected.length}`;
    for (let i = 0; i < actual.length; i++) {
      const d = difference(actual[i], expected[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object' && !Array.isArray(actual) && !Array.isArray(expected)) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(e)])].sort();
    for (const k of keys) {
      if (!(k in a)) return `${path}.${k}: missing`;
      if (!(k in e)) return `${path}.${k}: not in the golden file`;
      const d = difference(a[k], e[k], `${path}.${k}`);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
}

async function expectGolden(name: string, args: string[], exitCode: number): Promise<void> {
  const { code, json } = await cliJson(args);
  expect(code, `lingtan ${args.join(' ')}`).toBe(exitCode);
  const actual = untimed(json);
  const file = join(GOLDEN, `${name}.json`);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    return;
  }
  expect(existsSync(file), `${file} is missing: UPDATE_GOLDEN=1 npx vitest run test/scenarios/goldens.test.ts`).toBe(true);
  const expected: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(difference(actual, expected), `lingtan ${args.join(' ')} against ${file}`).toBeNull();
}

const scenario = (f: string) => join(ROOT, 'scenarios', f);
const id = (f: string) => f.replace(/\.yaml$/, '');

describe('bundled scenarios against their golden JSON', () => {
  it.each(SCENARIOS)('inventory %s', async (f) => expectGolden(`${id(f)}.inventory`, ['inventory', scenario(f), '--json'], 0));

  it.each(SCENARIOS)('optimise %s', async (f) => expectGolden(`${id(f)}.optimise`, ['optimise', scenario(f), '--json'], f === 'infeasible-example.yaml' ? 3 : 0), 60_000);

  it.each(SCENARIOS)('diagnosis of an unreachable variant of %s', async (f) => {
    const raw = parseYaml(readFileSync(scenario(f), 'utf8')) as { policy?: Record<string, unknown>; measures?: { exclude?: string[] } };
    const { netTargetTco2: _absolute, ...policy } = raw.policy ?? {};
    raw.policy = { ...policy, targetYear: 2026, netTargetFractionOfBase: 0, allowedOffsetProducts: [], capPath: 'target_year_only' };
    raw.measures = { ...raw.measures, exclude: [...(raw.measures?.exclude ?? []), 'green_power_trading', 'green_certificate'] };
    const file = join(tmpdir(), `lingtan-golden-${process.pid}-${f}`);
    writeFileSync(file, stringifyYaml(raw));
    await expectGolden(`${id(f)}.unreachable`, ['optimise', file, '--json'], 3);
  }, 60_000);

  it('diagnosis of textiles-zhejiang on a 2 M RMB yearly capex budget', async () => {
    const raw = parseYaml(readFileSync(scenario('textiles-zhejiang.yaml'), 'utf8')) as { policy?: Record<string, unknown> };
    raw.policy = { ...raw.policy, targetYear: 2026, allowedOffsetProducts: [], capPath: 'target_year_only', capexBudgetRmb: 2e6 };
    const file = join(tmpdir(), `lingtan-golden-${process.pid}-budget.yaml`);
    writeFileSync(file, stringifyYaml(raw));
    await expectGolden('textiles-zhejiang.budget', ['optimise', file, '--json'], 3);
  }, 60_000);

  it('finance bank-loan-lithium-battery', async () => expectGolden('bank-loan-lithium-battery.finance', ['finance', scenario('bank-loan-lithium-battery.yaml'), '--json'], 0), 60_000);

  it('simulate automotive-shanghai (evaluate and reoptimise, 6 draws)', async () => {
    for (const mode of ['evaluate', 'reoptimise']) {
      await expectGolden(`automotive-shanghai.simulate-${mode}`, ['simulate', scenario('automotive-shanghai.yaml'), '--draws', '6', '--seed', '11', '--mode', mode, '--workers', '1', '--json'], 0);
    }
  }, 120_000);

  it('sensitivity automotive-shanghai', async () => expectGolden('automotive-shanghai.sensitivity', ['sensitivity', scenario('automotive-shanghai.yaml'), '--workers', '1', '--json'], 0), 120_000);

  it('rollout of a seeded machinery population, with and without a sector cap', async () => {
    const pop = join(GOLDEN, 'machinery-population.csv');
    if (UPDATE || !existsSync(pop)) {
      mkdirSync(GOLDEN, { recursive: true });
      const chunks: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((c: string | Uint8Array) => (chunks.push(String(c)), true)) as typeof process.stdout.write;
      try {
        await main(['population', '--sector', 'machinery', '--count', '6', '--seed', '3']);
      } finally {
        process.stdout.write = write;
      }
      writeFileSync(pop, chunks.join(''));
    }
    await expectGolden('machinery.rollout', ['rollout', pop, '--workers', '1', '--json'], 0);
    await expectGolden('machinery.rollout-cap', ['rollout', pop, '--workers', '1', '--cap-tco2', '20000', '--cap-year', '2030', '--json'], 0);
  }, 180_000);
});
