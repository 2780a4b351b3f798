import { randomUUID } from 'node:crypto';
import { type Kafka, type KafkaMessage } from 'kafkajs';

export interface TopicRecord {
  readonly partition: number;
  readonly message: KafkaMessage;
}

/**
 * Reads a topic from the beginning up to its end as it is now. The end is the high watermark of
 * each partition; transaction markers take offsets a read-committed consumer never sees, so an
 * idle spell also ends the read.
 */
export async function readTopicToEnd(kafka: Kafka, topic: string, idleMs = 1500): Promise<TopicRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<number, bigint>();
  try {
    // Workers create their topics when they start: before that, a topic is empty, not an error.
    if (!(await admin.listTopics()).includes(topic)) return [];
    for (const p of await admin.fetchTopicOffsets(topic)) ends.set(p.partition, BigInt(p.high));
  } finally {
    await admin.disconnect();
  }
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
  const records: TopicRecord[] = [];
  if (pending.size === 0) return records;
  const consumer = kafka.consumer({
    groupId: `wire-read-${randomUUID()}`,
    readUncommitted: false,
    maxWaitTimeInMs: 200,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let last: number | undefined;
    await consumer.run({
      eachMessage: ({ partition, message }) => {
        last = Date.now();
        if (BigInt(message.offset) < (ends.get(partition) ?? 0n)) records.push({ partition, message });
        if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) pending.delete(partition);
        return Promise.resolve();
      },
    });
    // Before the first record, allow for the group join; after it, an idle spell ends the read.
    const started = Date.now();
    while (
      pending.size > 0 &&
      (last === undefined ? Date.now() - started < 15_000 : Date.now() - last < idleMs)
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await consumer.disconnect();
  }
  return records.sort(
    (a, b) => a.partition - b.partition || Number(BigInt(a.message.offset) - BigInt(b.message.offset)),
  );
}
