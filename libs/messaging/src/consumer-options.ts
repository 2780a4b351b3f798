import { type ConsumerConfig, type Kafka } from 'kafkajs';
import { type BatchHandler } from './consumed-message';
import { type MessagingLogger } from './logger';

/** Options of {@link TransactionalConsumer}; see {@link DEFAULT_CONSUMER_OPTIONS} for defaults. */
export interface TransactionalConsumerOptions {
  readonly kafka: Kafka;
  /** Consumer group, also the prefix of the transactional ids. */
  readonly groupId: string;
  readonly inputTopic: string;
  readonly dlqTopic: string;
  /** Stage name written in dead-letter headers. */
  readonly stage: string;
  readonly handler: BatchHandler;
  readonly logger: MessagingLogger;
  /** Largest input record accepted, in bytes. @default 1048576 */
  readonly maxMessageBytes?: number;
  /** @default 30000 */
  readonly sessionTimeoutMs?: number;
  /** @default 3000 */
  readonly heartbeatIntervalMs?: number;
  /** @default 60000 */
  readonly transactionTimeoutMs?: number;
  /** Partitions processed at once (one transactional producer each). @default 1 */
  readonly partitionsConsumedConcurrently?: number;
  /** Messages per transaction at most; a larger fetch is cut into several. @default 500 */
  readonly maxBatchMessages?: number;
  /** Exactly-once (transactions) or at-least-once (plain produce, then commit). @default true */
  readonly exactlyOnce?: boolean;
  /** Told about commits, aborts and dead letters, for metrics. */
  readonly observer?: ConsumerObserver;
  /**
   * Fetch the checkpoint committed with a partition's offsets when it is (re)assigned and hand it to
   * the handler as {@link BatchContext.recovered}. @default false
   */
  readonly recoverCheckpoints?: boolean;
}

/** What a metrics sink learns from the transport. */
export interface ConsumerObserver {
  batchCommitted(
    topic: string,
    partition: number,
    size: number,
    lag: number,
    produced: ReadonlyMap<string, number>,
  ): void;
  batchAborted(): void;
  deadLetter(topic: string, code: string): void;
}

/** Counters a worker exposes; monotonic since start. */
export interface ConsumerStats {
  consumed: number;
  produced: number;
  deadLettered: number;
  commits: number;
  aborts: number;
  retries: number;
}

export const DEFAULT_CONSUMER_OPTIONS = {
  maxMessageBytes: 1024 * 1024,
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
  transactionTimeoutMs: 60_000,
  partitionsConsumedConcurrently: 1,
  maxBatchMessages: 500,
  exactlyOnce: true,
  recoverCheckpoints: false,
} as const;

/** The settings of a consumer, every optional one filled in. */
export type ResolvedSettings = Required<
  Omit<TransactionalConsumerOptions, 'kafka' | 'handler' | 'logger' | 'observer'>
>;

export const noObserver: ConsumerObserver = { batchCommitted() {}, batchAborted() {}, deadLetter() {} };

/** The given settings over the defaults; an option given as `undefined` keeps its default. */
export function resolveSettings(options: TransactionalConsumerOptions): ResolvedSettings {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_CONSUMER_OPTIONS, ...given } as ResolvedSettings;
}

/** The kafkajs consumer of a group: read-committed, no topic made by accident. */
export function consumerConfig(settings: ResolvedSettings): ConsumerConfig {
  return {
    groupId: settings.groupId,
    sessionTimeout: settings.sessionTimeoutMs,
    heartbeatInterval: settings.heartbeatIntervalMs,
    readUncommitted: false,
    maxWaitTimeInMs: 100,
    allowAutoTopicCreation: false,
  };
}

export function emptyStats(): ConsumerStats {
  return { consumed: 0, produced: 0, deadLettered: 0, commits: 0, aborts: 0, retries: 0 };
}
