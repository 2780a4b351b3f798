import { type MeasureContext } from './measure';
import { type BenchProcess } from './processes';
import { commitsOf, type Deployment } from './systems';
import { type BenchMessage, type OutputWatch, sendAtRate } from './traffic';

export interface LatencyResult {
  readonly ratePerSecond: number;
  readonly dispatches: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /**
   * The transport commits one transaction per partition batch, so a worker's commit interval is
   * the time between two of its commits: the window's length over the commits it made in it.
   * This is the median over the workers; `commitIntervalMsByWorker` has each.
   */
  readonly commitIntervalMs: number;
  readonly commitIntervalMsByWorker: Record<string, number>;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * End-to-end latency at a steady `perSecond`: each dispatch from the moment it is handed to the
 * producer to the moment the read-committed watch on the output topic sees it.
 */
export async function measureLatency(
  ctx: MeasureContext,
  d: Deployment,
  processes: readonly BenchProcess[],
  watch: OutputWatch,
  dispatches: readonly BenchMessage[],
  perSecond: number,
): Promise<LatencyResult> {
  ctx.log(`  latency: ${dispatches.length} dispatches at ${Math.round(perSecond)}/s`);
  const before = await Promise.all(processes.map(commitsOf));
  const already = watch.count;
  watch.trackIds = true;
  const t0 = performance.now();
  const sentAt = await sendAtRate(ctx.producer, d.topics.raw, dispatches, perSecond);
  await watch.reach(already + dispatches.length, 60_000);
  const windowMs = watch.lastAt - t0;
  const after = await Promise.all(processes.map(commitsOf));
  watch.trackIds = false;
  const latencies = dispatches.map((m) => {
    const arrived = watch.arrivals.get(m.id);
    if (arrived === undefined) throw new Error(`dispatch ${m.id} never arrived`);
    return arrived - sentAt.get(m.id)!;
  });
  latencies.sort((a, b) => a - b);
  const byWorker = Object.fromEntries(
    processes.map((p, i) => [p.name, Math.round(windowMs / Math.max(1, after[i]! - before[i]!))]),
  );
  const intervals = Object.values(byWorker).sort((a, b) => a - b);
  const result: LatencyResult = {
    ratePerSecond: Math.round(perSecond),
    dispatches: dispatches.length,
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies[latencies.length - 1]!),
    commitIntervalMs: intervals[Math.floor((intervals.length - 1) / 2)]!,
    commitIntervalMsByWorker: byWorker,
  };
  ctx.log(`  p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, commit interval ${result.commitIntervalMs} ms`);
  return result;
}
