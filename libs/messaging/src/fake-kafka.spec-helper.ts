import { type Consumer, type ConsumerRunConfig, type EachBatchPayload, type KafkaMessage } from 'kafkajs';

type Listener = (event: { payload: unknown }) => void;

/** The part of a kafkajs consumer the transport touches; events are fired by the test. */
export class FakeConsumer {
  readonly events = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' };
  readonly connect = jest.fn(() => Promise.resolve());
  readonly subscribe = jest.fn((_: { topics: string[]; fromBeginning: boolean }) => Promise.resolve());
  readonly run = jest.fn((_: ConsumerRunConfig) => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  readonly seek = jest.fn((_: { topic: string; partition: number; offset: string }) => undefined);
  readonly commitOffsets = jest.fn((_: unknown) => Promise.resolve());
  private readonly listeners = new Map<string, Listener>();

  on(name: string, listener: Listener): void {
    this.listeners.set(name, listener);
  }

  fire(name: string, payload: unknown): void {
    this.listeners.get(name)?.({ payload });
  }

  asConsumer(): Consumer {
    return this as unknown as Consumer;
  }
}

/** The payload of the last `consumer.run` call's handler, as kafkajs would call it. */
export function eachBatchOf(fake: FakeConsumer): (payload: EachBatchPayload) => Promise<void> {
  const config = fake.run.mock.calls.at(-1)?.[0];
  if (!config?.eachBatch) throw new Error('the consumer was not run with eachBatch');
  return config.eachBatch;
}

export const crash = (restart: boolean) => ({
  error: new Error('Failed to find group coordinator'),
  restart,
});

/** A fetched batch of one partition and the controls kafkajs gives its handler. */
export class FakeBatchPayload {
  running = true;
  stale = false;
  readonly heartbeat = jest.fn(() => Promise.resolve());
  readonly resolveOffset = jest.fn((_: string) => undefined);

  constructor(
    readonly messages: KafkaMessage[],
    readonly highWatermark = '100',
    /** The last offset fetched, control records included (kafkajs `batch.lastOffset()`). */
    readonly lastFetched = messages[messages.length - 1]?.offset ?? '-1',
  ) {}

  asPayload(): EachBatchPayload {
    return {
      batch: {
        topic: 'in',
        partition: 0,
        highWatermark: this.highWatermark,
        messages: this.messages,
        lastOffset: () => this.lastFetched,
      },
      isRunning: () => this.running,
      isStale: () => this.stale,
      heartbeat: this.heartbeat,
      resolveOffset: this.resolveOffset,
    } as unknown as EachBatchPayload;
  }
}

/** An input record whose value is the JSON of `value`. */
export function jsonRecord(offset: number, value: unknown): KafkaMessage {
  return {
    key: null,
    value: Buffer.from(JSON.stringify(value)),
    timestamp: '1700000000000',
    attributes: 0,
    offset: String(offset),
    headers: {},
  };
}
