/**
 * Native anchors: the same exported model file solved by Debian's CBC and CLP (`coinor-cbc`,
 * `coinor-clp`), timed two ways — the whole process (start-up and file read included) and the
 * solve time the solver itself reports (CLP: the "time" of its "Optimal objective" line; CBC: "Time
 * (Wallclock seconds)", to 0.01 s). Returns null when the binary is not installed.
 */
import { spawnSync } from 'node:child_process';

export interface NativeRun {
  readonly solver: 'cbc' | 'clp';
  /** Wall time of the whole process. */
  readonly seconds: number;
  /** Solve time as the solver reports it, when it does. */
  readonly solverSeconds: number | null;
  readonly objective: number | null;
  readonly optimal: boolean;
}

export function hasBinary(name: string): boolean {
  return spawnSync(name, ['-quit'], { stdio: 'ignore' }).status === 0;
}

const num = (re: RegExp, text: string): number | null => {
  const m = re.exec(text);
  return m ? Number(m[1]) : null;
};

/** The figures of one run's output (exported for tests with recorded output). */
export function parseNativeOutput(solver: 'cbc' | 'clp', stdout: string): Pick<NativeRun, 'solverSeconds' | 'objective' | 'optimal'> {
  if (solver === 'clp') {
    return {
      objective: num(/Optimal objective\s+(-?[\d.eE+-]+)/, stdout),
      solverSeconds: num(/Optimal objective\s+\S+\s+-\s+\d+\s+iterations\s+time\s+([\d.]+)/, stdout),
      optimal: /Optimal objective/.test(stdout),
    };
  }
  return {
    objective: num(/Objective value:\s+(-?[\d.eE+-]+)/, stdout),
    solverSeconds: num(/^Time \(Wallclock seconds\):\s+([\d.]+)/m, stdout),
    optimal: /Result - Optimal solution found/.test(stdout),
  };
}

export function runNative(solver: 'cbc' | 'clp', file: string, o: { mipRelGap?: number; timeoutSeconds?: number } = {}): NativeRun | null {
  if (!hasBinary(solver)) return null;
  // CBC stops at the same relative gap as HiGHS is given (ratioGap), so both do the same work.
  const args = solver === 'cbc' ? [file, 'ratioGap', String(o.mipRelGap ?? 1e-4), 'solve', 'quit'] : [file, '-solve', '-quit'];
  const timeoutSeconds = o.timeoutSeconds ?? 300;
  const t0 = performance.now();
  const r = spawnSync(solver, args, { encoding: 'utf8', timeout: timeoutSeconds * 1000 });
  const seconds = (performance.now() - t0) / 1000;
  return { solver, seconds, ...parseNativeOutput(solver, r.stdout ?? '') };
}
