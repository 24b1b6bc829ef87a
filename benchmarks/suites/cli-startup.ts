/**
 * Start-up as a user feels it: wall time of a fresh `lingtan` process, for `--help` and for a
 * one-factory `optimise --json`, on the compiled runtime (what `npx lingtan` runs) and on the
 * TypeScript sources through tsx (LINGTAN_RUNTIME=source, how every process started before the
 * compiled runtime), so the ratio is taken in one run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { time } from '../measure.ts';
import { msResult, valueResult, type Benchmark, type BenchResult } from '../types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../cli/bin.js', import.meta.url));

/** Run `lingtan <args>` once in a fresh process, output discarded. */
function lingtan(args: readonly string[], runtime: 'compiled' | 'source'): void {
  const env = { ...process.env, ...(runtime === 'source' ? { LINGTAN_RUNTIME: 'source' } : {}) };
  execFileSync(process.execPath, [bin, ...args], { cwd: root, env, stdio: 'ignore' });
}

export function cliStartup(smoke: boolean): Benchmark {
  const id = 'cli_startup';
  const group = 'cli';
  return {
    id,
    group,
    smoke,
    async run(mode) {
      // Builds the runtime first if a source changed (not part of any timing).
      execFileSync(process.execPath, [bin, '--version'], { cwd: root, stdio: 'ignore' });
      const runs = mode.quick ? 2 : 7;
      const cases = [
        { name: 'help', args: ['--help'], target: 250 },
        { name: 'optimise_1', args: ['optimise', 'scenarios/automotive-shanghai.yaml', '--json'], target: 500 },
      ] as const;
      const out: BenchResult[] = [];
      for (const c of cases) {
        const compiled = await time(() => lingtan(c.args, 'compiled'), { runs, maxSeconds: 60 });
        const source = await time(() => lingtan(c.args, 'source'), { runs, maxSeconds: 60 });
        out.push(msResult(`${id}.${c.name}.compiled`, group, compiled, `fresh process, wall (target ≤ ${c.target} ms)`));
        out.push(msResult(`${id}.${c.name}.source`, group, source, 'fresh process, wall, sources through tsx'));
        out.push(valueResult(`${id}.${c.name}.source_over_compiled`, group, 'ratio', source.medianMs / compiled.medianMs, 'same run'));
      }
      return out;
    },
  };
}
