/**
 * Runs javascript-lp-solver synchronously *with a wall-clock limit*. jslp's simplex has no clock
 * and no iteration limit and can fail to terminate (observed on Netlib share2b, boeing2, capri,
 * e226 and on a random 20×40 LP), which would freeze the calling thread. So the solve runs in a
 * worker thread (`jslp-worker.mjs`, kept alive between solves and unref'd) while this thread
 * blocks in `Atomics.wait`; on timeout the worker is terminated and replaced on the next call.
 */
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { Model as JslpJsonModel } from 'javascript-lp-solver';
import { projectUrl } from '../parallel/runtime.ts';

export type JslpRun =
  | { readonly kind: 'done'; readonly result: unknown; readonly messages: readonly string[] }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'failed'; readonly message: string };

interface Channel {
  readonly worker: Worker;
  readonly port: MessagePort;
}

let channel: Channel | undefined;

function openChannel(): Channel {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(projectUrl('engine/solvers/jslp-worker.mjs'), {
    workerData: { port: port2 },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  worker.on('error', () => closeChannel());
  return { worker, port: port1 };
}

function closeChannel(): void {
  if (channel === undefined) return;
  void channel.worker.terminate();
  channel.port.close();
  channel = undefined;
}

/** Solves `model` in the worker, waiting at most `timeoutMs` milliseconds. Never throws. */
export function runJslp(model: JslpJsonModel, timeoutMs: number): JslpRun {
  try {
    channel ??= openChannel();
    const signal = new SharedArrayBuffer(4);
    channel.port.postMessage({ model, signal });
    const waited = Atomics.wait(new Int32Array(signal), 0, 0, timeoutMs);
    if (waited === 'timed-out') {
      closeChannel();
      return { kind: 'timeout' };
    }
    const reply = receiveMessageOnPort(channel.port)?.message;
    return interpretReply(reply);
  } catch (error) {
    closeChannel();
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

function interpretReply(reply: unknown): JslpRun {
  if (typeof reply !== 'object' || reply === null) return { kind: 'failed', message: 'no reply from the jslp worker' };
  const fields = reply as { ok?: unknown; result?: unknown; messages?: unknown; message?: unknown };
  if (fields.ok !== true) return { kind: 'failed', message: String(fields.message ?? 'jslp worker failed') };
  const messages = Array.isArray(fields.messages) ? fields.messages.filter((m): m is string => typeof m === 'string') : [];
  return { kind: 'done', result: fields.result, messages };
}
