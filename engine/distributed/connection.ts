/**
 * Redis connections. `maxRetriesPerRequest: null` (BullMQ requires it for workers) makes commands
 * wait through a disconnection instead of failing, and ioredis reconnects for ever with back-off:
 * a Redis restart pauses a run rather than ending it.
 */
import { Redis } from 'ioredis';
import { throttleRepeats } from './throttle.ts';

export type RedisConnection = Redis;

/** Open a connection; `onError` hears connection errors (at most one every 10 s) while ioredis retries. */
export function connectRedis(url: string, name: string, onError?: (message: string) => void): RedisConnection {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    connectionName: name,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  });
  const report = throttleRepeats((message) => onError?.(message));
  redis.on('error', (error: Error) => report(`Redis ${new URL(url).host}: ${error.message} (reconnecting)`));
  return redis;
}

/** Close a connection: politely when Redis answers, at once when it does not. */
export async function closeRedis(redis: RedisConnection): Promise<void> {
  if (redis.status === 'end') return;
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  try {
    await Promise.race([redis.quit(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  } finally {
    redis.disconnect();
  }
}
