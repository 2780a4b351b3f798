import { PipelineError } from '@wirestream/util';

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

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Parses and validates a worker's environment. Pure: the caller passes `process.env`. Fails
 * with one error listing every problem, so a misconfigured deployment is fixed in one go.
 */
export function loadWorkerConfig(
  env: Readonly<Record<string, string | undefined>>,
  service: string,
  options: { needsRedis: boolean; defaultHttpPort?: number },
): WorkerConfig {
  const problems: string[] = [];
  const read = (name: keyof typeof WORKER_ENV_DEFAULTS): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const integer = (
    name: keyof typeof WORKER_ENV_DEFAULTS,
    min: number,
    max: number,
    fallback?: number,
  ): number => {
    const text = read(name) ?? (fallback === undefined ? WORKER_ENV_DEFAULTS[name] : String(fallback)) ?? '';
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
      return min;
    }
    return value;
  };

  const brokersText = read('KAFKA_BROKERS');
  const kafkaBrokers = (brokersText ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (kafkaBrokers.length === 0) problems.push('KAFKA_BROKERS is required (host:port[,host:port])');
  for (const broker of kafkaBrokers) {
    if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(broker))
      problems.push(`KAFKA_BROKERS entry "${broker}" is not host:port`);
  }
  const redisUrl = read('REDIS_URL');
  if (options.needsRedis && redisUrl === undefined)
    problems.push('REDIS_URL is required (redis://host:port)');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl))
    problems.push('REDIS_URL must start with redis:// or rediss://');
  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const logFormat = read('LOG_FORMAT');
  if (logFormat !== undefined && logFormat !== 'json' && logFormat !== 'pretty') {
    problems.push(`LOG_FORMAT must be json or pretty, got "${logFormat}"`);
  }
  const exactlyOnceText = (read('EXACTLY_ONCE') ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(exactlyOnceText))
    problems.push(`EXACTLY_ONCE must be true or false, got "${exactlyOnceText}"`);
  const topicPrefix = read('TOPIC_PREFIX') ?? '';
  if (!/^[A-Za-z0-9._-]*$/.test(topicPrefix))
    problems.push(`TOPIC_PREFIX may only hold letters, digits, ".", "_" and "-"`);

  const sessionTimeoutMs = integer('KAFKA_SESSION_TIMEOUT_MS', 1000, 3_600_000);
  const heartbeatIntervalMs = integer('KAFKA_HEARTBEAT_INTERVAL_MS', 100, 3_600_000);
  // Kafka's own rule of thumb: at least three heartbeats per session, or a slow beat looks dead.
  if (heartbeatIntervalMs * 3 > sessionTimeoutMs) {
    problems.push(
      `KAFKA_HEARTBEAT_INTERVAL_MS (${heartbeatIntervalMs}) must be at most a third of KAFKA_SESSION_TIMEOUT_MS (${sessionTimeoutMs})`,
    );
  }
  const config: WorkerConfig = {
    service,
    kafkaBrokers,
    clientId: read('KAFKA_CLIENT_ID') ?? service,
    groupId: read('KAFKA_GROUP_ID') ?? service,
    topicPrefix,
    topicPartitions: integer('TOPIC_PARTITIONS', 1, 1000),
    redisUrl,
    redisKeyPrefix: read('REDIS_KEY_PREFIX') ?? 'wirestream:',
    dedupTtlSeconds: integer('DEDUP_TTL_SECONDS', 60, 366 * 24 * 3600),
    logLevel,
    maxMessageBytes: integer('MAX_MESSAGE_BYTES', 1024, 64 * 1024 * 1024),
    sessionTimeoutMs,
    heartbeatIntervalMs,
    transactionTimeoutMs: integer('KAFKA_TRANSACTION_TIMEOUT_MS', 1000, 900_000),
    batchMaxMessages: integer('BATCH_MAX_MESSAGES', 1, 100_000),
    partitionsConcurrency: integer('PARTITIONS_CONCURRENCY', 1, 64),
    exactlyOnce: exactlyOnceText === 'true',
    httpPort: integer('HTTP_PORT', 0, 65535, options.defaultHttpPort ?? 0),
    httpHost: read('HTTP_HOST') ?? '0.0.0.0',
    metricsIntervalMs: integer('METRICS_INTERVAL_MS', 100, 3_600_000),
    logFormat: logFormat === 'json' || logFormat === 'pretty' ? logFormat : undefined,
  };
  if (problems.length > 0) {
    throw PipelineError.nonRetryable(
      'WIRE_CONFIG_INVALID',
      `invalid configuration for ${service}:\n  - ${problems.join('\n  - ')}`,
    );
  }
  return Object.freeze(config);
}
