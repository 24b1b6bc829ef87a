/** Options of a distributed run, as the front end (CLI or server) gives them, and its report. */
import type { RedisConnection } from './connection.ts';
import type { ProgressListener } from '../parallel/progress.ts';

export interface DistributedOptions {
  /** A Redis URL (a connection is opened and closed for the run) or a connection the caller owns. */
  readonly redis: string | RedisConnection;
  /** Items per shard; default `defaultShardSize(total)`. */
  readonly shardSize?: number;
  /**
   * Run id (letters, digits, '_', '-'); default a random one. One id names one input: a front end
   * that restarts and runs the same input under the same id reuses the shards already stored.
   */
  readonly runId?: string;
  /** Attempts per shard for faults of the shard as a whole (default 3, exponential back-off from 1 s). */
  readonly attempts?: number;
  /** Progress poll interval, ms (default 250). */
  readonly pollMs?: number;
  /** Interval of the checks for failed or lost shards and a lost input, ms (default 2,000). */
  readonly reconcileMs?: number;
  /** Time to live of the run's keys, refreshed while it runs (default one day). */
  readonly ttlSeconds?: number;
  /** Keep the run's keys and failed jobs after merging (default: delete them). */
  readonly keep?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
  /** Notable events: the input stored again after Redis lost it, a shard re-queued, a shard failed. */
  readonly onEvent?: (message: string) => void;
}

/** A shard that failed for good: its id, range and last error. */
export interface ShardFailure {
  readonly shard: number;
  readonly jobId: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly attempts: number;
}

export interface ShardRunReport {
  readonly runId: string;
  readonly shards: number;
  readonly shardSize: number;
  /** Every shard stored: the result is the full result. */
  readonly complete: boolean;
  readonly cancelled: boolean;
  readonly failedShards: readonly ShardFailure[];
}

/** A merged result and how the run went. */
export interface DistributedRun<T> {
  readonly result: T;
  readonly run: ShardRunReport;
}
