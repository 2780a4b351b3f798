import {
  BatchPublisher,
  createKafka,
  provisionTopics,
  silentLogger,
  TransactionalConsumer,
  type BatchHandler,
} from '@wirestream/messaging';
import { testInfra, TopicReader, uniquePrefix, waitFor } from '@wirestream/testing';

// A stage whose outputs outgrow its inputs (as tagging does): one batch's outputs are far over
// the broker's 1 MiB limit on a record batch, so the transport must cut them into several
// produce requests inside the one transaction rather than retry a refused request for ever.
const kafka = createKafka({
  brokers: testInfra().brokers,
  clientId: 'large-batch-int',
  logger: silentLogger,
});

const OUTPUT_BYTES = 40 * 1024;
const COUNT = 120; // 120 × 40 KB = 4.7 MiB of outputs, all in one partition batch

const inflate =
  (out: string): BatchHandler =>
  (messages) =>
    Promise.resolve(
      messages.map((m) => {
        const { n } = m.value as { n: number };
        return {
          ok: true as const,
          outputs: [{ topic: out, key: 'one-story', value: { n, pad: 'x'.repeat(OUTPUT_BYTES) } }],
        };
      }),
    );

describe.each([
  ['exactly-once', true],
  ['at-least-once', false],
])('a batch whose outputs are over 1 MiB (%s)', (label, exactlyOnce) => {
  it('commits every output, in order', async () => {
    const prefix = uniquePrefix(`large-${label}`);
    const topics = { input: `${prefix}in`, output: `${prefix}out`, dlq: `${prefix}dlq` };
    await provisionTopics(
      kafka,
      Object.values(topics).map((topic) => ({ topic, numPartitions: 1 })),
    );
    const publisher = new BatchPublisher(kafka);
    await publisher.connect();
    // Published before the consumer starts, so its first fetch holds them all.
    await publisher.publish(
      topics.input,
      Array.from({ length: COUNT }, (_, n) => ({ key: 'one-story', value: JSON.stringify({ n }) })),
    );
    const reader = await TopicReader.start(kafka, [topics.output, topics.dlq]);
    const consumer = new TransactionalConsumer({
      kafka,
      groupId: `${prefix}group`,
      inputTopic: topics.input,
      dlqTopic: topics.dlq,
      stage: 'inflate',
      handler: inflate(topics.output),
      logger: silentLogger,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      exactlyOnce,
    });
    try {
      await consumer.start();
      await waitFor(
        () => (reader.records.get(topics.output)!.length >= COUNT ? true : undefined),
        60_000,
        `${COUNT} outputs`,
      );
      const outputs = reader.records
        .get(topics.output)!
        .map((r) => (JSON.parse(r.value!.toString()) as { n: number }).n);
      expect(outputs).toEqual(Array.from({ length: COUNT }, (_, n) => n));
      expect(reader.records.get(topics.dlq)).toEqual([]);
      expect(consumer.stats.aborts).toBe(0);
    } finally {
      await consumer.stop();
      await reader.stop();
      await publisher.disconnect();
    }
  });
});
