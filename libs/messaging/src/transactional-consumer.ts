import { HEADERS } from '@wirestream/contracts';
import { PipelineError, toPipelineError } from '@wirestream/util';
import {
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type KafkaMessage,
  type Message,
  type Producer,
  type TopicMessages,
} from 'kafkajs';
import { backoffMs, sleep } from './backoff';
import { type BatchHandler, type ConsumedMessage, type RecordOutcome } from './consumed-message';
import { deadLetterMessage } from './dead-letter-record';
import { decodeRecordValue } from './decode-record';
import { type MessagingLogger } from './logger';
import { decodeHeaders } from './record-headers';

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

const noObserver: ConsumerObserver = { batchCommitted() {}, batchAborted() {}, deadLetter() {} };

export const DEFAULT_CONSUMER_OPTIONS = {
  maxMessageBytes: 1024 * 1024,
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
  transactionTimeoutMs: 60_000,
  partitionsConsumedConcurrently: 1,
  maxBatchMessages: 500,
  exactlyOnce: true,
} as const;

/** Counters a worker exposes; monotonic since start. */
export interface ConsumerStats {
  consumed: number;
  produced: number;
  deadLettered: number;
  commits: number;
  aborts: number;
  retries: number;
}

type Resolved = Required<Omit<TransactionalConsumerOptions, 'kafka' | 'handler' | 'logger' | 'observer'>>;

/**
 * Consume → transform → produce with Kafka transactions: for each partition batch, the outputs,
 * the dead letters and the input offsets are committed in one transaction by a producer whose
 * transactional id is tied to the input partition (kafkajs lacks KIP-447, so a restarted owner of
 * the partition is what fences a zombie). On any failure the transaction is aborted and the same
 * messages are retried with backoff, without limit: an outage never skips or dead-letters data.
 */
export class TransactionalConsumer {
  readonly stats: ConsumerStats = {
    consumed: 0,
    produced: 0,
    deadLettered: 0,
    commits: 0,
    aborts: 0,
    retries: 0,
  };
  private readonly options: Resolved;
  private readonly consumer: Consumer;
  private readonly producers = new Map<number, Promise<Producer>>();
  private plainProducer: Promise<Producer> | undefined;
  private assigned = false;
  private failing = false;
  private stopping = false;
  private readonly observer: ConsumerObserver;

