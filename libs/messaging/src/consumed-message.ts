import { type PipelineError } from '@wirestream/util';

/**
 * One decoded input message as every stage sees it, from Kafka or from the embedded bus: the JSON
 * value and when it reached the pipeline.
 */
export interface InputMessage {
  readonly value: unknown;
  /**
   * The record's broker timestamp (or the bus's clock): stable across replays, so a stage that
   * stamps `receivedAt` from it stamps the same time after a crash.
   */
  readonly arrivedAt: Date;
}

/** An input record decoded from JSON, with its coordinates. */
export interface ConsumedMessage extends InputMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A record to produce, keyed by `storyId`. */
export interface ProducedRecord {
  readonly topic: string;
  readonly key: string;
  readonly value: object;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a handler made of one message: records to produce, or a content error to dead-letter. */
export type RecordOutcome =
  | { readonly ok: true; readonly outputs: readonly ProducedRecord[] }
  | { readonly ok: false; readonly error: PipelineError };

/**
 * Kafka's default `offset.metadata.max.bytes` is 4096, and a longer checkpoint would make every
 * commit of the batch fail: stages keep below this, with room for a broker that counts differently.
 */
export const MAX_CHECKPOINT_BYTES = 4000;

/** State a handler may commit with a batch's offsets, atomically (Kafka offset-commit metadata). */
export interface BatchContext {
  /**
   * The checkpoint committed with this partition's offsets by its previous owner (or by this
   * consumer before a rebalance or crash): given with the first batch after each assignment, when
   * the consumer was asked to recover checkpoints.
   */
  readonly recovered: string | undefined;
  /**
   * Set by the handler: committed with this batch's offsets, at most {@link MAX_CHECKPOINT_BYTES}
   * bytes of UTF-8. The embedded bus passes no context.
   */
  checkpoint: string | undefined;
}

/**
 * Handles a batch of decoded messages of one partition, returning one outcome per message in
 * order. Throwing means the surroundings failed (Redis, a bug): the batch is retried, never
 * dead-lettered.
 */
export type BatchHandler = (
  messages: readonly ConsumedMessage[],
  context: BatchContext,
) => Promise<readonly RecordOutcome[]>;
