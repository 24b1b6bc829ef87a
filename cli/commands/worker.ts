/**
 * `lingtan worker --redis URL [--workers W] [--concurrency C] [--lock-ms MS]`: consume rollout and
 * Monte Carlo shards from Redis with a local solver pool, on any number of machines, until
 * SIGTERM/SIGINT (a second signal exits at once). `--redis` defaults to $REDIS_URL.
 */
import { redisUrlProblem } from '../../engine/distributed/redis-url.ts';
import { err, EXIT } from '../io.ts';
import { intOption, type Parsed } from '../options.ts';
import type { Command, OptionValues } from './command.ts';

/** The `--redis URL [--shard-size N]` options of `rollout` and `simulate`: undefined without --redis. */
export function redisRunOptions(options: OptionValues): Parsed<{ redis: string; shardSize?: number } | undefined> {
  const redis = options['redis'];
  if (typeof redis !== 'string') return options['shard-size'] === undefined ? { ok: true, value: undefined } : { ok: false, message: '--shard-size goes with --redis' };
  const problem = redisUrlProblem(redis);
  if (problem !== null) return { ok: false, message: `--redis: ${problem}` };
  if (options['workers'] !== undefined) return { ok: false, message: '--workers sizes the in-process pool; with --redis, give it to `lingtan worker`' };
  const size = intOption(options, 'shard-size', 1);
  if (!size.ok) return size;
  return { ok: true, value: { redis, ...(size.value !== undefined ? { shardSize: size.value } : {}) } };
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Consume rollout and Monte Carlo shards from Redis (BullMQ) with a local worker pool, until stopped.',
  positionals: [],
  flags: {
    redis: { type: 'string', value: 'URL', defaultText: '$REDIS_URL (required)', description: 'the Redis to take shards from' },
    workers: { type: 'string', value: 'W', defaultText: 'one per core', description: 'solver threads' },
    concurrency: { type: 'string', value: 'C', default: '2', description: 'shards processed at once' },
    'lock-ms': { type: 'string', value: 'MS', default: '30000', description: 'shard lock duration, ms (a stalled shard goes back to the queue after it)' },
  },
  async run(_positionals, options) {
    const url = typeof options['redis'] === 'string' ? options['redis'] : process.env['REDIS_URL'];
    if (url === undefined) return (err('error: --redis URL is required (or set REDIS_URL)'), EXIT.badInput);
    const { startShardWorker } = await import('../../engine/distributed/worker.ts');
    const problem = redisUrlProblem(url);
    if (problem !== null) return (err(`error: --redis: ${problem}`), EXIT.badInput);
    const workers = intOption(options, 'workers', 1);
    const concurrency = intOption(options, 'concurrency', 1);
    const lockMs = intOption(options, 'lock-ms', 500);
    for (const p of [workers, concurrency, lockMs]) if (!p.ok) return (err(`error: ${p.message}`), EXIT.badInput);
    const log = (line: string) => err(`[worker ${process.pid}] ${line}`);
    const worker = await startShardWorker({
      redisUrl: url,
      log,
      ...(workers.ok && workers.value !== undefined ? { workers: workers.value } : {}),
      ...(concurrency.ok && concurrency.value !== undefined ? { concurrency: concurrency.value } : {}),
      ...(lockMs.ok && lockMs.value !== undefined ? { lockDurationMs: lockMs.value } : {}),
    }).catch((e: Error) => e);
    if (worker instanceof Error) return (err(`error: cannot start the worker: ${worker.message}`), EXIT.internal);
    log(`ready: consuming shards from ${new URL(url).host} (${workers.ok && workers.value !== undefined ? workers.value : 'one per core'} solver threads, ${concurrency.ok && concurrency.value !== undefined ? concurrency.value : 2} shards at once)`);
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        log(`${signal}: finishing the shards in hand, then stopping (again to stop at once)`);
        process.once(signal, () => process.exit(EXIT.internal));
        resolve();
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await worker.close();
    log('stopped');
    return EXIT.ok;
  },
};
