/**
 * A worker process's run contexts on its one pool (sector templates, or a scenario), by content key:
 * runs with the same key reuse the context (each pool thread already holds it); the least recently
 * used beyond `keep` are dropped (the threads drop theirs on their own).
 */
import type { RunContext, TaskRunner, TaskMap } from '../parallel/tasks.ts';

export class ContextCache {
  private readonly contexts = new Map<string, RunContext<unknown>>();

  constructor(
    private readonly pool: Pick<TaskRunner<TaskMap>, 'context'>,
    private readonly keep = 4,
  ) {}

  /** The run context of `key`, made with `value()` on first use. */
  get<C>(key: string, value: () => C): RunContext<C> {
    let context = this.contexts.get(key) as RunContext<C> | undefined;
    if (context === undefined) context = this.pool.context(value());
    this.contexts.delete(key);
    this.contexts.set(key, context);
    while (this.contexts.size > this.keep) this.contexts.delete(this.contexts.keys().next().value as string);
    return context;
  }
}
