import { readFileSync } from 'node:fs';
import { STAGES, type StageName } from '@wirestream/contracts';
import { KAFKA_SECURITY_ENV_DEFAULTS, readKafkaSecurity, type KafkaSecurity } from '@wirestream/messaging';
import { readRedisConnection, REDIS_CONNECTION_ENV_DEFAULTS, type RedisConnection } from '@wirestream/redis';
import { EnvReader, LOG_LEVELS, type ReadTextFile } from '@wirestream/util';

/** A worker's configuration, parsed once from the environment at start. */
export interface WorkerConfig {
  readonly service: string;
  readonly kafkaBrokers: readonly string[];
  /** SASL and TLS for Kafka; its secrets print as `[redacted]`. */
  readonly kafkaSecurity: KafkaSecurity;
  readonly clientId: string;
  readonly groupId: string;
  readonly topicPrefix: string;
  readonly topicPartitions: number;
  /** `REDIS_URL` without its credentials (they are in `redis`). */
  readonly redisUrl: string | undefined;
  /** Where and how to reach Redis, login and TLS included. */
  readonly redis: RedisConnection | undefined;
  readonly redisKeyPrefix: string;
  readonly dedupTtlSeconds: number;
  readonly dedupBandBuckets: number;
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
  /** Check the cluster's settings against the worker's before consuming (see `guardProblems`). */
  readonly startupGuard: boolean;
}

/** Every variable a worker reads, with its default; documented in each worker's README. */
export const WORKER_ENV_DEFAULTS = {
  KAFKA_BROKERS: undefined,
  ...KAFKA_SECURITY_ENV_DEFAULTS,
  KAFKA_CLIENT_ID: '<service>',
  KAFKA_GROUP_ID: '<service>',
  TOPIC_PREFIX: '',
  TOPIC_PARTITIONS: '3',
  ...REDIS_CONNECTION_ENV_DEFAULTS,
  REDIS_KEY_PREFIX: 'wirestream:',
  DEDUP_TTL_SECONDS: String(7 * 24 * 3600),
  DEDUP_BAND_BUCKETS: '4096',
  LOG_LEVEL: 'info',
  MAX_MESSAGE_BYTES: '1000000',
  KAFKA_SESSION_TIMEOUT_MS: '30000',
  KAFKA_HEARTBEAT_INTERVAL_MS: '3000',
  KAFKA_TRANSACTION_TIMEOUT_MS: '60000',
  BATCH_MAX_MESSAGES: '500',
  PARTITIONS_CONCURRENCY: '1',
  EXACTLY_ONCE: 'true',
  HTTP_PORT: `<per service, from the stage registry: ${Object.values(STAGES)
    .map((s) => `${s.worker.service} ${s.worker.httpPort}`)
    .join(', ')}; 0 = any free port>`,
  HTTP_HOST: '127.0.0.1',
  METRICS_INTERVAL_MS: '5000',
  LOG_FORMAT: '<pretty on a terminal, else json>',
  STARTUP_GUARD: 'true',
} as const;

/**
 * Parses and validates a worker's environment. Pure but for the `*_FILE` variables (secrets and
 * certificates), read with `options.readFile`: the caller passes `process.env`. Fails with one
 * error listing every problem, so a misconfigured deployment is fixed in one go; no problem quotes
 * a password.
 */
export function loadWorkerConfig(
  env: Readonly<Record<string, string | undefined>>,
  service: string,
  options: { needsRedis: boolean; defaultHttpPort?: number; readFile?: ReadTextFile },
): WorkerConfig {
  const read = new EnvReader(env, { readFile: options.readFile ?? ((path) => readFileSync(path, 'utf8')) });
  const kafkaBrokers = read.brokers('KAFKA_BROKERS');
  const kafkaSecurity = readKafkaSecurity(read);
  const redis = readRedisConnection(read, options.needsRedis);
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
    kafkaSecurity,
    clientId: read.text('KAFKA_CLIENT_ID', service)!,
    groupId: read.text('KAFKA_GROUP_ID', service)!,
    topicPrefix: read.topicPrefix('TOPIC_PREFIX'),
    topicPartitions: read.integer('TOPIC_PARTITIONS', 1, 1000, 3),
    redisUrl: redis?.url,
    redis,
    redisKeyPrefix: read.text('REDIS_KEY_PREFIX', 'wirestream:')!,
    dedupTtlSeconds: read.integer('DEDUP_TTL_SECONDS', 60, 366 * 24 * 3600, 7 * 24 * 3600),
    dedupBandBuckets: read.integer('DEDUP_BAND_BUCKETS', 1, 1_048_576, 4096),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    // Under Kafka's default message.max.bytes (1048588) with room for dead-letter headers, so the
    // default DLQ topic can hold any rejected input (see the start-up guard).
    maxMessageBytes: read.integer('MAX_MESSAGE_BYTES', 1024, 64 * 1024 * 1024, 1_000_000),
    sessionTimeoutMs,
    heartbeatIntervalMs,
    transactionTimeoutMs: read.integer('KAFKA_TRANSACTION_TIMEOUT_MS', 1000, 900_000, 60_000),
    batchMaxMessages: read.integer('BATCH_MAX_MESSAGES', 1, 100_000, 500),
    partitionsConcurrency: read.integer('PARTITIONS_CONCURRENCY', 1, 64, 1),
    exactlyOnce: read.oneOf('EXACTLY_ONCE', ['true', 'false'] as const, 'true') === 'true',
    httpPort: read.integer('HTTP_PORT', 0, 65535, options.defaultHttpPort ?? 0),
    // Loopback unless told: /metrics and /health are for this host's scraper until exposed on purpose.
    httpHost: read.text('HTTP_HOST', '127.0.0.1')!,
    metricsIntervalMs: read.integer('METRICS_INTERVAL_MS', 100, 3_600_000, 5_000),
    logFormat: read.oneOf('LOG_FORMAT', ['json', 'pretty'] as const),
    startupGuard: read.flag('STARTUP_GUARD', true),
  };
  read.check(service);
  return Object.freeze(config);
}

/** A stage worker's configuration: its service name, port and Redis need from the stage registry. */
export function loadStageWorkerConfig(
  env: Readonly<Record<string, string | undefined>>,
  stage: StageName,
  readFile?: ReadTextFile,
): WorkerConfig {
  const { service, httpPort, needsRedis } = STAGES[stage].worker;
  return loadWorkerConfig(env, service, {
    needsRedis,
    defaultHttpPort: httpPort,
    ...(readFile === undefined ? {} : { readFile }),
  });
}
