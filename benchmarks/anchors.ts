/**
 * Native anchors: the same exported model file solved by Debian's CBC and CLP, timed as whole
 * processes (CLP `-solve`, CBC `solve`). Returns null when the binary is not installed.
 */
import { spawnSync } from 'node:child_process';

export interface NativeRun {
  readonly solver: 'cbc' | 'clp';
  readonly seconds: number;
  readonly objective: number | null;
}

export function hasBinary(name: string): boolean {
  return spawnSync(name, ['-quit'], { stdio: 'ignore' }).status === 0;
}

export function runNative(solver: 'cbc' | 'clp', file: string, timeoutSeconds = 120): NativeRun | null {
  if (!hasBinary(solver)) return null;
  const args = solver === 'cbc' ? [file, 'solve', 'quit'] : [file, '-solve', '-quit'];
  const t0 = performance.now();
  const r = spawnSync(solver, args, { encoding: 'utf8', timeout: timeoutSeconds * 1000 });
  const seconds = (performance.now() - t0) / 1000;
  const m = /(?:Objective value:|Optimal objective|objective value)\s+(-?[\d.eE+-]+)/i.exec(r.stdout ?? '');
  return { solver, seconds, objective: m ? Number(m[1]) : null };
}

/** Startup cost of the binary alone (an empty run), subtracted to compare solve times. */
export function nativeStartupSeconds(solver: 'cbc' | 'clp'): number {
  const t0 = performance.now();
  spawnSync(solver, ['-quit'], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
}
