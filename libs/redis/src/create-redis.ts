import { maskUrlCredentials, type Secret } from '@wirestream/util';
import { Redis, type RedisOptions } from 'ioredis';
import { type RedisConnection } from './redis-connection';

export interface RedisClientOptions {
  /** `redis[s]://[user[:password]@]host[:port][/db]`; a login here is used unless given apart. */
  readonly url: string;
  /** @default 'wirestream-worker' */
  readonly connectionName?: string;
  readonly username?: string;
  readonly password?: Secret;
  /** TLS settings; `rediss://` alone means TLS with the system's CAs. */
  readonly tls?: RedisConnection['tls'];
}

/**
 * An ioredis client that reconnects forever but fails commands fast while disconnected: the
 * transport then aborts the Kafka transaction and retries the batch with backoff, heartbeating,
 * instead of blocking inside a command until the consumer session expires.
 *
 * The URL is taken apart here and ioredis gets host, port and login as separate options, so no
 * URL with a password in it is kept by the client (ioredis reports `options` in some errors).
 */
export function createRedis(options: RedisClientOptions): Redis {
  const url = parseRedisUrl(options.url);
  const username = options.username ?? (url.username === '' ? undefined : decodeURIComponent(url.username));
  const password =
    options.password?.reveal() ?? (url.password === '' ? undefined : decodeURIComponent(url.password));
  const tls = options.tls ?? (url.protocol === 'rediss:' ? { rejectUnauthorized: true } : undefined);
  const redisOptions: RedisOptions = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? 6379 : Number(url.port),
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password }),
    ...(tls === undefined
      ? {}
      : {
          tls: {
            rejectUnauthorized: tls.rejectUnauthorized,
            ...(tls.ca === undefined ? {} : { ca: [tls.ca] }),
            ...(tls.cert === undefined ? {} : { cert: tls.cert }),
            ...(tls.key === undefined ? {} : { key: tls.key.reveal() }),
          },
        }),
    connectionName: options.connectionName ?? 'wirestream-worker',
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5_000),
  };
  return new Redis(redisOptions);
}

function parseRedisUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`not a Redis URL: ${maskUrlCredentials(text)}`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`not a Redis URL (redis:// or rediss://): ${maskUrlCredentials(text)}`);
  }
  return url;
}
