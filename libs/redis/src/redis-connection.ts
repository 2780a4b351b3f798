import { type EnvReader, maskUrlCredentials, Secret } from '@wirestream/util';

/** Where and how to reach Redis: the URL without credentials, the ACL login and TLS apart. */
export interface RedisConnection {
  /** `redis://host:port/db` or `rediss://…`, never with a password in it. */
  readonly url: string;
  /** The Redis 6+ ACL user; without it (and with a password) the `default` user. */
  readonly username?: string;
  readonly password?: Secret;
  /** Present when the connection is TLS (`rediss://` or `REDIS_TLS=true`). */
  readonly tls?: {
    readonly ca?: string;
    readonly cert?: string;
    readonly key?: Secret;
    readonly rejectUnauthorized: boolean;
  };
}

/** Every variable {@link readRedisConnection} reads, with its default. */
export const REDIS_CONNECTION_ENV_DEFAULTS = {
  REDIS_URL: undefined,
  REDIS_USERNAME: '<the user in REDIS_URL, else default>',
  REDIS_PASSWORD: '<the password in REDIS_URL, or REDIS_PASSWORD_FILE, a file holding it>',
  REDIS_TLS: '<true for rediss://, else false>',
  REDIS_TLS_CA_FILE: '<system CAs>',
  REDIS_TLS_CERT_FILE: undefined,
  REDIS_TLS_KEY_FILE: undefined,
  REDIS_TLS_REJECT_UNAUTHORIZED: 'true',
} as const;

/**
 * Reads `REDIS_URL` (`redis[s]://[user[:password]@]host[:port][/db]`) and the `REDIS_*` login and
 * TLS variables. The login may sit in the URL or in its own variables, not both. Problems show the
 * URL with its password masked. Undefined when `REDIS_URL` is unset (a problem when `required`).
 */
export function readRedisConnection(read: EnvReader, required: boolean): RedisConnection | undefined {
  const text = read.text('REDIS_URL');
  if (text === undefined) {
    if (required) read.problem('REDIS_URL is required (redis://host:port or rediss://host:port)');
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    read.problem(`REDIS_URL "${maskUrlCredentials(text)}" is not a URL`);
    return undefined;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    read.problem('REDIS_URL must start with redis:// or rediss://');
    return undefined;
  }
  const urlUser = decodeURIComponent(url.username);
  const urlPassword = decodeURIComponent(url.password);
  const username = read.text('REDIS_USERNAME');
  const password = read.secret('REDIS_PASSWORD');
  if (urlUser !== '' && username !== undefined)
    read.problem('give the Redis user in REDIS_URL or REDIS_USERNAME, not both');
  if (urlPassword !== '' && password !== undefined)
    read.problem('give the Redis password in REDIS_URL or REDIS_PASSWORD(_FILE), not both');
  const login = {
    ...((username ?? urlUser) ? { username: username ?? urlUser } : {}),
    ...((password ?? urlPassword) ? { password: password ?? new Secret(urlPassword) } : {}),
  };
  if (login.username !== undefined && login.password === undefined)
    read.problem('a Redis user needs a password (in REDIS_URL, REDIS_PASSWORD or REDIS_PASSWORD_FILE)');

  const tlsFlag = read.text('REDIS_TLS') === undefined ? undefined : read.flag('REDIS_TLS', false);
  if (url.protocol === 'rediss:' && tlsFlag === false)
    read.problem('REDIS_TLS=false contradicts a rediss:// REDIS_URL');
  const tlsOn = tlsFlag ?? url.protocol === 'rediss:';
  const ca = read.fileText('REDIS_TLS_CA_FILE');
  const cert = read.fileText('REDIS_TLS_CERT_FILE');
  const key = read.secret('REDIS_TLS_KEY');
  const rejectUnauthorized = read.flag('REDIS_TLS_REJECT_UNAUTHORIZED', true);
  const certGiven = read.text('REDIS_TLS_CERT_FILE') !== undefined;
  const keyGiven = read.text('REDIS_TLS_KEY_FILE') !== undefined || read.text('REDIS_TLS_KEY') !== undefined;
  if (certGiven !== keyGiven)
    read.problem('REDIS_TLS_CERT_FILE and REDIS_TLS_KEY_FILE go together (a client certificate and its key)');
  if (!tlsOn) {
    const stray = [
      'REDIS_TLS_CA_FILE',
      'REDIS_TLS_CERT_FILE',
      'REDIS_TLS_KEY_FILE',
      'REDIS_TLS_KEY',
      'REDIS_TLS_REJECT_UNAUTHORIZED',
    ].filter((name) => read.text(name) !== undefined);
    if (stray.length > 0)
      read.problem(`${stray.join(', ')} set but the connection is not TLS (rediss:// or REDIS_TLS=true)`);
  }
  url.username = '';
  url.password = '';
  if (tlsOn) url.protocol = 'rediss:';
  const tls = tlsOn
    ? {
        rejectUnauthorized,
        ...(ca === undefined ? {} : { ca }),
        ...(cert === undefined ? {} : { cert }),
        ...(key === undefined ? {} : { key }),
      }
    : undefined;
  return { url: url.toString(), ...login, ...(tls === undefined ? {} : { tls }) };
}
