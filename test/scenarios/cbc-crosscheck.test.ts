/**
 * Every bundled scenario's exported CPLEX LP file, solved by native CBC (Debian coinor-cbc), gives
 * the objective our HiGHS backend finds; and its baseline inventory runs. CI installs CBC; on a
 * machine without it the cross-check is skipped (and fails under CI=true).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioBaseline } from '../../engine/accounting/factory-inventory.ts';
import { loadScenarioText } from '../../engine/data/load-scenario.ts';
import type { Scenario } from '../../engine/data/schemas/scenario.ts';
import { describeError } from '../../engine/errors.ts';
import { buildPathwayModel } from '../../engine/formulation/build-model.ts';
import { prepareFactoryData } from '../../engine/formulation/factory-data.ts';
import { writeLp } from '../../engine/model/lp-writer.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'infeasible-example.yaml').sort();
const HAS_CBC = spawnSync('cbc', ['-quit'], { stdio: 'ignore' }).status === 0;
if (!HAS_CBC && process.env['CI'] === 'true') throw new Error('CBC is required in CI (.ci/run installs coinor-cbc)');

function load(f: string): Scenario {
  const r = loadScenarioText(readFileSync(DIR + f, 'utf8'), f);
  if (!r.ok) throw new Error(describeError(r.error));
  return r.value;
}

/** CBC's objective from `cbc file.lp solve` ("Objective value:" for MIPs, "Optimal objective" for LPs). */
function cbcObjective(lpText: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'lingtan-cbc-'));
  const file = join(dir, 'model.lp');
  writeFileSync(file, lpText);
  const out = execFileSync('cbc', [file, 'ratio', '1e-9', 'solve'], { encoding: 'utf8', timeout: 120_000 });
  const m = /(?:Objective value:|Optimal objective)\s+(-?[\d.eE+-]+)/.exec(out);
  if (m === null) throw new Error(`no objective in CBC output:\n${out.slice(-800)}`);
  return Number(m[1]);
}

let backend: SolverBackend;
beforeAll(async () => {
  backend = await loadBackend('highs');
});

describe('bundled scenarios', () => {
  it.each(FILES)('%s: baseline inventory runs', (f) => {
    const inv = scenarioBaseline(load(f));
    for (const y of inv[0]!.years) expect(y.totalMarketTco2).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_CBC).each(FILES)('%s: exported LP solved by native CBC matches HiGHS', (f) => {
    const s = load(f);
    const { model } = buildPathwayModel(prepareFactoryData(s, s.factories[0]!));
    const ours = backend.solve(model, { mipRelGap: 1e-9 });
    expect(ours.termination).toBe('optimal');
    // CBC 2.10 drops a bare objective constant; the fixed-column form carries it.
    const cbc = cbcObjective(writeLp(model, { objectiveConstant: 'fixed-column' }));
    expect(Math.abs(cbc - ours.objective!) / Math.max(1, Math.abs(ours.objective!))).toBeLessThan(1e-6);
  }, 180_000);
});