  constructor(private readonly deps: TransactionalConsumerOptions) {
    this.options = { ...DEFAULT_CONSUMER_OPTIONS, ...withoutUndefined(deps) } as Resolved;
    this.observer = deps.observer ?? noObserver;
    this.consumer = deps.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs,
      heartbeatInterval: this.options.heartbeatIntervalMs,
      readUncommitted: false,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.assigned = true;
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.assigned = false;
      deps.logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
    });
  }

  /** Connected, in a group, and not waiting out a failure. */
  get ready(): boolean {
    return this.assigned && !this.failing && !this.stopping;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.inputTopic], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /** Finishes the batch in hand, commits it, leaves the group and closes the producers. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect();
    const producers = [...this.producers.values(), ...(this.plainProducer ? [this.plainProducer] : [])];
    this.producers.clear();
    await Promise.allSettled(producers.map(async (p) => (await p).disconnect()));
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const size = this.options.maxBatchMessages;
    for (let from = 0; from < batch.messages.length; from += size) {
      const chunk = batch.messages.slice(from, from + size);
      const done = await this.processWithRetry(payload, chunk);
      if (!done) return;
    }
  }

  /** Processes one chunk until it commits; false when the partition was lost or we are stopping. */
  private async processWithRetry(payload: EachBatchPayload, chunk: KafkaMessage[]): Promise<boolean> {
    const { batch } = payload;
    for (let attempt = 0; ; attempt++) {
      if (!payload.isRunning() || payload.isStale()) return false;
      try {
        await this.processChunk(batch.topic, batch.partition, chunk, batch.highWatermark);
        this.failing = false;
        payload.resolveOffset(chunk[chunk.length - 1]!.offset);
        await payload.heartbeat();
        return true;
      } catch (error) {
        this.failing = true;
        this.stats.retries += 1;
        this.observer.batchAborted();
        const wait = backoffMs(attempt);
        this.deps.logger.warn(
          {
            err: error,
            topic: batch.topic,
            partition: batch.partition,
            offset: chunk[0]!.offset,
            attempt,
            retryInMs: wait,
          },
          'batch failed; aborted, will retry the same messages',
        );
        await this.waitWithHeartbeat(payload, wait);
      }
    }
  }

  private async waitWithHeartbeat(payload: EachBatchPayload, ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && payload.isRunning() && !payload.isStale()) {
      await sleep(Math.min(500, until - Date.now()));
      await payload.heartbeat().catch(() => undefined);
    }
  }

  private async processChunk(
    topic: string,
    partition: number,
    chunk: KafkaMessage[],
    highWatermark: string,
  ): Promise<void> {
    // Decoded once: the handler sees them, and outputs and dead letters copy from them.
    const headers = chunk.map((message) => decodeHeaders(message.headers));
    const outcomes = await this.runHandler(topic, partition, chunk, headers);
    const { topicMessages, deadLetters } = this.toTopicMessages(topic, partition, chunk, headers, outcomes);
    const next = BigInt(chunk[chunk.length - 1]!.offset) + 1n;
    if (this.options.exactlyOnce)
      await this.commitTransaction(topic, partition, topicMessages, next.toString());
    else await this.commitAtLeastOnce(topic, partition, topicMessages, next.toString());
    // Counted only once committed: an aborted attempt produced nothing visible.
    this.stats.consumed += chunk.length;
    this.stats.commits += 1;
    this.stats.deadLettered += deadLetters.length;
    const produced = new Map<string, number>();
    for (const { topic: name, messages } of topicMessages) {
      if (name === this.options.dlqTopic) continue;
      produced.set(name, messages.length);
      this.stats.produced += messages.length;
    }
    for (const code of deadLetters) this.observer.deadLetter(topic, code);
    const lag = BigInt(highWatermark) - next;
    this.observer.batchCommitted(topic, partition, chunk.length, lag > 0n ? Number(lag) : 0, produced);
  }

  private async runHandler(
    topic: string,
    partition: number,
    chunk: KafkaMessage[],
    headers: readonly Record<string, string>[],
  ): Promise<RecordOutcome[]> {
    const outcomes: (RecordOutcome | undefined)[] = [];
    const decoded: ConsumedMessage[] = [];
    const decodedAt: number[] = [];
    chunk.forEach((message, i) => {
      try {
        const value = decodeRecordValue(message.value, this.options.maxMessageBytes);
        decoded.push({
          value,
          arrivedAt: new Date(Number(message.timestamp)),
          topic,
          partition,
          offset: message.offset,
          headers: headers[i]!,
        });
        decodedAt.push(i);
        outcomes.push(undefined);
      } catch (error) {
        outcomes.push({ ok: false, error: toPipelineError(error) });
      }
    });
    if (decoded.length > 0) {
      const handled = await this.deps.handler(decoded);
      if (handled.length !== decoded.length) {
        throw new Error(`handler returned ${handled.length} outcomes for ${decoded.length} messages`);
      }
      handled.forEach((outcome, j) => {
        outcomes[decodedAt[j]!] = outcome;
      });
    }
    return outcomes as RecordOutcome[];
  }

  private toTopicMessages(
    topic: string,
    partition: number,
    chunk: KafkaMessage[],
    headers: readonly Record<string, string>[],
    outcomes: RecordOutcome[],
  ): { topicMessages: TopicMessages[]; deadLetters: string[] } {
    const byTopic = new Map<string, Message[]>();
    const deadLetters: string[] = [];
    const push = (name: string, message: Message): void => {
      const list = byTopic.get(name);
      if (list) list.push(message);
      else byTopic.set(name, [message]);
    };
    outcomes.forEach((outcome, i) => {
      const source = chunk[i]!;
      const inHeaders = headers[i]!;
      let rejected: PipelineError | undefined = outcome.ok ? undefined : outcome.error;
      const encoded: [string, Message][] = [];
      if (outcome.ok) {
        for (const output of outcome.outputs) {
          const value = JSON.stringify(output.value);
          if (Buffer.byteLength(value) > this.options.maxMessageBytes) {
            rejected = PipelineError.nonRetryable(
              'WIRE_INPUT_TOO_LARGE',
              `output for ${output.topic} is over the record limit`,
            );
            break;
          }
          const headers: Record<string, string> = { ...output.headers };
          const traceId = inHeaders[HEADERS.traceId];
          if (traceId !== undefined) headers[HEADERS.traceId] = traceId;
          encoded.push([output.topic, { key: output.key, value, headers }]);
        }
      }
      if (rejected) {
        deadLetters.push(rejected.code);
        this.deps.logger.warn(
          {
            topic,
            partition,
            offset: source.offset,
            dispatchId: inHeaders[HEADERS.dispatchId],
            storyId: inHeaders[HEADERS.storyId],
            traceId: inHeaders[HEADERS.traceId],
            code: rejected.code,
            err: rejected,
          },
          'dead-lettering a record',
        );
        // A re-driven record carries its attempt number; a first failure is attempt 1.
        const attempt = Number(inHeaders[HEADERS.attempt] ?? '1') || 1;
        push(
          this.options.dlqTopic,
          deadLetterMessage(source, { topic, partition }, this.options.stage, rejected, attempt),
        );
      } else {
        for (const [name, message] of encoded) push(name, message);
      }
    });
    return {
      topicMessages: [...byTopic].map(([name, messages]) => ({ topic: name, messages })),
      deadLetters,
    };
  }

  private async commitTransaction(
    topic: string,
    partition: number,
    topicMessages: TopicMessages[],
    nextOffset: string,
  ): Promise<void> {
    const producer = await this.transactionalProducer(topic, partition);
    const transaction = await producer.transaction();
    try {
      if (topicMessages.length > 0) await transaction.sendBatch({ topicMessages });
      await transaction.sendOffsets({
        consumerGroupId: this.options.groupId,
        topics: [{ topic, partitions: [{ partition, offset: nextOffset }] }],
      });
      await transaction.commit();
    } catch (error) {
      this.stats.aborts += 1;
      await transaction.abort().catch(() => undefined);
      // A fresh producer re-initialises the transactional id, which also clears a fenced or
      // half-open transaction (e.g. CONCURRENT_TRANSACTIONS on addOffsetsToTxn, kafkajs #1315).
      this.producers.delete(partition);
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  private async commitAtLeastOnce(
    topic: string,
    partition: number,
    topicMessages: TopicMessages[],
    nextOffset: string,
  ): Promise<void> {
    this.plainProducer ??= this.connect(
      this.deps.kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
    );
    const producer = await this.plainProducer;
    if (topicMessages.length > 0) await producer.sendBatch({ topicMessages });
    await this.consumer.commitOffsets([{ topic, partition, offset: nextOffset }]);
  }

  private transactionalProducer(topic: string, partition: number): Promise<Producer> {
    let producer = this.producers.get(partition);
    if (!producer) {
      producer = this.connect(
        this.deps.kafka.producer({
          transactionalId: `${this.options.groupId}.${topic}.${partition}`,
          idempotent: true,
          maxInFlightRequests: 1,
          transactionTimeout: this.options.transactionTimeoutMs,
        }),
      );
      void producer.catch(() => this.producers.delete(partition));
      this.producers.set(partition, producer);
    }
    return producer;
  }

  private async connect(producer: Producer): Promise<Producer> {
    await producer.connect();
    return producer;
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
