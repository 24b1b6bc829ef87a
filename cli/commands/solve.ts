/**
 * `lingtan solve <file.mps|file.lp> [--backend highs|jslp] [--json]`: solve any standard model file
 * and print `{ termination, objective, seconds }`. MPS is read by our reader, CPLEX LP by HiGHS's
 * reader (whichever backend then solves it).
 */
import { readFile } from 'node:fs/promises';
import { isBackendId } from '../../engine/data/schemas/solver.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import type { Command } from './command.ts';

export const solveCommand: Command = {
  name: 'solve',
  summary: 'Solve a standard LP/MILP model file (MPS fixed or free, or CPLEX LP).',
  positionals: [{ name: 'model', description: 'an MPS (fixed or free) or CPLEX LP file (.lp)' }],
  flags: {
    backend: { type: 'string', value: 'highs|jslp', default: 'highs', description: 'solver backend' },
    json: { type: 'boolean', description: 'print JSON instead of text' },
  },
  async run(positionals, options) {
    const [file] = positionals;
    const backendId = String(options['backend']);
    if (file === undefined || !isBackendId(backendId)) {
      err(file === undefined ? 'error: missing <model>' : `error: unknown backend "${backendId}" (expected highs or jslp)`);
      return EXIT.badInput;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      err(`error: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return EXIT.badInput;
    }
    const [{ solveModelText }, { loadBackend }] = await Promise.all([import('../../engine/solvers/solve-file.ts'), import('../../engine/solvers/index.ts')]);
    const format = file.toLowerCase().endsWith('.lp') ? 'lp' : 'mps';
    const r = solveModelText(text, format, await loadBackend(backendId), { lpReader: await loadBackend('highs') });
    if (r.size === null) {
      err(`error: ${file}: ${r.message}`);
      return EXIT.badInput;
    }
    const summary = { termination: r.termination, hasSolution: r.hasSolution, objective: r.objective, seconds: r.seconds, backend: r.backend, mipGap: r.mipGap, size: r.size, message: r.message };
    if (options['json'] === true) outJson(summary);
    else {
      out(`${file}: ${r.size.rows} rows × ${r.size.cols} cols (${r.size.integers} integer), ${r.size.nonzeros} nonzeros`);
      out(`${r.backend}: ${r.termination}${r.objective !== null ? `, objective ${r.objective}` : ''}, ${r.seconds.toFixed(3)} s${r.termination === 'error' ? ` — ${r.message}` : ''}`);
    }
    if (r.termination === 'infeasible') return EXIT.infeasible;
    return r.termination === 'error' ? EXIT.internal : EXIT.ok;
  },
};
