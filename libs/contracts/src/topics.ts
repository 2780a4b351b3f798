import { type HeaderSet, TOPIC_KEYS, TOPICS, type TopicKey } from './registry/topic-registry';

/** Topic names without their prefix, derived from {@link TOPICS}: `raw` → `dispatch.raw`. */
export const TOPIC_SUFFIXES = Object.freeze(
  Object.fromEntries(TOPIC_KEYS.map((key) => [key, TOPICS[key].suffix])),
) as { readonly [K in TopicKey]: (typeof TOPICS)[K]['suffix'] };

export type TopicNames = { readonly [K in TopicKey]: string };

/**
 * Topic names under a common prefix (`''` by default, else e.g. `prod.` → `prod.dispatch.raw`).
 */
export function topicNames(prefix = ''): TopicNames {
  const entries = TOPIC_KEYS.map((key) => [key, `${prefix}${TOPICS[key].suffix}`]);
  return Object.freeze(Object.fromEntries(entries)) as TopicNames;
}

/** The topic key of a name without its prefix (`strike.events` → `strikeEvents`), if it is one. */
export function topicKeyOfSuffix(suffix: string): TopicKey | undefined {
  return TOPIC_KEYS.find((key) => TOPICS[key].suffix === suffix);
}

/** Kafka header names used on every topic. */
export const HEADERS = {
  dispatchId: 'dispatch-id',
  storyId: 'story-id',
  traceId: 'trace-id',
  schemaVersion: 'schema-version',
  attempt: 'attempt',
  errorCode: 'error-code',
  errorMessage: 'error-message',
  errorStage: 'error-stage',
  /** The stack of a `WIRE_STAGE_BUG` (a stage threw on the batch, again and again). */
  errorStack: 'error-stack',
  originTopic: 'origin-topic',
  originPartition: 'origin-partition',
  originOffset: 'origin-offset',
} as const;

/** The headers each {@link HeaderSet} carries (the AsyncAPI document lists them per message). */
export const HEADER_SETS = {
  dispatch: [HEADERS.dispatchId, HEADERS.storyId, HEADERS.traceId],
  stage: [HEADERS.dispatchId, HEADERS.storyId, HEADERS.schemaVersion],
  'dead-letter': [
    HEADERS.dispatchId,
    HEADERS.storyId,
    HEADERS.traceId,
    HEADERS.errorCode,
    HEADERS.errorMessage,
    HEADERS.errorStage,
    HEADERS.errorStack,
    HEADERS.originTopic,
    HEADERS.originPartition,
    HEADERS.originOffset,
    HEADERS.attempt,
    HEADERS.schemaVersion,
  ],
  metrics: [HEADERS.schemaVersion],
} as const satisfies Record<HeaderSet, readonly string[]>;
