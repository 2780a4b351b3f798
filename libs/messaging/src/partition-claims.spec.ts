import { type Kafka } from 'kafkajs';
import { silentLogger } from './logger';
import { PartitionClaims } from './partition-claims';

/** A transactional producer as a claim uses it: connect, an empty transaction, disconnect. */
class FakeProducer {
  readonly connect = jest.fn(() => Promise.resolve());
  readonly transaction = jest.fn(() => Promise.resolve({ abort: () => Promise.resolve() }));
  readonly disconnect = jest.fn(() => Promise.resolve());
}

/** Partition 0 has offset 5 committed with a checkpoint; partition 1 has nothing committed. */
class FakeAdmin {
  readonly connect = jest.fn(() => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  readonly fetchOffsets = jest.fn((_: { groupId: string; topics: string[] }) =>
    Promise.resolve([
      {
        topic: 'in',
        partitions: [
          { partition: 0, offset: '5', metadata: 'cp' },
          { partition: 1, offset: '-1', metadata: null },
        ],
      },
    ]),
  );
}

function setup(exactlyOnce: boolean) {
  const admin = new FakeAdmin();
  const producers: FakeProducer[] = [];
  const kafka = {
    admin: jest.fn(() => admin),
    producer: jest.fn((_: { transactionalId?: string }) => {
      const producer = new FakeProducer();
      producers.push(producer);
      return producer;
    }),
  };
  const generation = { now: 1 };
  const claims = new PartitionClaims({
    kafka: kafka as unknown as Kafka,
    groupId: 'g',
    exactlyOnce,
    transactionTimeoutMs: 60_000,
    logger: silentLogger,
    generation: () => generation.now,
  });
  return { admin, producers, kafka, generation, claims };
}

describe('PartitionClaims', () => {
  it('reads the committed offset and checkpoint once per partition and generation', async () => {
    const { admin, kafka, claims } = setup(false);
    const first = await claims.claim('in', 0);
    expect(first).toEqual({
      generation: 1,
      producer: undefined,
      floor: 5n,
      recovered: 'cp',
      positioned: false,
    });
    expect(await claims.claim('in', 0)).toBe(first);
    expect(await claims.claim('in', 1)).toMatchObject({ floor: -1n, recovered: undefined });
    expect(admin.fetchOffsets).toHaveBeenCalledTimes(2);
    expect(admin.fetchOffsets).toHaveBeenCalledWith({ groupId: 'g', topics: ['in'] });
    // One admin client for every claim.
    expect(kafka.admin).toHaveBeenCalledTimes(1);
  });

  it('claims again after a join, with a new transactional producer, closing the older one', async () => {
    const { producers, kafka, generation, claims } = setup(true);
    const first = await claims.claim('in', 0);
    generation.now = 2;
    const second = await claims.claim('in', 0);
    expect(second).not.toBe(first);
    expect(second.generation).toBe(2);
    expect(producers).toHaveLength(2);
    expect(producers[0]!.disconnect).toHaveBeenCalledTimes(1);
    expect(producers[1]!.disconnect).not.toHaveBeenCalled();
    expect(kafka.producer.mock.calls.map(([config]) => config.transactionalId)).toEqual(['g.in.0', 'g.in.0']);
  });

  it('forgets a claim that failed, and an admin client that did not connect', async () => {
    const { admin, kafka, claims } = setup(false);
    admin.connect.mockRejectedValueOnce(new Error('ECONNREFUSED'));
    await expect(claims.claim('in', 0)).rejects.toThrow('ECONNREFUSED');
    admin.fetchOffsets.mockRejectedValueOnce(new Error('NOT_COORDINATOR'));
    await expect(claims.claim('in', 0)).rejects.toThrow('NOT_COORDINATOR');
    await expect(claims.claim('in', 0)).resolves.toMatchObject({ floor: 5n });
    expect(kafka.admin).toHaveBeenCalledTimes(2);
    expect(admin.fetchOffsets).toHaveBeenCalledTimes(2);
  });

  it('releases the claim it is given, so the next attempt claims again, but not a newer one', async () => {
    const { producers, generation, claims } = setup(true);
    const first = await claims.claim('in', 0);
    await claims.release(0, first);
    expect(producers[0]!.disconnect).toHaveBeenCalledTimes(1);
    const second = await claims.claim('in', 0);
    expect(second).not.toBe(first);
    generation.now = 2;
    const third = await claims.claim('in', 0);
    // A late release of the second claim leaves the third in place.
    await claims.release(0, second);
    expect(await claims.claim('in', 0)).toBe(third);
  });

  it('closes every claim producer and the admin client when stopping', async () => {
    const { admin, producers, claims } = setup(true);
    await claims.claim('in', 0);
    await claims.claim('in', 1);
    await claims.closeProducers();
    await claims.closeAdmin();
    expect(producers.map((p) => p.disconnect.mock.calls.length)).toEqual([1, 1]);
    expect(admin.disconnect).toHaveBeenCalledTimes(1);
  });

  it('has no admin client to close before a first claim', async () => {
    const { kafka, claims } = setup(false);
    await claims.closeAdmin();
    expect(kafka.admin).not.toHaveBeenCalled();
  });
});
