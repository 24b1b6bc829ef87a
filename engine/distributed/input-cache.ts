/**
 * A worker process's copy of run inputs: read from Redis once per run (not once per shard), the
 * few most recent runs kept.
 */
import type { RedisConnection } from './connection.ts';
import type { RunInput } from './run-input.ts';
import { readInput } from './store.ts';

export class InputCache {
  private readonly inputs = new Map<string, Promise<RunInput | null>>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly keep = 8,
  ) {}

  /** The run's input, or null when Redis has none (the run ended, or Redis lost it). */
  async get(runId: string): Promise<RunInput | null> {
    let input = this.inputs.get(runId);
    if (input === undefined) {
      input = readInput(this.redis, runId);
      this.inputs.set(runId, input);
      while (this.inputs.size > this.keep) this.inputs.delete(this.inputs.keys().next().value as string);
    } else {
      this.inputs.delete(runId);
      this.inputs.set(runId, input);
    }
    const value = await input.catch(() => null);
    if (value === null) this.inputs.delete(runId);
    return value;
  }
}
