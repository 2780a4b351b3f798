import { type RawDispatch } from '@wirestream/contracts';
import { type Consumer, type IHeaders, type Kafka, type Producer } from 'kafkajs';
import { sleep } from './processes';

const SEND_BATCH = 250;
const SEND_BYTES = 768 * 1024;

/** Reads a topic as a downstream user would (read-committed) and notes when each record showed up. */
export class OutputWatch {
  count = 0;
  lastAt = 0;
  /** Arrival time (ms, performance.now) by dispatch id, only while `trackIds` is on. */
  readonly arrivals = new Map<string, number>();
  trackIds = false;
  private joined = false;

  private constructor(private readonly consumer: Consumer) {}

  static async start(kafka: Kafka, topic: string, groupId: string): Promise<OutputWatch> {
    const consumer = kafka.consumer({ groupId, readUncommitted: false, maxWaitTimeInMs: 20 });
    const watch = new OutputWatch(consumer);
    consumer.on(consumer.events.GROUP_JOIN, () => (watch.joined = true));
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const now = performance.now();
        for (const message of batch.messages) {
          if (watch.trackIds && message.value) {
            const { id } = JSON.parse(message.value.toString('utf8')) as { id?: string };
            if (id !== undefined) watch.arrivals.set(id, now);
          }
        }
        watch.count += batch.messages.length;
        watch.lastAt = now;
        return Promise.resolve();
      },
    });
    await waitUntil(() => watch.joined, 30_000, `the watch on ${topic} to join its group`);
    return watch;
  }

  /** Waits until `count` records arrived in all; fails after `timeoutMs` without progress. */
  async reach(count: number, timeoutMs: number): Promise<void> {
    let seen = this.count;
    let progressAt = Date.now();
    while (this.count < count) {
      if (this.count !== seen) [seen, progressAt] = [this.count, Date.now()];
      if (Date.now() - progressAt > timeoutMs) {
        throw new Error(`only ${this.count} of ${count} records arrived (no progress for ${timeoutMs} ms)`);
      }
      await sleep(20);
    }
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}

export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A record to send: a raw dispatch, or a copy of a stage's input record. */
export interface BenchMessage {
  readonly id: string;
  readonly key: string;
  readonly value: string | Buffer;
  readonly headers?: IHeaders;
}

export const fromDispatch = (d: RawDispatch): BenchMessage => ({
  id: d.id!,
  key: d.storyId ?? d.id!,
  value: JSON.stringify(d),
});

const toMessage = ({ key, value, headers }: BenchMessage) => ({
  key,
  value,
  ...(headers ? { headers } : {}),
});

/** Sends records as fast as the producer goes, in sends under the broker's 1 MiB batch limit. */
export async function sendAll(
  producer: Producer,
  topic: string,
  records: readonly BenchMessage[],
): Promise<void> {
  for (let i = 0; i < records.length;) {
    let bytes = 0;
    let end = i;
    while (
      end < records.length &&
      end - i < SEND_BATCH &&
      (end === i || bytes + records[end]!.value.length < SEND_BYTES)
    ) {
      bytes += records[end]!.value.length;
      end += 1;
    }
    await producer.send({ topic, acks: -1, messages: records.slice(i, end).map(toMessage) });
    i = end;
  }
}

/** The first `count` committed records of a topic (all partitions), to replay them elsewhere. */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  groupId: string,
  count: number,
): Promise<BenchMessage[]> {
  const records: BenchMessage[] = [];
  const consumer = kafka.consumer({ groupId, readUncommitted: false, maxWaitTimeInMs: 50 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachBatch: ({ batch }) => {
        for (const m of batch.messages) {
          if (records.length < count && m.value)
            records.push({
              id: m.offset,
              key: m.key?.toString('utf8') ?? '',
              value: m.value,
              headers: m.headers ?? {},
            });
        }
        return Promise.resolve();
      },
    });
    await waitUntil(() => records.length >= count, 60_000, `${count} records on ${topic}`);
    return records;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Sends dispatches at `perSecond`, in ticks of `tickMs`, and returns when each was handed to the
 * producer (ms, performance.now), by id: the start of its end-to-end latency.
 */
export async function sendAtRate(
  producer: Producer,
  topic: string,
  dispatches: readonly BenchMessage[],
  perSecond: number,
  tickMs = 50,
): Promise<Map<string, number>> {
  const sentAt = new Map<string, number>();
  const start = performance.now();
  let next = 0;
  for (let tick = 1; next < dispatches.length; tick++) {
    const due = Math.min(dispatches.length, Math.round(((tick * tickMs) / 1000) * perSecond));
    const now = performance.now();
    const slice = dispatches.slice(next, due);
    next = due;
    if (slice.length > 0) {
      for (const d of slice) sentAt.set(d.id, now);
      await producer.send({ topic, acks: -1, messages: slice.map(toMessage) });
    }
    const wait = start + tick * tickMs - performance.now();
    if (wait > 0) await sleep(wait);
  }
  return sentAt;
}
