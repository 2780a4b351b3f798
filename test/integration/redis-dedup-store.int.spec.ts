import { deduplicate } from '@wirestream/dedup';
import { dedupStoreContract } from '@wirestream/dedup/testing';
import { createRedis, RedisDedupStore } from '@wirestream/redis';
import { testInfra, uniquePrefix } from '@wirestream/testing';
import { type Redis } from 'ioredis';

// The Redis store must behave exactly like the in-memory one: the same contract suite runs on
// both. Each test gets its own key prefix on the run's shared Redis.
let redis: Redis;

beforeAll(async () => {
  redis = createRedis({ url: testInfra().redisUrl, connectionName: 'dedup-store-int' });
  await redis.connect();
});

afterAll(async () => {
  await redis.quit();
});

dedupStoreContract(
  'RedisDedupStore',
  () => new RedisDedupStore(redis, { keyPrefix: uniquePrefix('store'), ttlSeconds: 600 }),
);

describe('RedisDedupStore specifics', () => {
  it('keeps every key under one hash tag, with a TTL', async () => {
    const prefix = uniquePrefix('keys');
    const store = new RedisDedupStore(redis, { keyPrefix: prefix, ttlSeconds: 600 });
    await deduplicate(
      [{ id: 'a', storyId: 'a', agency: 'AFP', text: 'Huit frappes près de Boukamal, selon la coalition.' }],
      store,
    );
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) {
      expect(key.startsWith(`${prefix}{dedup}:`)).toBe(true);
      const ttl = await redis.ttl(key);
      if (!key.endsWith(':seq')) expect(ttl).toBeGreaterThan(0);
    }
  });

  it('finds a record for the whole TTL window, and not once the window has passed', async () => {
    const prefix = uniquePrefix('window');
    // Window keys expire on Redis's clock (EXPIREAT), so the simulated times start now.
    const t0 = Date.now();
    const at = (ms: number) =>
      new RedisDedupStore(redis, { keyPrefix: prefix, ttlSeconds: 600, now: () => ms });
    const request = (id: string) => ({
      claim: { fingerprint: `fp-${id}`, owner: id, storyId: id },
      record: { id, storyId: id, fingerprint: `fp-${id}`, signature: [1], shingleCount: 1, facts: [] },
      bands: ['0.shared'],
    });
    await at(t0).resolve([request('old')]);
    const [within] = await at(t0 + 599_000).resolve([request('within')]);
    expect(within?.neighbors.map((n) => n.id)).toEqual(['old']);
    // 600 s TTL in windows of 150 s: t0's window is gone from reads 750 s after it began at the latest.
    const [after] = await at(t0 + 900_000).resolve([request('after')]);
    expect(after?.neighbors.map((n) => n.id)).toEqual(['within']);
  });

  it('keeps the band index in a bounded number of keys', async () => {
    const prefix = uniquePrefix('bounded');
    const store = new RedisDedupStore(redis, { keyPrefix: prefix, ttlSeconds: 600, bandBuckets: 8 });
    const requests = Array.from({ length: 40 }, (_, i) => ({
      claim: { fingerprint: `fp-${i}`, owner: `d${i}`, storyId: `d${i}` },
      record: {
        id: `d${i}`,
        storyId: `d${i}`,
        fingerprint: `fp-${i}`,
        signature: [i],
        shingleCount: 1,
        facts: [],
      },
      bands: Array.from({ length: 16 }, (_, b) => `${b}.${i}`),
    }));
    await store.resolve(requests);
    const bandKeys = await redis.keys(`${prefix}{dedup}:b:*`);
    // 640 band entries, one time window, 8 buckets.
    expect(bandKeys.length).toBeLessThanOrEqual(8);
    expect(await redis.keys(`${prefix}{dedup}:r:*`)).toHaveLength(40);
  });

  it('decides the same on a replay after a crash, never a duplicate of itself', async () => {
    const store = new RedisDedupStore(redis, { keyPrefix: uniquePrefix('replay'), ttlSeconds: 600 });
    const batch = [
      {
        id: 'x1',
        storyId: 'x1',
        agency: 'AFP',
        text: 'La coalition a mené huit frappes près de Boukamal mardi.',
      },
      {
        id: 'x2',
        storyId: 'x2',
        agency: 'AFP',
        text: 'La coalition a mené huit frappes près de Boukamal mardi.',
      },
    ];
    const first = await deduplicate(batch, store);
    const replay = await deduplicate(batch, store);
    expect(replay).toEqual(first);
    expect(first.map((d) => d.status)).toEqual(['unique', 'duplicate']);
    expect(first[1]!.duplicateOf).toBe('x1');
  });

  it('returns stored records as they were written, empty lists included', async () => {
    const store = new RedisDedupStore(redis, { keyPrefix: uniquePrefix('shape'), ttlSeconds: 600 });
    const record = {
      id: 'r1',
      storyId: 'r1',
      fingerprint: 'f1',
      signature: [4, 5],
      shingleCount: 3,
      facts: [],
    };
    await store.resolve([
      { claim: { fingerprint: 'f1', owner: 'r1', storyId: 'r1' }, record, bands: ['b1'] },
    ]);
    const [second] = await store.resolve([
      {
        claim: { fingerprint: 'f2', owner: 'r2', storyId: 'r2' },
        record: { ...record, id: 'r2', fingerprint: 'f2' },
        bands: ['b1'],
      },
    ]);
    expect(second!.neighbors).toEqual([{ ...record, seq: 1 }]);
  });

  it('fails with a retryable error when Redis is unreachable (an outage is not bad input)', async () => {
    const down = createRedis({ url: 'redis://127.0.0.1:1', connectionName: 'down' });
    const store = new RedisDedupStore(down, { keyPrefix: uniquePrefix('down') });
    await expect(store.claim([{ fingerprint: 'f', owner: 'a', storyId: 'a' }])).rejects.toMatchObject({
      code: 'WIRE_INFRA_UNAVAILABLE',
      retryable: true,
    });
    down.disconnect();
  });
});
