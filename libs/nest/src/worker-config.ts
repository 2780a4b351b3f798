import { EnvReader, LOG_LEVELS } from '@wirestream/util';

/** A worker's configuration, parsed once from the environment at start. */
export interface WorkerConfig {
  readonly service: string;
  readonly kafkaBrokers: readonly string[];
  readonly clientId: string;
  readonly groupId: string;
  readonly topicPrefix: string;
  readonly topicPartitions: number;
  readonly redisUrl: string | undefined;
  readonly redisKeyPrefix: string;
  readonly dedupTtlSeconds: number;
  readonly logLevel: string;
  readonly maxMessageBytes: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly transactionTimeoutMs: number;
  readonly batchMaxMessages: number;
  readonly partitionsConcurrency: number;
  readonly exactlyOnce: boolean;
  readonly httpPort: number;
  readonly httpHost: string;
  readonly metricsIntervalMs: number;
  readonly logFormat: 'json' | 'pretty' | undefined;
}

/** Every variable a worker reads, with its default; documented in each worker's README. */
export const WORKER_ENV_DEFAULTS = {
  KAFKA_BROKERS: undefined,
  KAFKA_CLIENT_ID: '<service>',
  KAFKA_GROUP_ID: '<service>',
  TOPIC_PREFIX: '',
  TOPIC_PARTITIONS: '3',
  REDIS_URL: undefined,
  REDIS_KEY_PREFIX: 'wirestream:',
  DEDUP_TTL_SECONDS: String(7 * 24 * 3600),
  LOG_LEVEL: 'info',
  MAX_MESSAGE_BYTES: String(1024 * 1024),
  KAFKA_SESSION_TIMEOUT_MS: '30000',
  KAFKA_HEARTBEAT_INTERVAL_MS: '3000',
  KAFKA_TRANSACTION_TIMEOUT_MS: '60000',
  BATCH_MAX_MESSAGES: '500',
  PARTITIONS_CONCURRENCY: '1',
  EXACTLY_ONCE: 'true',
  HTTP_PORT: '<per service: dedup 9101, segmenter 9102, tagger 9103, strikes 9104; 0 = any free port>',
  HTTP_HOST: '0.0.0.0',
  METRICS_INTERVAL_MS: '5000',
  LOG_FORMAT: '<pretty on a terminal, else json>',
} as const;

/**
 * Parses and validates a worker's environment. Pure: the caller passes `process.env`. Fails
 * with one error listing every problem, so a misconfigured deployment is fixed in one go.
 */
export function loadWorkerConfig(
  env: Readonly<Record<string, string | undefined>>,
  service: string,
  options: { needsRedis: boolean; defaultHttpPort?: number },
): WorkerConfig {
  const read = new EnvReader(env);
  const kafkaBrokers = read.brokers('KAFKA_BROKERS');
  const redisUrl = read.text('REDIS_URL');
  if (options.needsRedis && redisUrl === undefined) read.problem('REDIS_URL is required (redis://host:port)');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    read.problem('REDIS_URL must start with redis:// or rediss://');
  }
  const sessionTimeoutMs = read.integer('KAFKA_SESSION_TIMEOUT_MS', 1000, 3_600_000, 30_000);
  const heartbeatIntervalMs = read.integer('KAFKA_HEARTBEAT_INTERVAL_MS', 100, 3_600_000, 3_000);
  // Kafka's own rule of thumb: at least three heartbeats per session, or a slow beat looks dead.
  if (heartbeatIntervalMs * 3 > sessionTimeoutMs) {
    read.problem(
      `KAFKA_HEARTBEAT_INTERVAL_MS (${heartbeatIntervalMs}) must be at most a third of KAFKA_SESSION_TIMEOUT_MS (${sessionTimeoutMs})`,
    );
  }
  const config: WorkerConfig = {
    service,
    kafkaBrokers,
    clientId: read.text('KAFKA_CLIENT_ID', service)!,
    groupId: read.text('KAFKA_GROUP_ID', service)!,
    topicPrefix: read.topicPrefix('TOPIC_PREFIX'),
    topicPartitions: read.integer('TOPIC_PARTITIONS', 1, 1000, 3),
    redisUrl,
    redisKeyPrefix: read.text('REDIS_KEY_PREFIX', 'wirestream:')!,
    dedupTtlSeconds: read.integer('DEDUP_TTL_SECONDS', 60, 366 * 24 * 3600, 7 * 24 * 3600),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    maxMessageBytes: read.integer('MAX_MESSAGE_BYTES', 1024, 64 * 1024 * 1024, 1024 * 1024),
    sessionTimeoutMs,
    heartbeatIntervalMs,
    transactionTimeoutMs: read.integer('KAFKA_TRANSACTION_TIMEOUT_MS', 1000, 900_000, 60_000),
    batchMaxMessages: read.integer('BATCH_MAX_MESSAGES', 1, 100_000, 500),
    partitionsConcurrency: read.integer('PARTITIONS_CONCURRENCY', 1, 64, 1),
    exactlyOnce: read.oneOf('EXACTLY_ONCE', ['true', 'false'] as const, 'true') === 'true',
    httpPort: read.integer('HTTP_PORT', 0, 65535, options.defaultHttpPort ?? 0),
    httpHost: read.text('HTTP_HOST', '0.0.0.0')!,
    metricsIntervalMs: read.integer('METRICS_INTERVAL_MS', 100, 3_600_000, 5_000),
    logFormat: read.oneOf('LOG_FORMAT', ['json', 'pretty'] as const),
  };
  read.check(service);
  return Object.freeze(config);
}
