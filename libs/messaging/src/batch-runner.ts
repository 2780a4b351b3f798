import { type PipelineError } from '@wirestream/util';
import { type EachBatchPayload, type KafkaMessage } from 'kafkajs';
import { sleep } from './backoff';
import {
  type ChunkOrigin,
  chunkCommit,
  chunksOf,
  decodeChunk,
  lagAfter,
  mergeOutcomes,
  seekOffset,
  trailingControlRecords,
  uncommitted,
} from './chunk-processing';
import { type CommitStrategy } from './commit-strategy';
import {
  type BatchContext,
  type BatchHandler,
  type ConsumedMessage,
  type RecordOutcome,
} from './consumed-message';
import { type ConsumerObserver, type ConsumerStats, type ResolvedSettings } from './consumer-options';
import { type MessagingLogger } from './logger';
import { type PartitionClaim } from './partition-claim';
import { heartbeatPauseMs, hasLeftGroup, retryDecision } from './retry-policy';
import { isOutage, STAGE_BUG_ATTEMPTS, StageBug, stageBugError } from './stage-bug';

export interface BatchRunnerOptions {
  readonly settings: Pick<
    ResolvedSettings,
    'maxBatchMessages' | 'sessionTimeoutMs' | 'maxMessageBytes' | 'dlqTopic' | 'stage' | 'recoverCheckpoints'
  >;
  readonly handler: BatchHandler;
  readonly logger: MessagingLogger;
  readonly observer: ConsumerObserver;
  /** Counted into as chunks commit and fail. */
  readonly stats: ConsumerStats;
  readonly claim: (topic: string, partition: number) => Promise<PartitionClaim>;
  readonly commits: CommitStrategy;
  /** Moves the consumer's position in a partition (kafkajs `Consumer.seek`). */
  readonly seek: (topic: string, partition: number, offset: string) => void;
}

/**
 * Runs each fetched partition batch, chunk by chunk: a chunk is claimed, handled and committed,
 * and on any failure retried with backoff until it commits, the partition is lost or the consumer
 * stops.
 */
export class BatchRunner {
  private lastAttemptFailed = false;

  constructor(private readonly options: BatchRunnerOptions) {}

  /** Whether the last chunk attempt failed: the consumer is waiting out a failure. */
  get failing(): boolean {
    return this.lastAttemptFailed;
  }

  async eachBatch(payload: EachBatchPayload): Promise<void> {
    const trailing = trailingControlRecords(payload.batch.messages, payload.batch.lastOffset());
    for (const chunk of chunksOf(payload.batch.messages, this.options.settings.maxBatchMessages)) {
      const done = await this.processWithRetry(payload, chunk, trailing);
      if (!done) return;
    }
  }

  /** Processes one chunk until it commits; false when the partition was lost or we are stopping. */
  private async processWithRetry(
    payload: EachBatchPayload,
    chunk: KafkaMessage[],
    trailingControl: bigint,
  ): Promise<boolean> {
    const { batch } = payload;
    let bugs = 0;
    let lastBug: StageBug | undefined;
    for (let attempt = 0; ; attempt++) {
      if (!payload.isRunning() || payload.isStale()) return false;
      try {
        const claim = await this.options.claim(batch.topic, batch.partition);
        // After claiming, learn here whether this member left the group while frozen: the error goes
        // to kafkajs, which rejoins, rather than processing a partition that may be someone else's.
        await payload.heartbeat();
        if (!claim.positioned) {
          // The batch in hand may have been fetched before the claim (kafkajs can hand over batches of
          // an older assignment): read again from the committed offset, so nothing is skipped.
          claim.positioned = true;
          this.options.seek(batch.topic, batch.partition, seekOffset(claim.floor));
          return false;
        }
        const todo = uncommitted(chunk, claim.floor);
        // A stage that keeps failing on this chunk: its records go to the dead-letter topic.
        const bug = bugs >= STAGE_BUG_ATTEMPTS && lastBug ? stageBugError(lastBug, bugs) : undefined;
        if (todo.length > 0) await this.processChunk(batch, todo, claim, trailingControl, bug);
      } catch (error) {
        if (error instanceof StageBug) {
          bugs += 1;
          lastBug = error;
        }
        const decision = retryDecision(error, attempt, this.options.settings.sessionTimeoutMs);
        if (!decision.retry) throw error;
        this.lastAttemptFailed = true;
        this.options.stats.retries += 1;
        this.options.observer.batchAborted();
        this.options.logger.warn(
          {
            err: error,
            topic: batch.topic,
            partition: batch.partition,
            offset: chunk[0]!.offset,
            attempt,
            retryInMs: decision.waitMs,
          },
          error instanceof StageBug
            ? `the stage threw (attempt ${bugs} of ${STAGE_BUG_ATTEMPTS}); will retry, then dead-letter the batch`
            : 'batch failed; aborted, will retry the same messages',
        );
        await this.waitWithHeartbeat(payload, decision.waitMs);
        continue;
      }
      this.lastAttemptFailed = false;
      payload.resolveOffset(chunk[chunk.length - 1]!.offset);
      // Committed. A heartbeat failing now (a rebalance) must not re-run the chunk, which would
      // commit its outputs a second time: the error goes to kafkajs, which rejoins the group.
      await payload.heartbeat();
      return true;
    }
  }

