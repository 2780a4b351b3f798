import { HEADERS } from '@wirestream/contracts';
import {
  BatchPublisher,
  createKafka,
  provisionTopics,
  silentLogger,
  TransactionalConsumer,
  type BatchHandler,
} from '@wirestream/messaging';
import { testInfra, TopicReader, uniquePrefix, waitFor } from '@wirestream/testing';
import { PipelineError } from '@wirestream/util';

// The exactly-once transport on the real broker: a pass-through stage whose outputs, dead letters
// and offsets commit together. Counts are checked by a read-committed reader.
const kafka = createKafka({ brokers: testInfra().brokers, clientId: 'transport-int', logger: silentLogger });

interface Item {
  n: number;
  story: string;
  reject?: boolean;
}

const passThrough =
  (out: string): BatchHandler =>
  (messages) =>
    Promise.resolve(
      messages.map((m) => {
        const item = m.value as Item;
        if (item.reject)
          return {
            ok: false as const,
            error: PipelineError.nonRetryable('WIRE_STAGE_FAILED', `stage refused ${item.n}`),
          };
        return {
          ok: true as const,
          outputs: [{ topic: out, key: item.story, value: { n: item.n, story: item.story } }],
        };
      }),
    );

async function setup(label: string) {
  const prefix = uniquePrefix(label);
  const topics = { input: `${prefix}in`, output: `${prefix}out`, dlq: `${prefix}dlq` };
  await provisionTopics(
    kafka,
    Object.values(topics).map((topic) => ({ topic, numPartitions: 2 })),
  );
  const publisher = new BatchPublisher(kafka);
  await publisher.connect();
  const reader = await TopicReader.start(kafka, [topics.output, topics.dlq]);
  const consumers: TransactionalConsumer[] = [];
  const consumer = (handler: BatchHandler, options: { recoverCheckpoints?: boolean } = {}) => {
    const c = new TransactionalConsumer({
      ...options,
      kafka,
      groupId: `${prefix}group`,
      inputTopic: topics.input,
      dlqTopic: topics.dlq,
      stage: 'pass-through',
      handler,
      logger: silentLogger,
      maxMessageBytes: 4096,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      maxBatchMessages: 25,
    });
    consumers.push(c);
    return c;
  };
  const publish = (items: Item[]) =>
    publisher.publish(
      topics.input,
      items.map((i) => ({
        key: i.story,
        value: JSON.stringify(i),
        headers: { [HEADERS.traceId]: `trace-${i.n}` },
      })),
    );
  const teardown = async () => {
    await Promise.allSettled(consumers.map((c) => c.stop()));
    await reader.stop();
    await publisher.disconnect();
  };
  return { topics, publisher, reader, consumer, publish, teardown };
}

const items = (from: number, count: number): Item[] =>
  Array.from({ length: count }, (_, i) => ({ n: from + i, story: `story-${(from + i) % 7}` }));

