/**
 * Worker thread that runs javascript-lp-solver for `jslp-runner.ts`. Plain ESM JavaScript (not
 * TypeScript) so it starts under any loader (tsx, vitest, plain node).
 *
 * Protocol: `workerData.port` receives `{ model, signal }` (jslp JSON model, SharedArrayBuffer of
 * one Int32). The worker solves, posts `{ ok: true, result, messages }` or
 * `{ ok: false, message }` on the port, then sets signal[0] = 1 and notifies, so the caller can
 * block with `Atomics.wait` and read the reply with `receiveMessageOnPort`.
 */
import { workerData } from 'node:worker_threads';
import solverModule from 'javascript-lp-solver';

const solver = solverModule.default ?? solverModule;
const port = workerData.port;

port.on('message', (request) => {
  let reply;
  try {
    const result = solver.Solve(request.model);
    const messages = (solver.lastSolvedModel?.messages ?? []).filter((m) => typeof m === 'string');
    reply = { ok: true, result, messages };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  const signal = new Int32Array(request.signal);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
