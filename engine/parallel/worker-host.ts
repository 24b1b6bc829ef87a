/**
 * The worker side of a pool: loads the pool's registry module once (its `createHandlers(setup)`
 * loads and warms whatever the handlers need), keeps the run contexts it has been sent, and answers
 * envelopes. Never throws across the thread boundary: a failing handler is a `task_error` outcome.
 * Loaded through worker-entry.js (which registers tsx: Node 20 cannot run .ts), or bundled into the
 * compiled runtime's worker-entry.js (worker-main.ts).
 */
import { workerData } from 'node:worker_threads';
import type { Envelope, Reply, TaskOutcome } from './tasks.ts';

export interface PoolWorkerData {
  /** URL of the registry module. */
  readonly registry: string;
  readonly setup: unknown;
  readonly keepContexts: number;
}

type Handler = (task: { readonly kind: string }, context: unknown) => unknown;

interface Registry {
  createHandlers(setup: unknown): Promise<Readonly<Record<string, Handler>>> | Readonly<Record<string, Handler>>;
}

const failure = (message: string): TaskOutcome<never> => ({ ok: false, error: { code: 'task_error', message, attempts: 1 } });

export async function hostHandlers(): Promise<(envelope: Envelope) => Promise<Reply>> {
  const data = workerData as PoolWorkerData;
  const registry = (await import(data.registry)) as Registry;
  const handlers = await registry.createHandlers(data.setup);
  const contexts = new Map<string, unknown>();
  return async ({ task, contextId, context, ping }) => {
    if (ping === true) return { ok: true, value: null, ms: 0 };
    let value: unknown;
    if (contextId !== undefined) {
      if (context !== undefined) contexts.set(contextId, context.value);
      else if (!contexts.has(contextId)) return { ok: false, needsContext: true };
      value = contexts.get(contextId);
      // Least recently used first out.
      contexts.delete(contextId);
      contexts.set(contextId, value);
      while (contexts.size > data.keepContexts) contexts.delete(contexts.keys().next().value as string);
    }
    const handler = Object.hasOwn(handlers, task.kind) ? handlers[task.kind] : undefined;
    if (handler === undefined) return failure(`unknown task kind "${task.kind}"`);
    const t0 = performance.now();
    try {
      const result = await handler(task, value);
      return { ok: true, value: result, ms: performance.now() - t0 };
    } catch (error) {
      return { ...failure(error instanceof Error ? error.message : String(error)), ms: performance.now() - t0 };
    }
  };
}
