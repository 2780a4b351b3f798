import { type Kafka } from 'kafkajs';

export interface TopicSpec {
  readonly topic: string;
  /** @default 3 */
  readonly numPartitions?: number;
  /** @default 1 */
  readonly replicationFactor?: number;
  /** `cleanup.policy` when the topic is created. @default the broker's (delete) */
  readonly cleanupPolicy?: 'delete' | 'compact';
  /** `retention.ms` when the topic is created. @default the broker's */
  readonly retentionMs?: number;
}

/**
 * Creates the topics that do not exist yet, with their settings, and waits for their leaders. An
 * existing topic is left as it is: its settings are the operator's (`kafka-configs.sh --alter`). Consumers must not
 * subscribe before (kafkajs #1563: in KRaft a subscription to a missing topic fails).
 */
export async function provisionTopics(kafka: Kafka, specs: readonly TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: s.topic,
          numPartitions: s.numPartitions ?? 3,
          replicationFactor: s.replicationFactor ?? 1,
          configEntries: topicConfig(s),
        })),
      });
    }
    return missing.map((s) => s.topic);
  } finally {
    await admin.disconnect();
  }
}

/** The topic-level settings of a spec, as Kafka's config entries (none for the broker's defaults). */
export function topicConfig(spec: TopicSpec): { name: string; value: string }[] {
  return [
    ...(spec.cleanupPolicy === undefined ? [] : [{ name: 'cleanup.policy', value: spec.cleanupPolicy }]),
    ...(spec.retentionMs === undefined ? [] : [{ name: 'retention.ms', value: String(spec.retentionMs) }]),
  ];
}
