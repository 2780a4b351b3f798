import { toPipelineError } from '@wirestream/util';
import {
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type KafkaMessage,
  type Producer,
  type TopicMessages,
} from 'kafkajs';
import { backoffMs, sleep } from './backoff';
import {
  type BatchContext,
  type BatchHandler,
  type ConsumedMessage,
  MAX_CHECKPOINT_BYTES,
  type RecordOutcome,
} from './consumed-message';
import { decodeRecordValue } from './decode-record';
import { type MessagingLogger } from './logger';
import { outcomeMessages } from './outcome-messages';
import { claimPartition, type PartitionClaim } from './partition-claim';
import { decodeHeaders } from './record-headers';
import { splitSends } from './split-sends';

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

/** Heartbeat errors meaning this member no longer holds its partitions (kafkajs error types). */
const LEFT_GROUP = new Set(['REBALANCE_IN_PROGRESS', 'UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION']);
/** INVALID_PRODUCER_EPOCH and PRODUCER_FENCED: a newer producer holds the transactional id. */
const FENCED_CODES = new Set([47, 90]);

const noObserver: ConsumerObserver = { batchCommitted() {}, batchAborted() {}, deadLetter() {} };

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
 * transactional id is tied to the input partition (kafkajs lacks KIP-447, so a later claim of the
 * partition is what fences a zombie; see {@link PartitionClaim}). On any failure the transaction is
 * aborted and the same messages are retried with backoff, without limit: an outage never skips or
 * dead-letters data.
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
  private readonly claims = new Map<number, Promise<PartitionClaim>>();
  /** Bumped at each join: partitions may have moved, so every claim is made again. */
  private generation = 0;
  private plainProducer: Promise<Producer> | undefined;
  private assigned = false;
  private failing = false;
  private stopping = false;
  private readonly observer: ConsumerObserver;
  private admin: Promise<Admin> | undefined;
  /** Restarts since the last join, for the backoff; and the one pending, if any. */
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;

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
      this.generation += 1;
      this.restarts = 0;
      this.assigned = true;
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.assigned = false;
      deps.logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
      // kafkajs restarts by itself after a retriable error only. After another (e.g. "failed to find
      // group coordinator" while the broker restarts) the worker would live on consuming nothing.
      if (!event.payload.restart) this.scheduleRestart();
    });
  }

  /** Connected, in a group, and not waiting out a failure. */
  get ready(): boolean {
    return this.assigned && !this.failing && !this.stopping;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.inputTopic], fromBeginning: true });
    await this.run();
  }

  private run(): Promise<void> {
    return this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /** Connects and runs the consumer again after a backoff (kafkajs keeps the subscription). */
  private scheduleRestart(): void {
    if (this.stopping || this.restartTimer !== undefined) return;
    const wait = backoffMs(this.restarts++);
    this.deps.logger.warn({ retryInMs: wait }, 'restarting the consumer');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.consumer
        .connect()
        .then(() => this.run())
        .catch((error: unknown) => {
          this.deps.logger.error({ err: error }, 'consumer restart failed');
          this.scheduleRestart();
        });
    }, wait);
  }

  /** Finishes the batch in hand, commits it, leaves the group and closes the producers. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.consumer.disconnect();
    const claims = [...this.claims.values()];
    this.claims.clear();
    await Promise.allSettled([
      ...claims.map(async (claim) => (await claim).producer?.disconnect()),
      ...(this.plainProducer ? [this.plainProducer.then((p) => p.disconnect())] : []),
    ]);
    if (this.admin) await (await this.admin.catch(() => undefined))?.disconnect();
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
        const claim = await this.claim(batch.topic, batch.partition);
        // After claiming, learn here whether this member left the group while frozen: the error goes
        // to kafkajs, which rejoins, rather than processing a partition that may be someone else's.
        await payload.heartbeat();
        if (!claim.positioned) {
          // The batch in hand may have been fetched before the claim (kafkajs can hand over batches of
          // an older assignment): read again from the committed offset, so nothing is skipped.
          claim.positioned = true;
          this.consumer.seek({ topic: batch.topic, partition: batch.partition, offset: floorOffset(claim) });
          return false;
        }
        // Records below the floor were committed already, by an earlier owner or by this claim.
        const todo = chunk.filter((message) => BigInt(message.offset) >= claim.floor);
        if (todo.length > 0)
          await this.processChunk(batch.topic, batch.partition, todo, batch.highWatermark, claim);
      } catch (error) {
        if (LEFT_GROUP.has((error as { type?: string }).type ?? '')) throw error;
        this.failing = true;
        this.stats.retries += 1;
        this.observer.batchAborted();
        // Fenced: another instance may own the partition now. Heartbeat for a whole session first,
        // so that if this one has left the group the wait throws (above) rather than retrying.
        const fenced = FENCED_CODES.has((error as { code?: number }).code ?? 0);
        const wait = fenced
          ? Math.max(this.options.sessionTimeoutMs, backoffMs(attempt))
          : backoffMs(attempt);
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
        continue;
      }
      this.failing = false;
      payload.resolveOffset(chunk[chunk.length - 1]!.offset);
      // Committed. A heartbeat failing now (a rebalance) must not re-run the chunk, which would
      // commit its outputs a second time: the error goes to kafkajs, which rejoins the group.
      await payload.heartbeat();
      return true;
    }
  }

  /** This member's claim on a partition, made again after a rejoin or a failed commit. */
  private async claim(topic: string, partition: number): Promise<PartitionClaim> {
    const held = await this.claims.get(partition)?.catch(() => undefined);
    if (held && held.generation === this.generation) return held;
    this.claims.delete(partition);
    await held?.producer?.disconnect().catch(() => undefined);
    const claim = claimPartition({
      kafka: this.deps.kafka,
      admin: () => this.connectedAdmin(),
      groupId: this.options.groupId,
      topic,
      partition,
      generation: this.generation,
      exactlyOnce: this.options.exactlyOnce,
      transactionTimeoutMs: this.options.transactionTimeoutMs,
    });
    this.claims.set(partition, claim);
    const made = await claim.catch((error: unknown) => {
      this.claims.delete(partition);
      throw error;
    });
    this.deps.logger.debug(
      { topic, partition, floor: made.floor.toString(), generation: made.generation },
      'partition claimed',
    );
    return made;
  }

  /** Drops a claim whose producer failed: the next attempt claims again, re-reading the offset. */
  private async release(partition: number, claim: PartitionClaim): Promise<void> {
    if ((await this.claims.get(partition)?.catch(() => undefined)) === claim) this.claims.delete(partition);
    await claim.producer?.disconnect().catch(() => undefined);
  }

  private async connectedAdmin(): Promise<Admin> {
    this.admin ??= this.connectAdmin();
    return this.admin.catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
  }

  private async waitWithHeartbeat(payload: EachBatchPayload, ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && payload.isRunning() && !payload.isStale()) {
      await sleep(Math.min(500, until - Date.now()));
      await payload.heartbeat().catch((error: unknown) => {
        // Out of the group, the partition may be someone else's: kafkajs rejoins, and the next batch
        // claims the partition again.
        if (LEFT_GROUP.has((error as { type?: string }).type ?? '')) throw error;
      });
    }
  }

  private async processChunk(
    topic: string,
    partition: number,
    chunk: KafkaMessage[],
    highWatermark: string,
    claim: PartitionClaim,
  ): Promise<void> {
    // Decoded once: the handler sees them, and outputs and dead letters copy from them.
    const headers = chunk.map((message) => decodeHeaders(message.headers));
    const context: BatchContext = {
      recovered: this.options.recoverCheckpoints ? claim.recovered : undefined,
      checkpoint: undefined,
    };
    const outcomes = await this.runHandler(topic, partition, chunk, headers, context);
    const { topicMessages, deadLetters } = outcomeMessages(
      {
        dlqTopic: this.options.dlqTopic,
        stage: this.options.stage,
        maxMessageBytes: this.options.maxMessageBytes,
        logger: this.deps.logger,
      },
      { topic, partition },
      chunk,
      headers,
      outcomes,
    );
    const next = BigInt(chunk[chunk.length - 1]!.offset) + 1n;
    const offset = { partition, offset: next.toString(), metadata: checkedCheckpoint(context.checkpoint) };
    if (claim.producer) await this.commitTransaction(topic, offset, topicMessages, claim);
    else await this.commitAtLeastOnce(topic, offset, topicMessages);
    claim.floor = next;
    this.deps.logger.debug(
      { topic, partition, from: chunk[0]!.offset, next: offset.offset },
      'batch committed',
    );
    // The handler carries its own state from here; the committed checkpoint is for a next owner.
    claim.recovered = undefined;
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
    context: BatchContext,
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
      const handled = await this.deps.handler(decoded, context);
      if (handled.length !== decoded.length) {
        throw new Error(`handler returned ${handled.length} outcomes for ${decoded.length} messages`);
      }
      handled.forEach((outcome, j) => {
        outcomes[decodedAt[j]!] = outcome;
      });
    }
    return outcomes as RecordOutcome[];
  }

  private async commitTransaction(
    topic: string,
    offset: PartitionOffset,
    topicMessages: TopicMessages[],
    claim: PartitionClaim,
  ): Promise<void> {
    const transaction = await claim.producer!.transaction();
    try {
      for (const send of splitSends(topicMessages)) await transaction.sendBatch({ topicMessages: send });
      await transaction.sendOffsets({
        consumerGroupId: this.options.groupId,
        topics: [{ topic, partitions: [offset] }],
      });
      await transaction.commit();
    } catch (error) {
      this.stats.aborts += 1;
      await transaction.abort().catch(() => undefined);
      // Claimed again before the retry: a fresh producer re-initialises the transactional id, which
      // clears a fenced or half-open transaction (e.g. CONCURRENT_TRANSACTIONS on addOffsetsToTxn,
      // kafkajs #1315), and the committed offset is read again after it.
      await this.release(offset.partition, claim);
      throw error;
    }
  }

  private async commitAtLeastOnce(
    topic: string,
    offset: PartitionOffset,
    topicMessages: TopicMessages[],
  ): Promise<void> {
    this.plainProducer ??= this.connect(
      this.deps.kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
    );
    const producer = await this.plainProducer;
    for (const send of splitSends(topicMessages)) await producer.sendBatch({ topicMessages: send });
    await this.consumer.commitOffsets([{ topic, ...offset }]);
  }

  private async connectAdmin(): Promise<Admin> {
    const admin = this.deps.kafka.admin();
    await admin.connect();
    return admin;
  }

  private async connect(producer: Producer): Promise<Producer> {
    await producer.connect();
    return producer;
  }
}

/** Where a claim reads from: its floor, or the start of the partition when nothing was committed. */
function floorOffset(claim: PartitionClaim): string {
  return (claim.floor < 0n ? 0n : claim.floor).toString();
}

/** A partition's next offset and the checkpoint committed with it. */
interface PartitionOffset {
  readonly partition: number;
  readonly offset: string;
  readonly metadata: string | null;
}

/** A checkpoint over the broker's default limit would fail every commit, so it is a bug here. */
function checkedCheckpoint(checkpoint: string | undefined): string | null {
  if (checkpoint === undefined) return null;
  if (Buffer.byteLength(checkpoint) > MAX_CHECKPOINT_BYTES) {
    throw new Error(`batch checkpoint is over ${MAX_CHECKPOINT_BYTES} bytes`);
  }
  return checkpoint;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
