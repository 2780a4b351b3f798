/**
 * The observations of one reporting interval, for exact percentiles in the metrics snapshot
 * (Prometheus histograms only give bucketed estimates). Bounded: past `capacity` it keeps a
 * uniform sample (reservoir sampling), so a burst cannot grow memory.
 */
export class LatencyWindow {
  private values: number[] = [];
  private seen = 0;

  constructor(
    private readonly capacity = 10_000,
    private readonly random: () => number = Math.random,
  ) {}

  observe(value: number): void {
    this.seen += 1;
    if (this.values.length < this.capacity) {
      this.values.push(value);
      return;
    }
    const slot = Math.floor(this.random() * this.seen);
    if (slot < this.capacity) this.values[slot] = value;
  }

  /** p50 and p99 (nearest rank) of the interval and how many were seen; then starts a new interval. */
  drain(): { p50: number; p99: number; count: number } {
    const sorted = this.values.sort((a, b) => a - b);
    const rank = (q: number) =>
      sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
    const result = { p50: round(rank(0.5)), p99: round(rank(0.99)), count: this.seen };
    this.values = [];
    this.seen = 0;
    return result;
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
