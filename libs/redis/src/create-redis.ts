import { Redis, type RedisOptions } from 'ioredis';

export interface RedisClientOptions {
  readonly url: string;
  /** @default 'wirestream-worker' */
  readonly connectionName?: string;
}

/**
 * An ioredis client that reconnects forever but fails commands fast while disconnected: the
 * transport then aborts the Kafka transaction and retries the batch with backoff, heartbeating,
 * instead of blocking inside a command until the consumer session expires.
 */
export function createRedis(options: RedisClientOptions): Redis {
  const redisOptions: RedisOptions = {
    connectionName: options.connectionName ?? 'wirestream-worker',
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5_000),
  };
  return new Redis(options.url, redisOptions);
}