  /** The handler's outcomes; what it throws is an outage (retried for ever) or a {@link StageBug}. */
  private async handle(
    messages: readonly ConsumedMessage[],
    context: BatchContext,
  ): Promise<readonly RecordOutcome[]> {
    if (messages.length === 0) return [];
    try {
      return await this.options.handler(messages, context);
    } catch (error) {
      throw isOutage(error) ? error : new StageBug(error);
    }
  }

  private async waitWithHeartbeat(payload: EachBatchPayload, ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && payload.isRunning() && !payload.isStale()) {
      await sleep(heartbeatPauseMs(until - Date.now()));
      await payload.heartbeat().catch((error: unknown) => {
        // Out of the group, the partition may be someone else's: kafkajs rejoins, and the next batch
        // claims the partition again.
        if (hasLeftGroup(error)) throw error;
      });
    }
  }

  private async processChunk(
    batch: ChunkOrigin & { readonly highWatermark: string },
    chunk: KafkaMessage[],
    claim: PartitionClaim,
    trailingControl: bigint,
    bug?: PipelineError,
  ): Promise<void> {
    const { settings, stats, observer } = this.options;
    const origin = { topic: batch.topic, partition: batch.partition };
    const decoded = decodeChunk(origin, chunk, settings.maxMessageBytes);
    const context: BatchContext = {
      recovered: settings.recoverCheckpoints ? claim.recovered : undefined,
      checkpoint: undefined,
    };
    const handled: readonly RecordOutcome[] = bug
      ? decoded.messages.map(() => ({ ok: false, error: bug }))
      : await this.handle(decoded.messages, context);
    const commit = chunkCommit(
      {
        dlqTopic: settings.dlqTopic,
        stage: settings.stage,
        maxMessageBytes: settings.maxMessageBytes,
        logger: this.options.logger,
      },
      origin,
      chunk,
      decoded.headers,
      mergeOutcomes(decoded, handled),
      context.checkpoint,
    );
    await this.options.commits.commit(origin.topic, commit.offset, commit.topicMessages, claim);
    claim.floor = commit.next;
    this.options.logger.debug(
      { ...origin, from: chunk[0]!.offset, next: commit.offset.offset },
      'batch committed',
    );
    // The handler carries its own state from here; the committed checkpoint is for a next owner.
    claim.recovered = undefined;
    // Counted only once committed: an aborted attempt produced nothing visible.
    stats.consumed += chunk.length;
    stats.commits += 1;
    stats.deadLettered += commit.deadLetters.length;
    for (const count of commit.produced.values()) stats.produced += count;
    for (const code of commit.deadLetters) observer.deadLetter(origin.topic, code);
    observer.batchCommitted(
      origin.topic,
      origin.partition,
      chunk.length,
      lagAfter(batch.highWatermark, commit.next, trailingControl),
      commit.produced,
    );
  }
}
