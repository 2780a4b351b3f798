import { type EachBatchPayload } from 'kafkajs';
import { ConsumerSupervisor } from './consumer-supervisor';
import { crash, FakeConsumer } from './fake-kafka.spec-helper';
import { silentLogger } from './logger';

const eachBatch = (_: EachBatchPayload) => Promise.resolve();

function supervise(fake: FakeConsumer): ConsumerSupervisor {
  return new ConsumerSupervisor({
    consumer: fake.asConsumer(),
    inputTopic: 'in',
    partitionsConsumedConcurrently: 2,
    eachBatch,
    logger: silentLogger,
  });
}

describe('ConsumerSupervisor', () => {
  it('subscribes from the beginning and runs without auto-commit or auto-resolve', async () => {
    const fake = new FakeConsumer();
    await supervise(fake).start();
    expect(fake.connect).toHaveBeenCalledTimes(1);
    expect(fake.subscribe).toHaveBeenCalledWith({ topics: ['in'], fromBeginning: true });
    expect(fake.run).toHaveBeenCalledWith({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 2,
      eachBatch,
    });
  });

  it('is ready once in a group, and no longer once crashed or stopping', async () => {
    const fake = new FakeConsumer();
    const supervisor = supervise(fake);
    await supervisor.start();
    expect(supervisor.ready).toBe(false);
    fake.fire(fake.events.GROUP_JOIN, {});
    expect(supervisor.ready).toBe(true);
    fake.fire(fake.events.CRASH, crash(true));
    expect(supervisor.ready).toBe(false);
    fake.fire(fake.events.GROUP_JOIN, {});
    await supervisor.stop();
    expect(supervisor.ready).toBe(false);
    expect(fake.disconnect).toHaveBeenCalledTimes(1);
  });

  it('counts the joins, so that claims of an older generation are made again', () => {
    const fake = new FakeConsumer();
    const supervisor = supervise(fake);
    expect(supervisor.generation).toBe(0);
    fake.fire(fake.events.GROUP_JOIN, {});
    fake.fire(fake.events.GROUP_JOIN, {});
    expect(supervisor.generation).toBe(2);
  });
});

describe('ConsumerSupervisor after a crash', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the consumer again when kafkajs gives up on it', async () => {
    const fake = new FakeConsumer();
    const supervisor = supervise(fake);
    await supervisor.start();
    fake.fire(fake.events.CRASH, crash(false));
    expect(supervisor.ready).toBe(false);
    await jest.advanceTimersByTimeAsync(199);
    expect(fake.run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    expect(fake.run).toHaveBeenCalledTimes(2);
    // The subscription is kafkajs's to keep: not made twice.
    expect(fake.subscribe).toHaveBeenCalledTimes(1);
  });

  it('leaves the restart to kafkajs when kafkajs restarts by itself', async () => {
    const fake = new FakeConsumer();
    await supervise(fake).start();
    fake.fire(fake.events.CRASH, crash(true));
    await jest.advanceTimersByTimeAsync(30_000);
    expect(fake.run).toHaveBeenCalledTimes(1);
  });

  it('backs off while restarts fail, and stops trying once stopped', async () => {
    const fake = new FakeConsumer();
    const supervisor = supervise(fake);
    await supervisor.start();
    fake.connect.mockImplementation(() => Promise.reject(new Error('ECONNREFUSED')));
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(200);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(399);
    expect(fake.connect).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(fake.connect).toHaveBeenCalledTimes(3);
    await supervisor.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(fake.connect).toHaveBeenCalledTimes(3);
    expect(fake.run).toHaveBeenCalledTimes(1);
  });

  it('starts the backoff over once the consumer is back in its group', async () => {
    const fake = new FakeConsumer();
    const supervisor = supervise(fake);
    await supervisor.start();
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(200);
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(400);
    expect(fake.run).toHaveBeenCalledTimes(3);
    fake.fire(fake.events.GROUP_JOIN, {});
    expect(supervisor.ready).toBe(true);
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(200);
    expect(fake.run).toHaveBeenCalledTimes(4);
  });

  it('schedules one restart for crashes that come while one is pending', async () => {
    const fake = new FakeConsumer();
    await supervise(fake).start();
    fake.fire(fake.events.CRASH, crash(false));
    fake.fire(fake.events.CRASH, crash(false));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(fake.run).toHaveBeenCalledTimes(2);
  });

  it('does not restart a consumer stopped while its restart was pending', async () => {
    const fake = new FakeConsumer();
    const supervisor = supervise(fake);
    await supervisor.start();
    fake.fire(fake.events.CRASH, crash(false));
    await supervisor.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(fake.connect).toHaveBeenCalledTimes(1);
  });
});
