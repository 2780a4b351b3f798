import { PipelineError } from '@wirestream/util';
import { loadConfig } from './config';

const TOKEN_A = 'afp-0123456789abcdef';
const TOKEN_R = 'reuters-0123456789abcdef';
const VALID = { KAFKA_BROKERS: 'k1:9092, k2:9093', INGEST_TOKENS: `AFP:${TOKEN_A},REUTERS:${TOKEN_R}` };

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe('WIRE_CONFIG_INVALID');
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('given only the required variables, when loaded, then the documented defaults apply', () => {
    const config = loadConfig(VALID);
    expect(config).toMatchObject({
      kafkaBrokers: ['k1:9092', 'k2:9093'],
      topicPrefix: '',
      httpPort: 8080,
      httpHost: '127.0.0.1',
      maxBytes: 1_048_576,
      publishTimeoutMs: 5000,
      logLevel: 'info',
      logFormat: undefined,
    });
    expect([...config.tokens]).toEqual([
      [TOKEN_A, 'AFP'],
      [TOKEN_R, 'REUTERS'],
    ]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('given every variable set, when loaded, then each is read', () => {
    const config = loadConfig({
      ...VALID,
      TOPIC_PREFIX: 'prod.',
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      INGEST_MAX_BYTES: '2048',
      INGEST_PUBLISH_TIMEOUT_MS: '1500',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    });
    expect(config).toMatchObject({
      topicPrefix: 'prod.',
      httpPort: 0,
      httpHost: '127.0.0.1',
      maxBytes: 2048,
      publishTimeoutMs: 1500,
      logLevel: 'warn',
      logFormat: 'json',
    });
  });

  it.each([
    ['no brokers', { INGEST_TOKENS: VALID.INGEST_TOKENS }, 'KAFKA_BROKERS is required'],
    [
      'a broker without port',
      { ...VALID, KAFKA_BROKERS: 'kafka' },
      'KAFKA_BROKERS entry "kafka" is not host:port',
    ],
    ['no tokens', { KAFKA_BROKERS: 'k:1' }, 'INGEST_TOKENS is required'],
    [
      'a token entry without colon',
      { ...VALID, INGEST_TOKENS: 'AFP' },
      'INGEST_TOKENS entry 1 is not AGENCY:token',
    ],
    [
      'an empty agency',
      { ...VALID, INGEST_TOKENS: `:${TOKEN_A}` },
      'INGEST_TOKENS entry 1 is not AGENCY:token',
    ],
    [
      'a short token',
      { ...VALID, INGEST_TOKENS: `AFP:${TOKEN_A},AP:short` },
      'INGEST_TOKENS entry 2 (AP): the token must be at least 16 printable characters',
    ],
    [
      'a token given twice',
      { ...VALID, INGEST_TOKENS: `AFP:${TOKEN_A},AP:${TOKEN_A}` },
      'INGEST_TOKENS entry 2 (AP): the same token is already given to AFP',
    ],
    ['a bad agency name', { ...VALID, INGEST_TOKENS: `A F P:${TOKEN_A}` }, 'agency "A F P" may only hold'],
    ['a port out of range', { ...VALID, HTTP_PORT: '70000' }, 'HTTP_PORT must be an integer from 0 to 65535'],
    ['a size of zero', { ...VALID, INGEST_MAX_BYTES: '0' }, 'INGEST_MAX_BYTES must be an integer from 1'],
    ['a size with a unit', { ...VALID, INGEST_MAX_BYTES: '1MiB' }, 'INGEST_MAX_BYTES must be an integer'],
    ['a bad log level', { ...VALID, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    ['a bad log format', { ...VALID, LOG_FORMAT: 'xml' }, 'LOG_FORMAT must be one of json, pretty'],
    ['a bad topic prefix', { ...VALID, TOPIC_PREFIX: 'a/b' }, 'TOPIC_PREFIX may only hold'],
  ])('given %s, when loaded, then the problem is named', (_case, env, expected) => {
    expect(problemsOf(env)).toContain(expected);
  });

  it('given several problems, when loaded, then all are listed at once', () => {
    const message = problemsOf({ HTTP_PORT: 'x', LOG_LEVEL: 'loud' });
    expect(message.split('\n  - ')).toHaveLength(5);
  });

  it('given a bad token list, when refused, then no token value appears in the message', () => {
    const message = problemsOf({ ...VALID, INGEST_TOKENS: `AFP:${TOKEN_A},AP:tiny-secret,AFP2:${TOKEN_A}` });
    expect(message).not.toContain(TOKEN_A);
    expect(message).not.toContain('tiny-secret');
  });
});
