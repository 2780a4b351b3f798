import { HEADERS } from '@wirestream/contracts';
import { type Logger, type WorkerMetrics } from '@wirestream/observability';
import { type Kafka, type Producer } from 'kafkajs';

/**
 * Publishes the worker's metrics snapshot to `pipeline.metrics` at a fixed interval, keyed by
 * service. Outside any transaction: a lost snapshot is replaced by the next one.
 */
export class MetricsPublisher {
  private readonly producer: Producer;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly metrics: WorkerMetrics,
    private readonly readiness: () => { ready: boolean; reason: string },
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.producer = kafka.producer({ allowAutoTopicCreation: false });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    this.timer = setInterval(() => void this.publish(), this.intervalMs);
    this.timer.unref();
  }

  async publish(): Promise<void> {
    const { ready, reason } = this.readiness();
    this.metrics.setReady(ready, reason);
    const snapshot = this.metrics.snapshot(new Date(), ready);
    try {
      await this.producer.send({
        topic: this.topic,
        messages: [
          {
            key: snapshot.service,
            value: JSON.stringify(snapshot),
            headers: { [HEADERS.schemaVersion]: '1' },
          },
        ],
      });
    } catch (error) {
      this.logger.warn({ err: error, topic: this.topic }, 'could not publish a metrics snapshot');
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.publish();
    await this.producer.disconnect();
  }
}
