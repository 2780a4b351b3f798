import { type ReadinessChecks, ReadinessMonitor, type ReadinessReason } from './readiness-monitor';

function checks(over: Partial<ReadinessChecks> = {}): ReadinessChecks {
  return {
    kafka: () => Promise.resolve(),
    consumer: () => true,
    redis: () => Promise.resolve('not-used'),
    ...over,
  };
}

describe('ReadinessMonitor', () => {
  it('given an idle worker whose broker stops answering, then not ready with reason kafka-unreachable, and ready again when it answers', async () => {
    let brokerUp = true;
    const changes: ReadinessReason[] = [];
    const monitor = new ReadinessMonitor(
      checks({ kafka: () => (brokerUp ? Promise.resolve() : Promise.reject(new Error('ECONNREFUSED'))) }),
      1000,
      (reason) => changes.push(reason),
    );
    expect(await monitor.probe()).toBe('ok');
    expect(monitor.ready).toBe(true);
    brokerUp = false;
    expect(await monitor.probe()).toBe('kafka-unreachable');
    expect(monitor.ready).toBe(false);
    brokerUp = true;
    expect(await monitor.probe()).toBe('ok');
    expect(changes).toEqual(['ok', 'kafka-unreachable', 'ok']);
  });

  it('given a broker that answers but a consumer out of its group, then consumer-not-ready', async () => {
    const monitor = new ReadinessMonitor(checks({ consumer: () => false }), 1000);
    expect(await monitor.probe()).toBe('consumer-not-ready');
  });

  it('given Redis down where the stage uses it, then redis-unreachable; not used, then ready', async () => {
    expect(await new ReadinessMonitor(checks({ redis: () => Promise.resolve('down') }), 1000).probe()).toBe(
      'redis-unreachable',
    );
    expect(await new ReadinessMonitor(checks(), 1000).probe()).toBe('ok');
  });

  it('given the timer, then it probes every interval until stopped', async () => {
    jest.useFakeTimers();
    try {
      const kafka = jest.fn(() => Promise.resolve());
      const monitor = new ReadinessMonitor(checks({ kafka }), 1000);
      monitor.start();
      await jest.advanceTimersByTimeAsync(3000);
      expect(kafka).toHaveBeenCalledTimes(4);
      monitor.stop();
      await jest.advanceTimersByTimeAsync(3000);
      expect(kafka).toHaveBeenCalledTimes(4);
    } finally {
      jest.useRealTimers();
    }
  });
});
