/**
 * Conformance: every bundled Netlib / MIPLIB 3 instance is read by our MPS reader and solved to
 * its known optimum — by HiGHS for all of them, by javascript-lp-solver for the ones it can finish.
 *
 * Expected values (MANIFEST.md): `optimum` with relative tolerance 1e-6, except e226 whose
 * published value ignores the objective constant (use `reference_objective`, −11.638929066);
 * scagr7 and forplan's published values are 2.4e-7 / 3.3e-7 off but within 1e-6. HiGHS is also
 * held to `reference_objective` (HiGHS-WASM confirmed by CBC) at 1e-8.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import type { SolverBackend } from '../../engine/solvers/types.ts';
import { type InstanceRecord, expectedObjective, instanceText, loadManifest, relativeError } from '../fixtures/instances/instances.ts';

/**
 * Instances left to HiGHS only, with what javascript-lp-solver 1.0.3 did on them here:
 * its simplex never returns on share2b, boeing2, capri and e226 (killed after 30–120 s);
 * branch-and-bound does not finish within 20 s on lseu, gt2, egout, bell5, bell3a, mod008 and
 * stein27 (the last two find the optimum but cannot prove it); rgn takes ~10 s; the rest
 * (≥ 96 rows MIPs, dsbmip, gesa2) were not attempted.
 */
const JSLP_INSTANCES = new Set([
  'lp/afiro.mps', 'lp/adlittle.mps', 'lp/blend.mps', 'lp/sc50a.mps', 'lp/sc50b.mps', 'lp/sc105.mps',
  'lp/kb2.mps', 'lp/recipe.mps', 'lp/stocfor1.mps', 'lp/scagr7.mps', 'lp/israel.mps', 'lp/vtpbase.mps',
  'lp/forplan.mps', 'mip/p0033.mps', 'mip/flugpl.mps',
]);

const MIP_TIMEOUT_MS = 60_000;

let highs: SolverBackend;
let jslp: SolverBackend;
beforeAll(async () => {
  highs = await loadBackend('highs');
  jslp = await loadBackend('jslp');
});

function model(record: InstanceRecord): LinearModel {
  const read = readMps(instanceText(record.file));
  if (!read.ok) throw new Error(`${record.file} line ${read.error.line}: ${read.error.message}`);
  return read.model;
}

const manifest = loadManifest();

describe('HiGHS solves every instance to its known optimum', () => {
  for (const record of manifest) {
    it(
      `${record.file} → ${expectedObjective(record)}`,
      () => {
        const result = highs.solve(model(record), { mipRelGap: 0 });
        expect(result.termination).toBe('optimal');
        expect(result.hasSolution).toBe(true);
        const objective = result.objective as number;
        expect(relativeError(objective, expectedObjective(record))).toBeLessThan(1e-6);
        expect(relativeError(objective, record.reference_objective)).toBeLessThan(1e-8);
        if (record.kind === 'mip') expect(result.mipGap).not.toBeNull();
        else expect(result.rowDuals).not.toBeNull();
      },
      record.kind === 'mip' ? MIP_TIMEOUT_MS : 10_000,
    );
  }
});

describe('javascript-lp-solver solves the small instances to the same optimum', () => {
  for (const record of manifest.filter((r) => JSLP_INSTANCES.has(r.file))) {
    it(
      `${record.file} → ${expectedObjective(record)}`,
      () => {
        const result = jslp.solve(model(record), { timeLimitSeconds: 20 });
        expect(result.termination).toBe('optimal');
        expect(relativeError(result.objective as number, expectedObjective(record))).toBeLessThan(1e-6);
      },
      30_000,
    );
  }

  it('covers every instance with at most 60 rows that it can finish', () => {
    const small = manifest.filter((r) => r.rows <= 60).map((r) => r.file);
    const skipped = small.filter((file) => !JSLP_INSTANCES.has(file));
    expect(skipped.sort()).toEqual(['mip/gt2.mps', 'mip/lseu.mps', 'mip/mod008.mps', 'mip/rgn.mps']);
  });
});
