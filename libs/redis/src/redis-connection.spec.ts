import { EnvReader } from '@wirestream/util';
import { readRedisConnection } from './redis-connection';

const readFile = (path: string): string => {
  if (path === '/ca.pem') return 'CA-PEM';
  if (path === '/pw') return 'filed-secret\n';
  throw Object.assign(new Error('missing'), { code: 'ENOENT' });
};

function parse(env: Record<string, string>, required = true) {
  const read = new EnvReader(env, { readFile });
  const connection = readRedisConnection(read, required);
  return { connection, problems: read.problems, json: JSON.stringify(connection) };
}

describe('readRedisConnection', () => {
  it('takes the login out of the URL and keeps the URL without it', () => {
    const { connection, problems, json } = parse({ REDIS_URL: 'rediss://app:s3cr%40t@cache:6380/2' });
    expect(problems).toEqual([]);
    expect(connection?.url).toBe('rediss://cache:6380/2');
    expect(connection?.username).toBe('app');
    expect(connection?.password?.reveal()).toBe('s3cr@t');
    expect(connection?.tls).toEqual({ rejectUnauthorized: true });
    expect(json).not.toContain('s3cr');
  });

  it('reads the login and TLS from their own variables', () => {
    const { connection, problems } = parse({
      REDIS_URL: 'redis://cache:6379',
      REDIS_USERNAME: 'app',
      REDIS_PASSWORD_FILE: '/pw',
      REDIS_TLS: 'true',
      REDIS_TLS_CA_FILE: '/ca.pem',
    });
    expect(problems).toEqual([]);
    expect(connection?.url).toBe('rediss://cache:6379');
    expect(connection?.username).toBe('app');
    expect(connection?.password?.reveal()).toBe('filed-secret');
    expect(connection?.tls).toEqual({ rejectUnauthorized: true, ca: 'CA-PEM' });
  });

  it('is plain without login when the URL has none', () => {
    const { connection, problems } = parse({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(problems).toEqual([]);
    expect(connection).toEqual({ url: 'redis://127.0.0.1:6379' });
  });

  it('lists every conflict, masking the URL password', () => {
    const { problems } = parse({
      REDIS_URL: 'redis://app:hunter22@cache:6379',
      REDIS_USERNAME: 'other',
      REDIS_PASSWORD: 'hunter33',
      REDIS_TLS_CA_FILE: '/ca.pem',
    });
    expect(problems).toEqual([
      'give the Redis user in REDIS_URL or REDIS_USERNAME, not both',
      'give the Redis password in REDIS_URL or REDIS_PASSWORD(_FILE), not both',
      'REDIS_TLS_CA_FILE set but the connection is not TLS (rediss:// or REDIS_TLS=true)',
    ]);
    expect(problems.join('\n')).not.toMatch(/hunter/);
    expect(parse({ REDIS_URL: 'http://app:hunter22@cache' }).problems).toEqual([
      'REDIS_URL must start with redis:// or rediss://',
    ]);
    expect(parse({ REDIS_URL: 'rediss://app:hunter22@cache', REDIS_TLS: 'false' }).problems).toEqual([
      'REDIS_TLS=false contradicts a rediss:// REDIS_URL',
    ]);
    expect(parse({ REDIS_URL: 'redis://cache', REDIS_USERNAME: 'app' }).problems).toEqual([
      'a Redis user needs a password (in REDIS_URL, REDIS_PASSWORD or REDIS_PASSWORD_FILE)',
    ]);
  });

  it('requires REDIS_URL only when asked to', () => {
    expect(parse({}, true).problems).toEqual([
      'REDIS_URL is required (redis://host:port or rediss://host:port)',
    ]);
    expect(parse({}, false)).toMatchObject({ connection: undefined, problems: [] });
  });
});
