import { LatencyWindow } from './latency-window';

describe('LatencyWindow', () => {
  it('gives nearest-rank p50 and p99 of the interval, then starts afresh', () => {
    const w = new LatencyWindow();
    for (let i = 1; i <= 100; i++) w.observe(i);
    expect(w.drain()).toEqual({ p50: 50, p99: 99, count: 100 });
    expect(w.drain()).toEqual({ p50: 0, p99: 0, count: 0 });
  });

  it('keeps a bounded sample past its capacity but counts everything', () => {
    let seed = 1;
    const w = new LatencyWindow(100, () => (seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 10_000; i++) w.observe(i % 2 === 0 ? 1 : 1000);
    const { p50, count } = w.drain();
    expect(count).toBe(10_000);
    expect([1, 1000]).toContain(p50);
  });
});
