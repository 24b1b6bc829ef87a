/** `lingtan worker` as a child process, as on another machine: started, watched through its log, killed. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../cli/bin.js');

export interface WorkerProcess {
  readonly pid: number;
  /** Everything the worker logged so far (stderr). */
  log(): string;
  /** Resolves when the log matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Send a signal without waiting (SIGSTOP / SIGCONT to freeze and thaw it). */
  signal(signal: NodeJS.Signals): void;
}

export async function spawnWorker(redisUrl: string, args: readonly string[] = []): Promise<WorkerProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'worker', '--redis', redisUrl, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const waiters: Array<() => void> = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      for (const w of waiters.splice(0)) w();
      resolve();
    }),
  );
  const handle: WorkerProcess = {
    pid: child.pid ?? -1,
    log: () => log,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker ${child.pid} did not log ${pattern} in ${timeoutMs} ms:\n${log}`)), timeoutMs);
        const check = () => {
          if (pattern.test(log)) {
            clearTimeout(timer);
            resolve();
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            reject(new Error(`worker ${child.pid} exited:\n${log}`));
          } else waiters.push(check);
        };
        check();
      });
    },
    signal(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        await exited;
      }
    },
  };
  await handle.waitFor(/ready: consuming shards/);
  return handle;
}
