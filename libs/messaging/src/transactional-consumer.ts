import { BatchRunner } from './batch-runner';
import { AtLeastOnceCommit, type CommitStrategy, TransactionCommit } from './commit-strategy';
import {
  type ConsumerStats,
  consumerConfig,
  emptyStats,
  noObserver,
  resolveSettings,
  type TransactionalConsumerOptions,
} from './consumer-options';
import { ConsumerSupervisor } from './consumer-supervisor';
import { PartitionClaims } from './partition-claims';

export {
  DEFAULT_CONSUMER_OPTIONS,
  type ConsumerObserver,
  type ConsumerStats,
  type TransactionalConsumerOptions,
} from './consumer-options';

/**
 * Consume → transform → produce with Kafka transactions: for each partition batch, the outputs,
 * the dead letters and the input offsets are committed in one transaction by a producer whose
 * transactional id is tied to the input partition (kafkajs lacks KIP-447, so a later claim of the
 * partition is what fences a zombie; see partition-claim.ts). On any failure the transaction is
 * aborted and the same messages are retried with backoff, without limit: an outage never skips or
 * dead-letters data.
 *
 * The parts: {@link ConsumerSupervisor} keeps the kafkajs consumer running, {@link BatchRunner}
 * retries each chunk until it commits, {@link PartitionClaims} holds the per-partition producers,
 * and a {@link CommitStrategy} writes a chunk exactly once or at least once.
 */
export class TransactionalConsumer {
  readonly stats: ConsumerStats = emptyStats();
  private readonly supervisor: ConsumerSupervisor;
  private readonly runner: BatchRunner;
  private readonly claims: PartitionClaims;
  private readonly commits: CommitStrategy;

  constructor(options: TransactionalConsumerOptions) {
    const settings = resolveSettings(options);
    const consumer = options.kafka.consumer(consumerConfig(settings));
    this.supervisor = new ConsumerSupervisor({
      consumer,
      inputTopic: settings.inputTopic,
      partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.runner.eachBatch(payload),
      logger: options.logger,
    });
    this.claims = new PartitionClaims({
      kafka: options.kafka,
      groupId: settings.groupId,
      exactlyOnce: settings.exactlyOnce,
      transactionTimeoutMs: settings.transactionTimeoutMs,
      logger: options.logger,
      generation: () => this.supervisor.generation,
    });
    this.commits = settings.exactlyOnce
      ? new TransactionCommit({
          groupId: settings.groupId,
          aborted: () => {
            this.stats.aborts += 1;
          },
          release: (partition, claim) => this.claims.release(partition, claim),
        })
      : new AtLeastOnceCommit(options.kafka, consumer);
    this.runner = new BatchRunner({
      settings,
      handler: options.handler,
      logger: options.logger,
      observer: options.observer ?? noObserver,
      stats: this.stats,
      claim: (topic, partition) => this.claims.claim(topic, partition),
      commits: this.commits,
      seek: (topic, partition, offset) => consumer.seek({ topic, partition, offset }),
    });
  }

  /** Connected, in a group, and not waiting out a failure. */
  get ready(): boolean {
    return this.supervisor.ready && !this.runner.failing;
  }

  async start(): Promise<void> {
    await this.supervisor.start();
  }

  /** Finishes the batch in hand, commits it, leaves the group and closes the producers. */
  async stop(): Promise<void> {
    await this.supervisor.stop();
    await Promise.allSettled([this.claims.closeProducers(), this.commits.close()]);
    await this.claims.closeAdmin();
  }
}
