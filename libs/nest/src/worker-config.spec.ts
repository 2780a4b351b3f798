import { loadWorkerConfig } from './worker-config';

describe('loadWorkerConfig', () => {
  it('applies documented defaults', () => {
    const config = loadWorkerConfig({ KAFKA_BROKERS: '127.0.0.1:9092' }, 'segmenter-worker', {
      needsRedis: false,
    });
    expect(config).toMatchObject({
      kafkaBrokers: ['127.0.0.1:9092'],
      clientId: 'segmenter-worker',
      groupId: 'segmenter-worker',
      topicPrefix: '',
      topicPartitions: 3,
      sessionTimeoutMs: 30000,
      heartbeatIntervalMs: 3000,
      exactlyOnce: true,
      maxMessageBytes: 1_000_000,
      kafkaSecurity: {},
      redis: undefined,
      startupGuard: true,
      dedupBandBuckets: 4096,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every problem at once', () => {
    const attempt = () =>
      loadWorkerConfig(
        {
          KAFKA_BROKERS: 'nohost',
          TOPIC_PARTITIONS: 'many',
          EXACTLY_ONCE: 'perhaps',
          LOG_LEVEL: 'loud',
          DEDUP_BAND_BUCKETS: '0',
        },
        'dedup-worker',
        { needsRedis: true },
      );
    expect(attempt).toThrow(/KAFKA_BROKERS entry "nohost" is not host:port/);
    expect(attempt).toThrow(/REDIS_URL is required/);
    expect(attempt).toThrow(/TOPIC_PARTITIONS must be an integer from 1 to 1000, got "many"/);
    expect(attempt).toThrow(/EXACTLY_ONCE must be one of true, false, got "perhaps"/);
    expect(attempt).toThrow(/LOG_LEVEL must be one of/);
    expect(attempt).toThrow(/DEDUP_BAND_BUCKETS must be an integer from 1 to 1048576, got "0"/);
  });

  it('checks heartbeat against session timeout', () => {
    expect(() =>
      loadWorkerConfig(
        { KAFKA_BROKERS: 'a:1', KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_HEARTBEAT_INTERVAL_MS: '3000' },
        'x',
        { needsRedis: false },
      ),
    ).toThrow(/at most a third of KAFKA_SESSION_TIMEOUT_MS/);
  });

  it('requires KAFKA_BROKERS', () => {
    expect(() => loadWorkerConfig({}, 'x', { needsRedis: false })).toThrow(/KAFKA_BROKERS is required/);
  });

  it('reads Kafka and Redis credentials, keeping them out of the config as text', () => {
    const config = loadWorkerConfig(
      {
        KAFKA_BROKERS: 'a:1',
        KAFKA_SASL_MECHANISM: 'scram-sha-256',
        KAFKA_SASL_USERNAME: 'wire',
        KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka',
        REDIS_URL: 'rediss://dedup:r3dis-pass@cache:6380',
      },
      'dedup-worker',
      { needsRedis: true, readFile: (path) => (path === '/run/secrets/kafka' ? 'k4fka-pass\n' : '') },
    );
    expect(config.kafkaSecurity.sasl?.password.reveal()).toBe('k4fka-pass');
    expect(config.redis?.password?.reveal()).toBe('r3dis-pass');
    expect(config.redisUrl).toBe('rediss://cache:6380');
    const printed = JSON.stringify(config);
    expect(printed).not.toContain('k4fka-pass');
    expect(printed).not.toContain('r3dis-pass');
  });

  it('masks the password of a bad REDIS_URL in the error', () => {
    const attempt = () =>
      loadWorkerConfig({ KAFKA_BROKERS: 'a:1', REDIS_URL: 'redis://u:r3dis-pass@bad host' }, 'x', {
        needsRedis: true,
      });
    expect(attempt).toThrow('REDIS_URL "redis://u:***@bad host" is not a URL');
  });
});
