/**
 * The dedup stage on a real Redis: dispatches/s with the Redis store against the in-memory store
 * (same dispatches, same run), Redis round trips per batch (batches holding updates counted apart),
 * and Redis memory per stored dispatch. Not a test. Needs REDIS_URL (scripts/bench.sh starts a Redis).
 * Writes tmp/bench/dedup-redis.json.
 * Run: node --conditions=@wirestream/source --import tsx test/bench/dedup-redis.bench.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RawDispatch } from '@wirestream/contracts';
import {
  type DedupStore,
  InMemoryDedupStore,
  type ResolveRequest,
  type StorySettlement,
} from '@wirestream/dedup';
import { createStage, type StageBatchContext, type StageInput } from '@wirestream/pipeline';
import { createRedis, RedisDedupStore } from '@wirestream/redis';
import { generateCorpus } from './corpus';

const BATCH = 100;
const COUNT = 3000;
const ROUNDS = 3;
/** One dispatch in ten is an update of an earlier one (a figure changed), as on a busy wire. */
const UPDATE_EVERY = 10;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Distinct stories, with every tenth dispatch an update of the one before it. */
function dispatches(round: number): StageInput[] {
  const corpus = generateCorpus({ count: COUNT, seed: 100 + round });
  return corpus.map((d, i): StageInput => {
    let value: RawDispatch = { ...d, id: `r${round}-${i}`, storyId: `r${round}-${i}` };
    if (i % UPDATE_EVERY === UPDATE_EVERY - 1) {
      const previous = corpus[i - 1]!;
      // The figure changed is the first number in the text (or a sentence added when there is none).
      const body = /\d+/.test(previous.body)
        ? previous.body.replace(/\d+/, (n) => String(Number(n) + 1))
        : `${previous.body} Update.`;
      value = { ...previous, id: `r${round}-${i}`, storyId: `r${round}-${i}`, body };
    }
    return { value, arrivedAt: new Date(Date.UTC(2026, 10, 25, 8, 0, i)) };
  });
}

/** Counts store calls per batch, split by whether the batch decided an update. */
function counting(store: DedupStore) {
  let calls = 0;
  const wrapped: DedupStore = {
    claim: (c) => store.claim(c),
    resolve: (r: readonly ResolveRequest[], s?: readonly StorySettlement[]) => {
      calls += 1;
      return store.resolve(r, s);
    },
    settle: (s) => {
      calls += 1;
      return store.settle(s);
    },
  };
  /** Calls since the last take. */
  const take = (): number => {
    const n = calls;
    calls = 0;
    return n;
  };
  return { store: wrapped, take };
}

async function run(store: DedupStore, list: StageInput[]) {
  const counted = counting(store);
  const stage = await createStage('dedup', { dedupStore: counted.store });
  const tripsWithUpdates: number[] = [];
  const tripsWithout: number[] = [];
  let updates = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < list.length; i += BATCH) {
    const context: StageBatchContext = { recovered: undefined, checkpoint: undefined };
    const outcomes = await stage.handleBatch(list.slice(i, i + BATCH), context);
    const batchUpdates = outcomes.filter(
      (o) => o.ok && (o.outputs[0]?.value as { dedup?: { status?: string } }).dedup?.status === 'update',
    ).length;
    updates += batchUpdates;
    (batchUpdates > 0 ? tripsWithUpdates : tripsWithout).push(counted.take());
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { rate: list.length / seconds, tripsWithUpdates, tripsWithout, updates };
}

async function main(): Promise<void> {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: run infra/up.sh and source infra/.run/env');
  const redis = createRedis({ url, connectionName: 'dedup-bench' });
  await redis.connect();
  const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
  const memoryRate: number[] = [];
  const redisRate: number[] = [];
  const withUpdates: number[] = [];
  const without: number[] = [];
  const bytesPerDispatch: number[] = [];
  let updates = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const list = dispatches(round);
    memoryRate.push((await run(new InMemoryDedupStore(), list)).rate);
    const prefix = `bench-${Date.now()}-${round}:`;
    const store = new RedisDedupStore(redis, { keyPrefix: prefix, ttlSeconds: 3600 });
    await redis.call('MEMORY', 'PURGE').catch(() => undefined);
    const before = await usedMemory();
    const result = await run(store, list);
    const after = await usedMemory();
    redisRate.push(result.rate);
    withUpdates.push(...result.tripsWithUpdates);
    without.push(...result.tripsWithout);
    updates += result.updates;
    bytesPerDispatch.push((after - before) / COUNT);
    const keys = await redis.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
    process.stderr.write(`dedup-redis: round ${round}/${ROUNDS} done\n`);
  }
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const result = {
    dispatches: COUNT,
    rounds: ROUNDS,
    batch: BATCH,
    updatesDecided: updates,
    inMemoryDispatchesPerSecond: Math.round(median(memoryRate)),
    dispatchesPerSecond: Math.round(median(redisRate)),
    redisVsInMemory: Math.round((median(redisRate) / median(memoryRate)) * 100) / 100,
    roundTripsPerBatch: Math.round(mean([...withUpdates, ...without]) * 100) / 100,
    roundTripsPerBatchWithUpdates: Math.round(mean(withUpdates) * 100) / 100,
    maxRoundTripsPerBatch: Math.max(...withUpdates, ...without),
    batchesWithUpdates: withUpdates.length,
    redisBytesPerDispatch: Math.round(median(bytesPerDispatch)),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const out = join(__dirname, '..', '..', 'tmp', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'dedup-redis.json'), `${JSON.stringify(result, null, 2)}\n`);
  await redis.quit();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
