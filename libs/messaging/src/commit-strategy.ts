import { type Consumer, type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import { type PartitionOffset } from './chunk-processing';
import { type PartitionClaim } from './partition-claim';
import { splitSends } from './split-sends';

/** How a chunk's records and its input partition's next offset are made durable. */
export interface CommitStrategy {
  /** Resolves once both are written; rejects with nothing of the chunk's counted as done. */
  commit(
    topic: string,
    offset: PartitionOffset,
    topicMessages: readonly TopicMessages[],
    claim: PartitionClaim,
  ): Promise<void>;
  /** Closes what the strategy opened itself (a claim's producer belongs to the claim). */
  close(): Promise<void>;
}

export interface TransactionCommitOptions {
  readonly groupId: string;
  /** Told of each transaction that failed, before it is aborted. */
  readonly aborted: () => void;
  /** Drops a claim, so that the retry claims the partition again. */
  readonly release: (partition: number, claim: PartitionClaim) => Promise<void>;
}

/** Exactly-once: the records and the offset in one transaction of the claim's producer. */
export class TransactionCommit implements CommitStrategy {
  constructor(private readonly options: TransactionCommitOptions) {}

  async commit(
    topic: string,
    offset: PartitionOffset,
    topicMessages: readonly TopicMessages[],
    claim: PartitionClaim,
  ): Promise<void> {
    if (!claim.producer) throw new Error('an exactly-once claim has no transactional producer');
    const transaction = await claim.producer.transaction();
    try {
      for (const send of splitSends(topicMessages)) await transaction.sendBatch({ topicMessages: send });
      await transaction.sendOffsets({
        consumerGroupId: this.options.groupId,
        topics: [{ topic, partitions: [offset] }],
      });
      await transaction.commit();
    } catch (error) {
      this.options.aborted();
      await transaction.abort().catch(() => undefined);
      // Claimed again before the retry: a fresh producer re-initialises the transactional id, which
      // clears a fenced or half-open transaction (e.g. CONCURRENT_TRANSACTIONS on addOffsetsToTxn,
      // kafkajs #1315), and the committed offset is read again after it.
      await this.options.release(offset.partition, claim);
      throw error;
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * At-least-once: the records, then the offset. A crash in between produces the chunk again on
 * the next attempt, which is the mode's promise.
 */
export class AtLeastOnceCommit implements CommitStrategy {
  private producer: Promise<Producer> | undefined;

  constructor(
    private readonly kafka: Pick<Kafka, 'producer'>,
    private readonly consumer: Pick<Consumer, 'commitOffsets'>,
  ) {}

  async commit(
    topic: string,
    offset: PartitionOffset,
    topicMessages: readonly TopicMessages[],
  ): Promise<void> {
    this.producer ??= connected(this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 }));
    const producer = await this.producer;
    for (const send of splitSends(topicMessages)) await producer.sendBatch({ topicMessages: send });
    await this.consumer.commitOffsets([{ topic, ...offset }]);
  }

  async close(): Promise<void> {
    if (this.producer) await this.producer.then((producer) => producer.disconnect());
  }
}

async function connected(producer: Producer): Promise<Producer> {
  await producer.connect();
  return producer;
}
