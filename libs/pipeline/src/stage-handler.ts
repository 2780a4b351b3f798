import { type DispatchEvent, type TopicKey } from '@wirestream/contracts';
import { type PipelineError } from '@wirestream/util';

/** The four stages, in flow order. */
export const STAGE_NAMES = ['dedup', 'segmentation', 'entities', 'strikes'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** A record a stage asks the transport to produce, keyed by `storyId` like every topic. */
export interface OutputRecord {
  readonly topic: TopicKey;
  readonly key: string;
  readonly value: object;
}

/** The outcome of one input message: records to produce, or a content error to dead-letter. */
export type MessageOutcome =
  | {
      readonly ok: true;
      readonly outputs: readonly OutputRecord[];
      /**
       * The dispatch as the stage left it when it produced no dispatch event (a duplicate): not
       * produced anywhere, only shown by `wire run --all`.
       */
      readonly dropped?: DispatchEvent;
    }
  | { readonly ok: false; readonly error: PipelineError };

/**
 * One stage as both runtimes see it: the embedded bus and the Kafka workers hand it a batch of
 * decoded JSON values from its input topic and produce what it returns, one outcome per input,
 * in order. Content errors come back as outcomes (so one bad message never fails its batch);
 * a thrown error means the surroundings failed (e.g. Redis) and the batch must be retried.
 */
export interface StageHandler {
  readonly name: StageName;
  readonly version: string;
  readonly input: TopicKey;
  handleBatch(messages: readonly StageInput[], context?: StageBatchContext): Promise<MessageOutcome[]>;
  /**
   * True when the stage keeps state in checkpoints: the transport then hands back the last one
   * committed for a partition when it is (re)assigned ({@link StageBatchContext.recovered}).
   */
  readonly usesCheckpoints?: boolean;
}

/**
 * Kafka's default `offset.metadata.max.bytes` is 4096: a checkpoint stays below it, with room for
 * a broker that counts differently.
 */
export const STAGE_CHECKPOINT_MAX_BYTES = 4000;

/**
 * Per-batch state a stage may make durable together with the batch: the Kafka transport commits
 * `checkpoint` with the batch's input offsets (offset-commit metadata, in the same transaction), so
 * it survives exactly when the batch's outputs do. The embedded bus passes no context.
 */
export interface StageBatchContext {
  /** The checkpoint committed with this partition's last batch, on the first batch after an assignment. */
  readonly recovered: string | undefined;
  /** Set by the stage: at most {@link STAGE_CHECKPOINT_MAX_BYTES} bytes of UTF-8. */
  checkpoint: string | undefined;
}

/** One decoded input message. */
export interface StageInput {
  /** The JSON value of the record. */
  readonly value: unknown;
  /**
   * When the record reached the pipeline (the broker's timestamp, or the bus's). Used to stamp
   * `receivedAt` so a replay after a crash stamps the same time.
   */
  readonly arrivedAt: Date;
}