describe('TransactionalConsumer on a real broker', () => {
  it('dead-letters bad records with their origin and reason, once, while good records flow', async () => {
    const t = await setup('dlq');
    try {
      await t.publish(items(0, 20));
      await t.publisher.publish(t.topics.input, [
        { key: 'story-bad', value: '{"n": 1000, "story": ' },
        { key: 'story-bad', value: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
        { key: 'story-bad', value: JSON.stringify({ n: 1002, story: 'story-bad', reject: true }) },
        { key: 'story-bad', value: JSON.stringify({ n: 1003, story: 'story-bad', pad: 'x'.repeat(5000) }) },
      ]);
      await t.publish(items(20, 20));
      const c = t.consumer(passThrough(t.topics.output));
      await c.start();
      await t.reader.waitForCount(t.topics.output, 40);
      const dead = await t.reader.waitForCount(t.topics.dlq, 4);
      expect(dead.map((d) => d.headers[HEADERS.errorCode]).sort()).toEqual([
        'WIRE_INPUT_INVALID_JSON',
        'WIRE_INPUT_INVALID_UTF8',
        'WIRE_INPUT_TOO_LARGE',
        'WIRE_STAGE_FAILED',
      ]);
      for (const d of dead) {
        expect(d.headers).toMatchObject({
          [HEADERS.originTopic]: t.topics.input,
          [HEADERS.errorStage]: 'pass-through',
          [HEADERS.attempt]: '1',
        });
        expect(d.headers[HEADERS.originOffset]).toMatch(/^\d+$/);
        expect(d.headers[HEADERS.errorMessage]!.length).toBeGreaterThan(0);
      }
      // The original bytes are kept as they were.
      expect(dead.some((d) => d.value?.equals(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])))).toBe(true);
      await new Promise((r) => setTimeout(r, 1000));
      const ns = t.reader.values<Item>(t.topics.output).map((v) => v.n);
      expect(ns.sort((a, b) => a - b)).toEqual(items(0, 40).map((i) => i.n));
      expect(t.reader.records.get(t.topics.dlq)).toHaveLength(4);
      expect(c.stats.deadLettered).toBe(4);
    } finally {
      await t.teardown();
    }
  });

  it("commits each batch's checkpoint with its offsets and hands it to the next owner of the partition", async () => {
    const t = await setup('checkpoint');
    try {
      // Every batch checkpoints the last item it saw on its partition.
      const seen: { partition: number; recovered: string | undefined; checkpoint: string }[] = [];
      const checkpointing =
        (label: string): BatchHandler =>
        async (messages, context) => {
          context.checkpoint = `${label}:${(messages.at(-1)!.value as Item).n}`;
          seen.push({
            partition: messages[0]!.partition,
            recovered: context.recovered,
            checkpoint: context.checkpoint,
          });
          return passThrough(t.topics.output)(messages, context);
        };
      await t.publish(items(0, 30));
      const first = t.consumer(checkpointing('first'), { recoverCheckpoints: true });
      await first.start();
      await t.reader.waitForCount(t.topics.output, 30);
      await first.stop();
      const lastOf = new Map<number, string>();
      const firstRun = [...seen];
      seen.length = 0;
      // Nothing was committed before the first consumer: it recovered nothing.
      expect(firstRun.every((s) => s.recovered === undefined)).toBe(true);
      await t.publish(items(30, 30));
      const second = t.consumer(checkpointing('second'), { recoverCheckpoints: true });
      await second.start();
      await t.reader.waitForCount(t.topics.output, 60);
      for (const s of seen) if (!lastOf.has(s.partition)) lastOf.set(s.partition, s.recovered ?? 'none');
      // The first batch of each partition got what the first consumer committed last on it.
      const committedLast = new Map(firstRun.map((s) => [s.partition, s.checkpoint]));
      expect(committedLast.size).toBe(2);
      expect(lastOf).toEqual(committedLast);
      // Only the first batch after the assignment is given one.
      const later = seen.filter((s, i) => seen.findIndex((o) => o.partition === s.partition) !== i);
      expect(later.every((s) => s.recovered === undefined)).toBe(true);
    } finally {
      await t.teardown();
    }
  });

  it('keeps the order of each story, and carries the trace id', async () => {
    const t = await setup('order');
    try {
      await t.publish(items(0, 100));
      await t.consumer(passThrough(t.topics.output)).start();
      const out = await t.reader.waitForCount(t.topics.output, 100);
      const byStory = new Map<string, number[]>();
      for (const r of out) {
        const v = JSON.parse(r.value!.toString()) as Item;
        byStory.set(v.story, [...(byStory.get(v.story) ?? []), v.n]);
        expect(r.headers[HEADERS.traceId]).toBe(`trace-${v.n}`);
      }
      for (const ns of byStory.values()) expect(ns).toEqual([...ns].sort((a, b) => a - b));
    } finally {
      await t.teardown();
    }
  });

  it('retries a batch whose handler fails (an outage) without losing or doubling anything', async () => {
    const t = await setup('retry');
    try {
      let failures = 3;
      const inner = passThrough(t.topics.output);
      const flaky: BatchHandler = (messages, context) => {
        if (failures > 0) {
          failures -= 1;
          return Promise.reject(PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', 'redis is down'));
        }
        return inner(messages, context);
      };
      await t.publish(items(0, 60));
      const c = t.consumer(flaky);
      await c.start();
      await t.reader.waitForCount(t.topics.output, 60);
      await new Promise((r) => setTimeout(r, 1000));
      const ns = t.reader.values<Item>(t.topics.output).map((v) => v.n);
      expect(new Set(ns).size).toBe(60);
      expect(ns).toHaveLength(60);
      expect(c.stats.retries).toBe(3);
      expect(t.reader.records.get(t.topics.dlq)).toHaveLength(0);
    } finally {
      await t.teardown();
    }
  });

  it('fences a consumer frozen past its session: its late commit is refused and nothing doubles', async () => {
    const t = await setup('zombie');
    let thaw: () => void = () => undefined;
    try {
      await t.publish(items(0, 40));
      // The zombie's first batch blocks in the handler: no heartbeats, as in a process under SIGSTOP.
      let frozen = false;
      const thawed = new Promise<void>((resolve) => (thaw = resolve));
      let startedFreezing: () => void = () => undefined;
      const freezing = new Promise<void>((resolve) => (startedFreezing = resolve));
      const inner = passThrough(t.topics.output);
      const zombie = t.consumer(async (messages, context) => {
        if (!frozen) {
          frozen = true;
          startedFreezing();
          await thawed;
        }
        return inner(messages, context);
      });
      await zombie.start();
      await freezing;
      // The group drops the zombie after its session; the other consumer takes every partition.
      await t.consumer(inner).start();
      await t.reader.waitForCount(t.topics.output, 40, 60_000);
      thaw();
      await waitFor(
        () => (zombie.stats.aborts + zombie.stats.commits > 0 ? true : undefined),
        30_000,
        'the zombie to try its late commit',
      );
      await new Promise((r) => setTimeout(r, 1500));
      expect(zombie.stats.commits).toBe(0);
      const ns = t.reader.values<Item>(t.topics.output).map((v) => v.n);
      expect(ns).toHaveLength(40);
      expect(new Set(ns).size).toBe(40);
    } finally {
      thaw();
      await t.teardown();
    }
  });

  it('a consumer stopped mid-stream and a new one in its place lose and double nothing', async () => {
    const t = await setup('restart');
    try {
      const first = t.consumer(passThrough(t.topics.output));
      await first.start();
      await t.publish(items(0, 150));
      await waitFor(() => (first.stats.consumed >= 50 ? true : undefined), 60_000, 'first consumer progress');
      await first.stop();
      await t.publish(items(150, 150));
      await t.consumer(passThrough(t.topics.output)).start();
      await t.reader.waitForCount(t.topics.output, 300);
      await new Promise((r) => setTimeout(r, 1500));
      const ns = t.reader.values<Item>(t.topics.output).map((v) => v.n);
      expect(ns).toHaveLength(300);
      expect(new Set(ns).size).toBe(300);
    } finally {
      await t.teardown();
    }
  });
});
