import { type Kafka } from 'kafkajs';

export interface TopicSpec {
  readonly topic: string;
  /** @default 3 */
  readonly numPartitions?: number;
  /** @default 1 */
  readonly replicationFactor?: number;
}

/**
 * Creates the topics that do not exist yet and waits for their leaders. Consumers must not
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
        })),
      });
    }
    return missing.map((s) => s.topic);
  } finally {
    await admin.disconnect();
  }
}
