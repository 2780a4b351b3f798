import { type PipelineError } from '@wirestream/util';

/** An input record decoded from JSON, with its coordinates. */
export interface ConsumedMessage {
  readonly value: unknown;
  /** The record's broker timestamp: stable across replays, unlike the clock. */
  readonly arrivedAt: Date;
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
 * Kafka's default `offset.metadata.max.bytes`: a longer checkpoint would make every commit of the
 * batch fail.
 */
export const MAX_CHECKPOINT_BYTES = 4096;

/** State a handler may commit with a batch's offsets, atomically (Kafka offset-commit metadata). */
export interface BatchContext {
  /**
   * The checkpoint committed with this partition's offsets by its previous owner (or by this
   * consumer before a rebalance or crash): given with the first batch after each assignment, when
   * the consumer was asked to recover checkpoints.
   */
  readonly recovered: string | undefined;
  /** Set by the handler: committed with this batch's offsets, at most {@link MAX_CHECKPOINT_BYTES} bytes. */
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
