import { randomUUID } from 'node:crypto';
import { decodeHeaders } from '@wirestream/messaging';
import { waitFor } from '@wirestream/testing';
import { type Consumer, type Kafka } from 'kafkajs';

export interface LoggedRecord {
  readonly partition: number;
  readonly offset: bigint;
  readonly key: string | undefined;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
  /** When this reader first saw it (ms since the epoch). */
  readonly at: number;
}

/**
 * What a downstream consumer sees: a read-committed consumer in its own group that remembers every
 * record of its topics with its arrival time. A record it reads again after a broker restart (same
 * partition and offset) is kept once: only records at distinct offsets count as doubles.
 */
export class OutputLog {
  private readonly seen = new Map<string, Map<string, LoggedRecord>>();
  private readonly consumer: Consumer;

  private constructor(kafka: Kafka) {
    this.consumer = kafka.consumer({ groupId: `chaos-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  }

  static async start(kafka: Kafka, topics: readonly string[]): Promise<OutputLog> {
    const log = new OutputLog(kafka);
    for (const topic of topics) log.seen.set(topic, new Map());
    await log.consumer.connect();
    await log.consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await log.consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        const records = log.seen.get(topic)!;
        const slot = `${partition}@${message.offset}`;
        if (!records.has(slot)) {
          records.set(slot, {
            partition,
            offset: BigInt(message.offset),
            key: message.key?.toString('utf8'),
            value: message.value,
            headers: decodeHeaders(message.headers),
            at: Date.now(),
          });
        }
        return Promise.resolve();
      },
    });
    return log;
  }

  /** Records of `topic` in arrival order. */
  records(topic: string): LoggedRecord[] {
    return [...(this.seen.get(topic)?.values() ?? [])];
  }

  count(topic: string): number {
    return this.seen.get(topic)?.size ?? 0;
  }

  waitForCount(topic: string, count: number, timeoutMs: number): Promise<void> {
    return waitFor(
      () => (this.count(topic) >= count ? true : undefined),
      timeoutMs,
      `${count} records on ${topic} (have ${this.count(topic)})`,
    ).then(() => undefined);
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}
