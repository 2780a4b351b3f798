import { type Kafka, type Message, type Producer } from 'kafkajs';

export interface PublishRecord {
  readonly key: string;
  readonly value: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An idempotent producer that sends in batches: kafkajs has no linger, and one awaited send per
 * record is about ten times slower than a batch.
 */
export class BatchPublisher {
  private readonly producer: Producer;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  async publish(topic: string, records: readonly PublishRecord[]): Promise<void> {
    if (records.length === 0) return;
    const messages: Message[] = records.map((r) => ({
      key: r.key,
      value: r.value,
      headers: { ...r.headers },
    }));
    await this.producer.send({ topic, messages, acks: -1 });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}
