import { type Kafka } from 'kafkajs';
import { type ConsumedMessage } from './consumed-message';
import { crash, eachBatchOf, FakeBatchPayload, FakeConsumer, jsonRecord } from './fake-kafka.spec-helper';
import { silentLogger } from './logger';
import { TransactionalConsumer, type TransactionalConsumerOptions } from './transactional-consumer';

// The facade's wiring of its parts, on fakes of the kafkajs objects; each part has its own spec.

class FakeTransaction {
  readonly sendBatch = jest.fn((_: unknown) => Promise.resolve());
  readonly sendOffsets = jest.fn((_: unknown) => Promise.resolve());
  readonly commit = jest.fn(() => Promise.resolve());
  readonly abort = jest.fn(() => Promise.resolve());
}

class FakeProducer {
  readonly transactions: FakeTransaction[] = [];
  readonly connect = jest.fn(() => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  readonly sendBatch = jest.fn((_: unknown) => Promise.resolve());
  readonly transaction = jest.fn(() => {
    const transaction = new FakeTransaction();
    this.transactions.push(transaction);
    return Promise.resolve(transaction);
  });
}

/** Partition 0 of `in` has offset 5 committed, with a checkpoint. */
class FakeAdmin {
  readonly connect = jest.fn(() => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  readonly fetchOffsets = jest.fn(() =>
    Promise.resolve([{ topic: 'in', partitions: [{ partition: 0, offset: '5', metadata: 'cp' }] }]),
  );
}

function setup(options: Partial<TransactionalConsumerOptions> = {}) {
  const fake = new FakeConsumer();
  const admin = new FakeAdmin();
  const producers: FakeProducer[] = [];
  const kafka = {
    consumer: jest.fn((_: unknown) => fake),
    admin: () => admin,
    producer: jest.fn((_: unknown) => {
      const producer = new FakeProducer();
      producers.push(producer);
      return producer;
    }),
  };
  const handler = jest.fn((messages: readonly ConsumedMessage[]) =>
    Promise.resolve(
      messages.map(() => ({ ok: true as const, outputs: [{ topic: 'out', key: 'k', value: {} }] })),
    ),
  );
  const consumer = new TransactionalConsumer({
    kafka: kafka as unknown as Kafka,
    groupId: 'g',
    inputTopic: 'in',
    dlqTopic: 'dlq',
    stage: 'test',
    handler,
    logger: silentLogger,
    ...options,
  });
  return { fake, admin, producers, kafka, handler, consumer };
}

describe('TransactionalConsumer', () => {
  it('makes its consumer from the options and runs it on the input topic', async () => {
    const { fake, kafka, consumer } = setup({ sessionTimeoutMs: 10_000, partitionsConsumedConcurrently: 3 });
    await consumer.start();
    expect(kafka.consumer).toHaveBeenCalledWith(
      expect.objectContaining({ groupId: 'g', sessionTimeout: 10_000 }),
    );
    expect(fake.subscribe).toHaveBeenCalledWith({ topics: ['in'], fromBeginning: true });
    expect(fake.run).toHaveBeenCalledWith(expect.objectContaining({ partitionsConsumedConcurrently: 3 }));
  });

  it('claims a partition, reads from its committed offset, then commits each chunk in a transaction', async () => {
    const { fake, producers, handler, consumer } = setup({ recoverCheckpoints: true });
    await consumer.start();
    fake.fire(fake.events.GROUP_JOIN, {});
    const eachBatch = eachBatchOf(fake);
    await eachBatch(new FakeBatchPayload([jsonRecord(7, {})]).asPayload());
    expect(fake.seek).toHaveBeenCalledWith({ topic: 'in', partition: 0, offset: '5' });
    expect(handler).not.toHaveBeenCalled();
    const payload = new FakeBatchPayload([4, 5, 6].map((n) => jsonRecord(n, { n })));
    await eachBatch(payload.asPayload());
    expect(handler.mock.calls[0]![0].map((m) => m.offset)).toEqual(['5', '6']);
    // The claim's producer: its empty transaction at the claim, then the chunk's.
    const [claimTx, chunkTx] = producers[0]!.transactions;
    expect(claimTx!.abort).toHaveBeenCalledTimes(1);
    expect(chunkTx!.sendOffsets).toHaveBeenCalledWith({
      consumerGroupId: 'g',
      topics: [{ topic: 'in', partitions: [{ partition: 0, offset: '7', metadata: null }] }],
    });
    expect(chunkTx!.commit).toHaveBeenCalledTimes(1);
    expect(payload.resolveOffset).toHaveBeenCalledWith('6');
    expect(consumer.stats).toEqual({
      consumed: 2,
      produced: 2,
      deadLettered: 0,
      commits: 1,
      aborts: 0,
      retries: 0,
    });
    expect(consumer.ready).toBe(true);
  });

  it('at least once, produces with a plain producer and then commits through the consumer', async () => {
    const { fake, producers, consumer } = setup({ exactlyOnce: false });
    await consumer.start();
    const eachBatch = eachBatchOf(fake);
    await eachBatch(new FakeBatchPayload([jsonRecord(5, {})]).asPayload());
    await eachBatch(new FakeBatchPayload([jsonRecord(5, {})]).asPayload());
    expect(producers).toHaveLength(1);
    expect(producers[0]!.transaction).not.toHaveBeenCalled();
    expect(producers[0]!.sendBatch).toHaveBeenCalledTimes(1);
    expect(fake.commitOffsets).toHaveBeenCalledWith([
      { topic: 'in', partition: 0, offset: '6', metadata: null },
    ]);
  });

  it('counts an aborted transaction, and claims the partition again before the retry', async () => {
    jest.useFakeTimers();
    try {
      const { fake, producers, consumer } = setup();
      await consumer.start();
      fake.fire(fake.events.GROUP_JOIN, {});
      const eachBatch = eachBatchOf(fake);
      await eachBatch(new FakeBatchPayload([jsonRecord(5, {})]).asPayload());
      producers[0]!.transaction.mockImplementationOnce(() => {
        const failing = new FakeTransaction();
        failing.commit.mockRejectedValueOnce(new Error('broker down'));
        return Promise.resolve(failing);
      });
      const done = eachBatch(new FakeBatchPayload([jsonRecord(5, {})]).asPayload());
      await jest.advanceTimersByTimeAsync(100);
      expect(consumer.stats).toMatchObject({ aborts: 1, retries: 1, commits: 0 });
      expect(consumer.ready).toBe(false);
      expect(producers[0]!.disconnect).toHaveBeenCalledTimes(1);
      // The retry makes a new claim, which reads from the committed offset again.
      await jest.advanceTimersByTimeAsync(100);
      await done;
      expect(producers).toHaveLength(2);
      expect(fake.seek).toHaveBeenCalledTimes(2);
      await eachBatch(new FakeBatchPayload([jsonRecord(5, {})]).asPayload());
      expect(consumer.stats).toMatchObject({ aborts: 1, retries: 1, commits: 1 });
      expect(consumer.ready).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('runs the consumer again when kafkajs gives up on it', async () => {
    jest.useFakeTimers();
    try {
      const { fake, consumer } = setup();
      await consumer.start();
      fake.fire(fake.events.CRASH, crash(false));
      expect(consumer.ready).toBe(false);
      await jest.advanceTimersByTimeAsync(200);
      expect(fake.run).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops by leaving the group, then closing the claimed producers and the admin client', async () => {
    const { fake, admin, producers, consumer } = setup();
    await consumer.start();
    await eachBatchOf(fake)(new FakeBatchPayload([jsonRecord(5, {})]).asPayload());
    await consumer.stop();
    expect(fake.disconnect).toHaveBeenCalledTimes(1);
    expect(producers[0]!.disconnect).toHaveBeenCalledTimes(1);
    expect(admin.disconnect).toHaveBeenCalledTimes(1);
    expect(consumer.ready).toBe(false);
  });
});
