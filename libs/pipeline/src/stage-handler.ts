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
  handleBatch(messages: readonly StageInput[]): Promise<MessageOutcome[]>;
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
