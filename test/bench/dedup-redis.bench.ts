/**
 * The dedup stage's state on a real Redis: dispatches/s of the decision with the Redis store against
 * the in-memory store (same dispatches, same run), Redis round trips per batch, and Redis memory per
 * stored dispatch. Not a test. Needs REDIS_URL (infra/up.sh writes it to infra/.run/env).
 * Run: node --conditions=@wirestream/source --import tsx test/bench/dedup-redis.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDeduplicator,
  type DedupCandidate,
  InMemoryDedupStore,
  type DedupStore,
} from '@wirestream/dedup';
import { createRedis, RedisDedupStore } from '@wirestream/redis';

const BATCH = 100;
const COUNT = 1000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: run infra/up.sh and source infra/.run/env');
  const fixture = readFileSync(
    join(__dirname, '..', 'fixtures', 'dispatches', 'coalition-boukamal.fr.txt'),
    'utf8',
  );
  // ~3 KB each, drawn from the fixture's vocabulary: distinct dispatches that share words but few
  // word triples, so dedup keeps them all (a real wire also carries versions that share buckets).
  const words = fixture.split(/\s+/).filter(Boolean);
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const body = () => Array.from({ length: 450 }, () => words[Math.floor(next() * words.length)]).join(' ');
  const candidates = (run: number): DedupCandidate[] =>
    Array.from({ length: COUNT }, (_, i) => ({
      id: `r${run}-${i}`,
      storyId: `r${run}-${i}`,
      agency: 'AFP',
      text: body(),
    }));
  const bytes = candidates(0).reduce((n, c) => n + Buffer.byteLength(c.text), 0) / COUNT;
  const d = await createDeduplicator();
  const redis = createRedis({ url, connectionName: 'dedup-bench' });
  await redis.connect();
  const time = async (store: DedupStore, list: DedupCandidate[]) => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < list.length; i += BATCH) await d.deduplicate(list.slice(i, i + BATCH), store);
    return list.length / (Number(process.hrtime.bigint() - t0) / 1e9);
  };
  const memoryRate: number[] = [];
  const redisRate: number[] = [];
  const tripsPerBatch: number[] = [];
  const bytesPerDispatch: number[] = [];
  for (let run = 1; run <= 3; run++) {
    const list = candidates(run);
    memoryRate.push(await time(new InMemoryDedupStore(), list));
    let trips = 0;
    const prefix = `bench-${Date.now()}-${run}:`;
    const store = new RedisDedupStore(redis, {
      keyPrefix: prefix,
      ttlSeconds: 3600,
      onCall: () => (trips += 1),
    });
    await redis.call('MEMORY', 'PURGE').catch(() => undefined);
    const before = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
    redisRate.push(await time(store, list));
    const after = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
    tripsPerBatch.push(trips / Math.ceil(COUNT / BATCH));
    bytesPerDispatch.push((after - before) / COUNT);
    const keys = await redis.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  }
  const fixtureBytes = Buffer.byteLength(fixture);
  const result = {
    dispatches: COUNT,
    batch: BATCH,
    meanDispatchBytes: Math.round(bytes),
    inMemoryDispatchesPerSecond: Math.round(median(memoryRate)),
    redisDispatchesPerSecond: Math.round(median(redisRate)),
    redisVsInMemory: Math.round((median(redisRate) / median(memoryRate)) * 100) / 100,
    redisRoundTripsPerBatch: median(tripsPerBatch),
    redisBytesPerStoredDispatch: Math.round(median(bytesPerDispatch)),
    fixtureBytes,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  await redis.quit();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
