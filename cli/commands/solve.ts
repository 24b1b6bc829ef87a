/**
 * `lingtan solve <file.mps|file.lp> [--backend highs|jslp] [--json]`: solve any standard model file
 * and print `{ termination, objective, seconds }`. MPS is read by our reader; CPLEX LP by HiGHS's
 * reader (then solved by the chosen backend).
 */
import { readFile } from 'node:fs/promises';
import { readMps } from '../../engine/model/mps-reader.ts';
import { numCols, numIntegers, numRows, type LinearModel } from '../../engine/model/linear-model.ts';
import { isBackendId, loadBackend } from '../../engine/solvers/index.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import type { Command } from './command.ts';

async function readModel(path: string): Promise<{ ok: true; model: LinearModel } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, message: `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (path.toLowerCase().endsWith('.lp')) {
    const highs = await loadBackend('highs');
    const r = highs.readLp?.(text);
    return r === undefined ? { ok: false, message: 'no LP reader available' } : r.ok ? r : { ok: false, message: `${path}: ${r.message}` };
  }
  const r = readMps(text);
  return r.ok ? { ok: true, model: r.model } : { ok: false, message: `${path}:${r.error.line}: ${r.error.message}` };
}

export const solveCommand: Command = {
  usage: 'solve <file.mps|file.lp> [--backend highs|jslp] [--json]',
  summary: 'Solve a standard LP/MILP model file (MPS fixed or free, or CPLEX LP).',
  options: { backend: { type: 'string', default: 'highs' }, json: { type: 'boolean', default: false } },
  async run(positionals, options) {
    const [file] = positionals;
    const backendId = String(options['backend']);
    if (file === undefined || !isBackendId(backendId)) {
      err(`error: usage: lingtan ${solveCommand.usage}`);
      return EXIT.badInput;
    }
    const read = await readModel(file);
    if (!read.ok) {
      err(`error: ${read.message}`);
      return EXIT.badInput;
    }
    const r = (await loadBackend(backendId)).solve(read.model);
    const summary = { termination: r.termination, hasSolution: r.hasSolution, objective: r.objective, seconds: r.seconds, backend: r.backend, mipGap: r.mipGap, message: r.message };
    if (options['json'] === true) outJson(summary);
    else {
      out(`${file}: ${numRows(read.model)} rows × ${numCols(read.model)} cols (${numIntegers(read.model)} integer)`);
      out(`${r.backend}: ${r.termination}${r.objective !== null ? `, objective ${r.objective}` : ''}, ${r.seconds.toFixed(3)} s${r.termination === 'error' ? ` — ${r.message}` : ''}`);
    }
    if (r.termination === 'infeasible') return EXIT.infeasible;
    return r.termination === 'error' ? EXIT.internal : EXIT.ok;
  },
};
