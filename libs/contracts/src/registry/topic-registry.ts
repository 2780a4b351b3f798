import { type Static, type TSchema } from '@sinclair/typebox';
import { DispatchEventSchema } from '../dispatch-event.schema';
import { MetricsSnapshotSchema } from '../metrics-snapshot.schema';
import { RawDispatchSchema } from '../raw-dispatch.schema';
import { DeadLetterSchema, DuplicateRecordSchema, StrikeEventSchema } from '../records.schema';
import { StorySummarySchema } from '../story-summary.schema';

/** Which header set a topic's records carry (see {@link HEADER_SETS}). */
export type HeaderSet = 'dispatch' | 'stage' | 'dead-letter' | 'metrics';

/** How the broker keeps a topic's records. Unset fields take the broker's defaults. */
export interface TopicSettings {
  /** `compact` keeps the latest record per key: only for topics whose key names one fact. */
  readonly cleanupPolicy: 'delete' | 'compact';
  /** `retention.ms`; absent = the broker's default (7 days). */
  readonly retentionMs?: number;
  /** Partitions when the topic is created; absent = the deployment's `TOPIC_PARTITIONS`. */
  readonly partitions?: number;
}

/** One topic: its name under the deployment prefix, what its records hold and how they are keyed. */
export interface TopicDefinition<S extends TSchema = TSchema> {
  readonly suffix: string;
  readonly title: string;
  readonly description: string;
  /** The JSON Schema file (in `libs/contracts/schemas`) and the TypeBox schema of a record's value. */
  readonly schemaFile: string;
  readonly schema: S;
  /** The record key of a value, and what it is, in words, for the AsyncAPI document. */
  readonly key: (value: Static<S>) => string;
  readonly keyDescription: string;
  readonly headers: HeaderSet;
  readonly settings: TopicSettings;
}

function topic<S extends TSchema>(definition: TopicDefinition<S>): TopicDefinition<S> {
  return definition;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const deleted: TopicSettings = { cleanupPolicy: 'delete' };
const storyOfEvent = (value: { storyId: string }): string => value.storyId;

/** A topic of the dispatch chain: whole dispatch events, keyed by story, kept as the broker keeps them. */
function dispatchTopic(suffix: string, title: string, description: string) {
  return topic({
    suffix,
    title,
    description,
    schemaFile: 'dispatch-event.schema.json',
    schema: DispatchEventSchema,
    key: storyOfEvent,
    keyDescription: 'The `storyId` (for an update, the story it updates).',
    headers: 'stage',
    settings: deleted,
  });
}

/**
 * Every topic of the pipeline, in the order of DESIGN.md's flow: the one place a topic is added.
 * Stages ({@link STAGES}) name their input and outputs by these keys; the workers, the embedded
 * bus, the CLI, topic provisioning and the AsyncAPI document read them from here.
 */
export const TOPICS = {
  raw: topic({
    suffix: 'dispatch.raw',
    title: 'Raw dispatches',
    description: 'Dispatches as agencies send them (`wire publish`, the HTTP ingest door).',
    schemaFile: 'raw-dispatch.schema.json',
    schema: RawDispatchSchema,
    // Publishers fill `id` (a hash of agency and body) before they key the record.
    key: (value) => value.storyId ?? value.id ?? '',
    keyDescription: "The dispatch's `storyId` (its `id` when the agency gave no story).",
    headers: 'dispatch',
    settings: deleted,
  }),
  unique: dispatchTopic(
    'dispatch.unique',
    'Unique dispatches',
    'Dispatches dedup let through (new stories and updates of known ones), cleaned.',
  ),
  duplicates: topic({
    suffix: 'dispatch.duplicates',
    title: 'Duplicates',
    description: 'What dedup held back, with the dispatch it duplicates.',
    schemaFile: 'duplicate-record.schema.json',
    schema: DuplicateRecordSchema,
    key: storyOfEvent,
    keyDescription: 'The `storyId` of the duplicate.',
    headers: 'stage',
    settings: deleted,
  }),
  segmented: dispatchTopic(
    'dispatch.segmented',
    'Segmented dispatches',
    'Unique dispatches with their sentences.',
  ),
  tagged: dispatchTopic('dispatch.tagged', 'Tagged dispatches', 'Segmented dispatches with their entities.'),
  enriched: dispatchTopic(
    'dispatch.enriched',
    'Enriched dispatches',
    'Dispatches every stage ran on; what downstream consumers read.',
  ),
  strikeEvents: topic({
    suffix: 'strike.events',
    title: 'Strike events',
    description:
      'One event per strike count found in a dispatch. Compacted: an update that restates a count (same `strikeId`) replaces it.',
    schemaFile: 'strike-event.schema.json',
    schema: StrikeEventSchema,
    key: (value) => value.strikeId,
    keyDescription: "The event's stable `strikeId` (story, place, kind and period).",
    headers: 'stage',
    settings: { cleanupPolicy: 'compact' },
  }),
  summary: topic({
    suffix: 'dispatch.summary',
    title: 'Story summaries',
    description:
      "Each story's strike tally as of its latest version, for monitors. Compacted: a version's summary replaces the one before.",
    schemaFile: 'story-summary.schema.json',
    schema: StorySummarySchema,
    key: storyOfEvent,
    keyDescription: 'The `storyId`.',
    headers: 'stage',
    settings: { cleanupPolicy: 'compact' },
  }),
  dlq: topic({
    suffix: 'dispatch.dlq',
    title: 'Dead letters',
    description:
      "Records a stage could not process, nothing lost: the value is the original record's bytes, untouched, and the reason travels in headers. `DeadLetter` is how tools show one.",
    schemaFile: 'dead-letter.schema.json',
    schema: DeadLetterSchema,
    // The transport writes the original record's key; tools that build a DeadLetter have only its source.
    key: (value) => value.source ?? '',
    keyDescription: "The original record's key, unchanged.",
    headers: 'dead-letter',
    settings: deleted,
  }),
  metrics: topic({
    suffix: 'pipeline.metrics',
    title: 'Pipeline metrics',
    description: "Each worker's periodic metrics snapshot (`wire top` reads it).",
    schemaFile: 'metrics-snapshot.schema.json',
    schema: MetricsSnapshotSchema,
    key: (value) => value.service,
    keyDescription: 'The name of the service that sent the snapshot.',
    headers: 'metrics',
    // Snapshots every few seconds: a day is plenty for `wire top` and for a look back.
    settings: { cleanupPolicy: 'delete', retentionMs: DAY_MS },
  }),
} as const;

export type TopicKey = keyof typeof TOPICS;
/** The value of a record on topic `K`, as its schema types it. */
export type TopicValue<K extends TopicKey> = Static<(typeof TOPICS)[K]['schema']>;
export const TOPIC_KEYS = Object.keys(TOPICS) as TopicKey[];

/** The record key of a value on topic `K` (the registry's key function). */
export function keyOf<K extends TopicKey>(topicKey: K, value: TopicValue<K>): string {
  return (TOPICS[topicKey].key as (v: TopicValue<K>) => string)(value);
}
