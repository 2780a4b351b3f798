import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The door's Prometheus metrics, one registry per app (tests start several in one process). */
export class IngestMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'status'>;
  private readonly published: Counter<'agency'>;
  private readonly publishDuration: Histogram;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    this.requests = new Counter({
      name: 'wirestream_ingest_requests_total',
      help: 'POST /dispatches requests by HTTP status',
      labelNames: ['status'],
      registers: [this.registry],
    });
    this.published = new Counter({
      name: 'wirestream_ingest_dispatches_published_total',
      help: 'Dispatches stored on dispatch.raw, by agency',
      labelNames: ['agency'],
      registers: [this.registry],
    });
    this.publishDuration = new Histogram({
      name: 'wirestream_ingest_publish_duration_seconds',
      help: 'Time to store one request on dispatch.raw (acks from all in-sync replicas)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  request(status: number): void {
    this.requests.inc({ status: String(status) });
  }

  stored(agency: string, count: number, seconds: number): void {
    this.published.inc({ agency }, count);
    this.publishDuration.observe(seconds);
  }
}
