import {
  type DispatchEvent,
  type StageName,
  type StageOutputTopic,
  type TopicKey,
  type TopicValue,
} from '@wirestream/contracts';
import { type BatchContext, type InputMessage } from '@wirestream/messaging';
import { type PipelineError } from '@wirestream/util';

export { MAX_CHECKPOINT_BYTES } from '@wirestream/messaging';
export { STAGE_NAMES, type StageName } from '@wirestream/contracts';

/**
 * A record a stage asks the transport to produce: the topic's value type goes with its key, so a
 * stage cannot put a duplicate record on a dispatch topic.
 */
export type OutputRecord<K extends TopicKey = TopicKey> = {
  [T in K]: { readonly topic: T; readonly key: string; readonly value: TopicValue<T> };
}[K];

/** The outcome of one input message: records to produce, or a content error to dead-letter. */
export type MessageOutcome<K extends TopicKey = TopicKey> =
  | {
      readonly ok: true;
      readonly outputs: readonly OutputRecord<K>[];
      /**
       * The dispatch as the stage left it when it produced no dispatch event (a duplicate): not
       * produced anywhere, only shown by `wire run --all`.
       */
      readonly dropped?: DispatchEvent;
    }
  | { readonly ok: false; readonly error: PipelineError };

/** One decoded input message (the transport's type: Kafka and the embedded bus hand the same). */
export type StageInput = InputMessage;
/** Per-batch state a stage may make durable with the batch (the transport's type). */
export type StageBatchContext = BatchContext;

/**
 * One stage as both runtimes see it: the embedded bus and the Kafka workers hand it a batch of
 * decoded JSON values from its input topic (`STAGES[name].input` in the registry) and produce what
 * it returns, one outcome per input, in order; its outputs can only be topics the registry lists
 * for it. Content errors come back as outcomes (so one bad message never fails its batch); a thrown
 * error means the surroundings failed (e.g. Redis) and the batch must be retried.
 */
export interface StageHandler<S extends StageName = StageName> {
  readonly name: S;
  readonly version: string;
  handleBatch(
    messages: readonly StageInput[],
    context?: StageBatchContext,
  ): Promise<MessageOutcome<StageOutputTopic<S>>[]>;
  /**
   * True when the stage keeps state in checkpoints: the transport then hands back the last one
   * committed for a partition when it is (re)assigned ({@link StageBatchContext.recovered}).
   */
  readonly usesCheckpoints?: boolean;
  /** What an output says the stage found, for the worker's metrics (counted once per output). */
  findings?(output: OutputRecord<StageOutputTopic<S>>): StageFindings;
}

/** What a stage found in one output: duplicates held back, entities by type, strike counts. */
export interface StageFindings {
  readonly duplicates?: number;
  readonly entityTypes?: readonly string[];
  readonly strikes?: number;
}
