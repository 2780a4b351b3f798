/** Topic names without their prefix: the flow of DESIGN.md. Names live here and nowhere else. */
export const TOPIC_SUFFIXES = {
  raw: 'dispatch.raw',
  unique: 'dispatch.unique',
  duplicates: 'dispatch.duplicates',
  segmented: 'dispatch.segmented',
  tagged: 'dispatch.tagged',
  enriched: 'dispatch.enriched',
  strikeEvents: 'strike.events',
  dlq: 'dispatch.dlq',
  metrics: 'pipeline.metrics',
} as const;

export type TopicKey = keyof typeof TOPIC_SUFFIXES;
export type TopicNames = { readonly [K in TopicKey]: string };

/**
 * Topic names under a common prefix (`''` by default, else e.g. `prod.` → `prod.dispatch.raw`).
 * Every topic is keyed by `storyId` so the versions of one story stay on one partition.
 */
export function topicNames(prefix = ''): TopicNames {
  const entries = Object.entries(TOPIC_SUFFIXES).map(([key, suffix]) => [key, `${prefix}${suffix}`]);
  return Object.freeze(Object.fromEntries(entries)) as TopicNames;
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
  originTopic: 'origin-topic',
  originPartition: 'origin-partition',
  originOffset: 'origin-offset',
} as const;
