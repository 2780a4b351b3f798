import { hostname } from 'node:os';
import { type MetricsSnapshot, SCHEMA_VERSION } from '@wirestream/contracts';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { LatencyWindow } from './latency-window';

/** Every metric a worker exposes on `/metrics`; dashboards and alerts may only use these. */
export const METRIC_NAMES = {
  consumed: 'wirestream_records_consumed_total',
  produced: 'wirestream_records_produced_total',
  deadLettered: 'wirestream_dead_letters_total',
  duplicates: 'wirestream_duplicates_total',
  stageDuration: 'wirestream_stage_duration_seconds',
  endToEnd: 'wirestream_end_to_end_latency_seconds',
  lag: 'wirestream_consumer_lag',
  batchSize: 'wirestream_batch_size',
  transactions: 'wirestream_transactions_total',
  redisCall: 'wirestream_redis_call_duration_seconds',
  entities: 'wirestream_entities_found_total',
  strikes: 'wirestream_strikes_found_total',
  ready: 'wirestream_ready',
} as const;

type MetricKey = keyof typeof METRIC_NAMES;

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BATCH_SIZES = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];

/**
 * A worker's Prometheus metrics plus the interval windows behind its `pipeline.metrics` snapshot.
 * One per process; the transport and the stage adapter feed it.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly instance = `${hostname()}:${process.pid}`;
  private readonly consumed: Counter<'topic'>;
  private readonly produced: Counter<'topic'>;
  private readonly deadLettered: Counter<'topic' | 'code'>;
  private readonly duplicates: Counter;
  private readonly stageDuration: Histogram<'stage'>;
  private readonly endToEnd: Histogram<'stage'>;
  private readonly lag: Gauge<'topic' | 'partition'>;
  private readonly batchSize: Histogram<'topic'>;
  private readonly transactions: Counter<'outcome'>;
  private readonly redisCall: Histogram<'operation'>;
  private readonly entities: Counter<'type'>;
  private readonly strikes: Counter;
  private readonly readyGauge: Gauge<'reason'>;
  private readonly totals = {
    consumed: 0,
    produced: 0,
    deadLettered: 0,
    duplicates: 0,
    commits: 0,
    aborts: 0,
  };
  private readonly lags = new Map<string, { topic: string; partition: number; lag: number }>();
  private readonly stageWindow = new LatencyWindow();
  private readonly endToEndWindow = new LatencyWindow();
  private intervalConsumed = 0;
  private lastSnapshot = Date.now();

  constructor(
    readonly service: string,
    readonly stage: string,
  ) {
    this.registry.setDefaultLabels({ service, stage });
    collectDefaultMetrics({ register: this.registry });
    // Every metric is named from METRIC_NAMES and registered on this worker's registry only.
    const registers = [this.registry];
    const counter = <L extends string = string>(key: MetricKey, help: string, labels: readonly L[] = []) =>
      new Counter<L>({ name: METRIC_NAMES[key], help, labelNames: labels, registers });
    const gauge = <L extends string = string>(key: MetricKey, help: string, labels: readonly L[] = []) =>
      new Gauge<L>({ name: METRIC_NAMES[key], help, labelNames: labels, registers });
    const histogram = <L extends string>(
      key: MetricKey,
      help: string,
      buckets: number[],
      labels: readonly L[],
    ) => new Histogram<L>({ name: METRIC_NAMES[key], help, labelNames: labels, buckets, registers });
    this.consumed = counter('consumed', 'Input records consumed and committed', ['topic']);
    this.produced = counter('produced', 'Records produced (committed)', ['topic']);
    this.deadLettered = counter('deadLettered', 'Input records sent to the dead-letter topic', [
      'topic',
      'code',
    ]);
    this.duplicates = counter('duplicates', 'Dispatches dropped as duplicates');
    this.stageDuration = histogram('stageDuration', 'Stage processing time per dispatch', SECONDS, ['stage']);
    this.endToEnd = histogram('endToEnd', 'From receivedAt to output of this stage', SECONDS, ['stage']);
    this.lag = gauge('lag', 'Records behind the high watermark, per input partition', ['topic', 'partition']);
    this.batchSize = histogram('batchSize', 'Records per transaction', BATCH_SIZES, ['topic']);
    this.transactions = counter('transactions', 'Kafka transactions by outcome', ['outcome']);
    this.redisCall = histogram('redisCall', 'Redis call latency', SECONDS, ['operation']);
    this.entities = counter('entities', 'Entities found', ['type']);
    this.strikes = counter('strikes', 'Strike counts found');
    this.readyGauge = gauge(
      'ready',
      '1 when the broker answers, the worker is in its group and not waiting out a failure, and Redis answers where used; reason says why not',
      ['reason'],
    );
  }

  batchCommitted(
    topic: string,
    partition: number,
    size: number,
    lag: number,
    produced: ReadonlyMap<string, number>,
  ): void {
    this.consumed.inc({ topic }, size);
    this.batchSize.observe({ topic }, size);
    this.transactions.inc({ outcome: 'commit' });
    this.lag.set({ topic, partition: String(partition) }, lag);
    this.lags.set(`${topic}/${partition}`, { topic, partition, lag });
    this.totals.consumed += size;
    this.totals.commits += 1;
    this.intervalConsumed += size;
    for (const [outTopic, count] of produced) {
      this.produced.inc({ topic: outTopic }, count);
      this.totals.produced += count;
    }
  }

  batchAborted(): void {
    this.transactions.inc({ outcome: 'abort' });
    this.totals.aborts += 1;
  }

  deadLetter(topic: string, code: string): void {
    this.deadLettered.inc({ topic, code });
    this.totals.deadLettered += 1;
  }

  duplicate(): void {
    this.duplicates.inc();
    this.totals.duplicates += 1;
  }

  /** One dispatch through the stage: its share of the batch time and its age since `receivedAt`. */
  dispatchProcessed(stageMs: number, endToEndMs: number | undefined): void {
    this.stageDuration.observe({ stage: this.stage }, stageMs / 1000);
    this.stageWindow.observe(stageMs);
    if (endToEndMs !== undefined && endToEndMs >= 0) {
      this.endToEnd.observe({ stage: this.stage }, endToEndMs / 1000);
      this.endToEndWindow.observe(endToEndMs);
    }
  }

  redisCalled(operation: string, ms: number): void {
    this.redisCall.observe({ operation }, ms / 1000);
  }

  found(entityTypes: readonly string[], strikeCount: number): void {
    for (const type of entityTypes) this.entities.inc({ type });
    if (strikeCount > 0) this.strikes.inc(strikeCount);
  }

  /** Readiness, with why not (`reason`: ok, kafka-unreachable, consumer-not-ready, redis-unreachable). */
  setReady(ready: boolean, reason: string = ready ? 'ok' : 'not-ready'): void {
    // One series at a time: the reason of a past state must not linger at 0 beside the current one.
    this.readyGauge.reset();
    this.readyGauge.set({ reason }, ready ? 1 : 0);
  }

  /** The `pipeline.metrics` record for the interval since the previous snapshot. */
  snapshot(now: Date, ready: boolean): MetricsSnapshot {
    const intervalMs = Math.max(0, now.getTime() - this.lastSnapshot);
    this.lastSnapshot = now.getTime();
    const consumed = this.intervalConsumed;
    this.intervalConsumed = 0;
    const partitions = [...this.lags.values()];
    return {
      schemaVersion: SCHEMA_VERSION,
      service: this.service,
      stage: this.stage,
      instance: this.instance,
      at: now.toISOString(),
      intervalMs,
      ready,
      totals: { ...this.totals },
      interval: {
        consumed,
        ratePerSec: intervalMs > 0 ? Math.round((consumed / intervalMs) * 1000 * 100) / 100 : 0,
        stageMs: this.stageWindow.drain(),
        endToEndMs: this.endToEndWindow.drain(),
      },
      lag: { total: partitions.reduce((n, p) => n + p.lag, 0), partitions },
    };
  }
}
