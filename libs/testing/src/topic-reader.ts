import { randomUUID } from 'node:crypto';
import { decodeHeaders } from '@wirestream/messaging';
import { type Consumer, type Kafka } from 'kafkajs';
import { waitFor } from './wait-for';

export interface ReadRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | undefined;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
}

/**
 * Reads topics from the beginning as a downstream consumer would: its own group, read-committed,
 * so it sees only what committed transactions wrote.
 */
export class TopicReader {
  readonly records = new Map<string, ReadRecord[]>();
  private readonly consumer: Consumer;

  private constructor(kafka: Kafka) {
    this.consumer = kafka.consumer({
      groupId: `reader-${randomUUID()}`,
      readUncommitted: false,
      maxWaitTimeInMs: 100,
    });
  }

  static async start(kafka: Kafka, topics: readonly string[]): Promise<TopicReader> {
    const reader = new TopicReader(kafka);
    for (const topic of topics) reader.records.set(topic, []);
    await reader.consumer.connect();
    await reader.consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await reader.consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        reader.records.get(topic)!.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8'),
          value: message.value,
          headers: decodeHeaders(message.headers),
        });
        return Promise.resolve();
      },
    });
    return reader;
  }

  /** JSON values read so far on `topic`. */
  values<T = unknown>(topic: string): T[] {
    return (this.records.get(topic) ?? []).map((r) => JSON.parse(r.value!.toString('utf8')) as T);
  }

  /** Waits until `topic` holds at least `count` records; returns them. */
  waitForCount(topic: string, count: number, timeoutMs = 60_000): Promise<ReadRecord[]> {
    return waitFor(
      () => {
        const records = this.records.get(topic) ?? [];
        return records.length >= count ? records : undefined;
      },
      timeoutMs,
      `${count} records on ${topic} (have ${this.records.get(topic)?.length ?? 0})`,
    );
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}
