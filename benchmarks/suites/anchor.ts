/**
 * Anchors side by side in one run: one exported MPS file solved by HiGHS-WASM (our default
 * backend, the file read back with our MPS reader), by native CLP (LP) or CBC (MILP), and by
 * javascript-lp-solver where it finishes within its limit. Ratios are taken against the solve time
 * the native solver reports (its process time, start-up included, is given beside it), and only
 * when that time is long enough to time. Objectives must agree (to 1e-6, or to the MILP gap both
 * solvers stop at) and reach a known optimum: otherwise the row says `failed: …` (no ratio), which
 * fails the run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinearModel } from '../../engine/model/linear-model.ts';
import { isMip, numNonzeros } from '../../engine/model/linear-model.ts';
import { readMps } from '../../engine/model/mps-reader.ts';
import { fixedMpsObstacle, writeMps } from '../../engine/model/mps-writer.ts';
import { loadBackend } from '../../engine/solvers/index.ts';
import { runNative, type NativeRun } from '../anchors.ts';
import { median, time, type Timing } from '../measure.ts';
import { msResult, valueResult, type BenchResult } from '../types.ts';

export interface AnchorCase {
  readonly id: string;
  readonly group: string;
  /** The model to export; it goes through the MPS file before any solver sees it. */
  readonly model: () => LinearModel;
  readonly runs: { readonly highs: number; readonly native: number };
  /** Limit for javascript-lp-solver's first attempt, seconds (0: do not try). */
  readonly jslpSeconds: number;
  /** The known optimum, when there is one (the bundled instances): HiGHS must reach it. */
  readonly knownObjective?: number;
}

/**
 * Resolution of the solve time each native solver prints; a ratio is taken only when the reported
 * time is at least 20 steps (5 % rounding error at most).
 */
export const NATIVE_RESOLUTION_MS = { clp: 1, cbc: 10 } as const;

/** Both solvers stop MILPs at this relative gap, so their objectives agree to it. */
export const MIP_REL_GAP = 1e-4;

const agree = (a: number | null, b: number | null, tolerance: number): boolean => a !== null && b !== null && Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

export interface AnchorOutcome {
  readonly rows: BenchResult[];
  /** HiGHS-WASM over native reported solve time, when both solved it. */
  readonly highsOverNative: number | null;
}

/** The case's file through every solver. */
export async function runAnchor(c: AnchorCase): Promise<AnchorOutcome> {
  const highs = await loadBackend('highs');
  const jslp = await loadBackend('jslp');
  const dir = mkdtempSync(join(tmpdir(), 'lingtan-anchor-'));
  try {
    const file = join(dir, `${c.id.replace(/[^\w.-]/g, '_')}.mps`);
    // Fixed format when every name fits (CoinMpsIO takes free-format lines with short names for
    // fixed format and misreads them); long names make free format unambiguous.
    const exported = c.model();
    writeFileSync(file, writeMps(exported, { format: fixedMpsObstacle(exported) === null ? 'fixed' : 'free' }));
    const read = readMps(readFileSync(file, 'utf8'));
    if (!read.ok) throw new Error(`${c.id}: ${read.error.message}`);
    const model = read.model;
    const mip = isMip(model);
    const solver = mip ? 'cbc' : 'clp';
    const options = mip ? { mipRelGap: MIP_REL_GAP } : {};
    const tolerance = mip ? MIP_REL_GAP : 1e-6;
    const rows: BenchResult[] = [];

    const ours = highs.solve(model, options);
    const ourTiming: Timing = await time(() => highs.solve(model, options), { runs: c.runs.highs, warmup: 0, maxSeconds: 60 });
    const natives: NativeRun[] = [];
    for (let i = 0; i < c.runs.native; i++) {
      const r = runNative(solver, file, { mipRelGap: MIP_REL_GAP });
      if (r === null) {
        // A missing solver is a failure in CI (.ci/run installs it), a note elsewhere.
        const note = `${solver} not installed (apt-get install coinor-${solver})`;
        return { rows: [{ id: c.id, group: c.group, unit: 'ratio', note: process.env['CI'] !== undefined ? `failed: ${note}` : note }], highsOverNative: null };
      }
      natives.push(r);
    }
    const problems = [
      ...natives.filter((n) => !n.optimal || !agree(ours.objective, n.objective, tolerance)).slice(0, 1).map((n) => `${solver}: ${n.optimal ? '' : 'no optimum, '}objective ${n.objective} against HiGHS ${ours.objective} (${ours.termination})`),
      c.knownObjective !== undefined && !agree(ours.objective, c.knownObjective, tolerance) ? `known optimum ${c.knownObjective}, HiGHS ${ours.objective}` : '',
    ].filter(Boolean);
    if (problems.length > 0) {
      // No ratio between solvers that did not solve the same problem to the same optimum.
      return { rows: [{ id: `${c.id}.highs_wasm`, group: c.group, unit: 'ms', timing: ourTiming, note: `failed: ${problems.join('; ')}` }], highsOverNative: null };
    }
    rows.push(msResult(`${c.id}.highs_wasm`, c.group, ourTiming));
    const processMs = median(natives.map((n) => n.seconds * 1000));
    rows.push(valueResult(`${c.id}.${solver}_process`, c.group, 'ms', processMs, `${solver} process: start-up, file read and solve`));
    const reported = natives.map((n) => n.solverSeconds).filter((s): s is number => s !== null);
    let ratio: number | null = null;
    if (reported.length === natives.length) {
      const solveMs = median(reported) * 1000;
      const resolutionMs = NATIVE_RESOLUTION_MS[solver];
      rows.push(valueResult(`${c.id}.${solver}_solve`, c.group, 'ms', solveMs, `as ${solver} reports it (to ${resolutionMs} ms)`));
      if (solveMs >= 20 * resolutionMs) {
        ratio = ourTiming.medianMs / solveMs;
        rows.push(valueResult(`${c.id}.highs_over_${solver}`, c.group, 'ratio', ratio, 'HiGHS-WASM over native solve (target ≤ 1.5)'));
      }
    }
    rows.push(valueResult(`${c.id}.highs_over_${solver}_process`, c.group, 'ratio', ourTiming.medianMs / processMs, 'HiGHS-WASM over the native process'));

    if (c.jslpSeconds > 0) {
      const first = jslp.solve(model, { timeLimitSeconds: c.jslpSeconds });
      if (first.termination === 'optimal') {
        const t = await time(() => jslp.solve(model, { timeLimitSeconds: c.jslpSeconds }), { runs: 3, warmup: 0, maxSeconds: 3 * c.jslpSeconds });
        const wrong = !agree(first.objective, ours.objective, tolerance) ? `failed: objective ${first.objective} against HiGHS ${ours.objective}` : undefined;
        rows.push(msResult(`${c.id}.jslp`, c.group, t, wrong));
        rows.push(valueResult(`${c.id}.jslp_over_highs`, c.group, 'ratio', t.medianMs / ourTiming.medianMs, 'javascript-lp-solver over HiGHS-WASM'));
      } else {
        const why = first.termination === 'error' ? `refused: ${first.message}` : `${first.termination} within ${c.jslpSeconds} s (${numNonzeros(model)} nonzeros)`;
        rows.push({ id: `${c.id}.jslp`, group: c.group, unit: 'ms', note: why });
      }
    }
    return { rows, highsOverNative: ratio };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const geometricMean = (xs: readonly number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
