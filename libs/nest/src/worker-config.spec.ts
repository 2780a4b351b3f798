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
      maxMessageBytes: 1048576,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every problem at once', () => {
    const attempt = () =>
      loadWorkerConfig(
        { KAFKA_BROKERS: 'nohost', TOPIC_PARTITIONS: 'many', EXACTLY_ONCE: 'perhaps', LOG_LEVEL: 'loud' },
        'dedup-worker',
        { needsRedis: true },
      );
    expect(attempt).toThrow(/KAFKA_BROKERS entry "nohost" is not host:port/);
    expect(attempt).toThrow(/REDIS_URL is required/);
    expect(attempt).toThrow(/TOPIC_PARTITIONS must be an integer from 1 to 1000, got "many"/);
    expect(attempt).toThrow(/EXACTLY_ONCE must be one of true, false, got "perhaps"/);
    expect(attempt).toThrow(/LOG_LEVEL must be one of/);
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
});
