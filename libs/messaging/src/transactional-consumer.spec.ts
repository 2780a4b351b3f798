import { type Kafka } from 'kafkajs';
import { silentLogger } from './logger';
import { TransactionalConsumer } from './transactional-consumer';

/** The part of a kafkajs consumer the crash handling touches; events are fired by the test. */
class FakeConsumer {
  readonly events = { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash' };
  readonly connect = jest.fn(() => Promise.resolve());
  readonly subscribe = jest.fn(() => Promise.resolve());
  readonly run = jest.fn(() => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  private readonly listeners = new Map<string, (event: { payload: unknown }) => void>();

  on(name: string, listener: (event: { payload: unknown }) => void): void {
    this.listeners.set(name, listener);
  }

  fire(name: string, payload: unknown): void {
    this.listeners.get(name)!({ payload });
  }
}

function consumerOn(fake: FakeConsumer): TransactionalConsumer {
  const kafka = { consumer: () => fake } as unknown as Kafka;
  return new TransactionalConsumer({
    kafka,
    groupId: 'g',
    inputTopic: 'in',
    dlqTopic: 'dlq',
    stage: 'test',
    handler: () => Promise.resolve([]),
    logger: silentLogger,
  });
}

const crash = (restart: boolean) => ({ error: new Error('Failed to find group coordinator'), restart });

describe('TransactionalConsumer after a crash', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the consumer again when kafkajs gives up on it', async () => {
    const fake = new FakeConsumer();
    const consumer = consumerOn(fake);
    await consumer.start();
    fake.fire(fake.events.CRASH, crash(false));
    expect(consumer.ready).toBe(false);
    await jest.advanceTimersByTimeAsync(200);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    expect(fake.run).toHaveBeenCalledTimes(2);
    // The subscription is kafkajs's to keep: not made twice.
    expect(fake.subscribe).toHaveBeenCalledTimes(1);
  });

  it('leaves the restart to kafkajs when kafkajs restarts by itself', async () => {
    const fake = new FakeConsumer();
    const consumer = consumerOn(fake);
    await consumer.start();
    fake.fire(fake.events.CRASH, crash(true));
    await jest.advanceTimersByTimeAsync(30_000);
    expect(fake.run).toHaveBeenCalledTimes(1);
  });

  it('backs off while restarts fail, and stops trying once stopped', async () => {
    const fake = new FakeConsumer();
    const consumer = consumerOn(fake);
    await consumer.start();
    fake.connect.mockImplementation(() => Promise.reject(new Error('ECONNREFUSED')));
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(200);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(399);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.connect).toHaveBeenCalledTimes(3);
    await consumer.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(fake.connect).toHaveBeenCalledTimes(3);
    expect(fake.run).toHaveBeenCalledTimes(1);
  });

  it('starts the backoff over once the consumer is back in its group', async () => {
    const fake = new FakeConsumer();
    const consumer = consumerOn(fake);
    await consumer.start();
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(200);
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(400);
    expect(fake.run).toHaveBeenCalledTimes(3);
    fake.fire(fake.events.GROUP_JOIN, {});
    expect(consumer.ready).toBe(true);
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(200);
    expect(fake.run).toHaveBeenCalledTimes(4);
  });
});
