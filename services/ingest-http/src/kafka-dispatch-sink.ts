import { backoffMs, BatchPublisher, provisionTopics, type PublishRecord } from '@wirestream/messaging';
import { type Logger } from '@wirestream/observability';
import { type Admin, type Kafka } from 'kafkajs';
import { type DispatchSink } from './dispatch-sink';

/** Rejects when `promise` has not settled within `ms`, so a request never waits on Kafka unbounded. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const PROBE_TIMEOUT_MS = 2000;

/**
 * Publishes to `dispatch.raw` with the idempotent producer of `@wirestream/messaging` (`acks: -1`).
 * It connects in the background, retrying with backoff, so the door starts (and answers 503) while
 * the broker is down; every publish is bounded by `timeoutMs`.
 */
export class KafkaDispatchSink implements DispatchSink {
  private readonly publisher: BatchPublisher;
  private readonly admin: Admin;
  private readonly connected: Promise<void>;
  private isConnected = false;
  private stopped = false;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {
    this.publisher = new BatchPublisher(kafka);
    this.admin = kafka.admin();
    this.connected = this.connectLoop(kafka);
    // A publish waiting on it reports its own timeout; nothing else awaits the loop.
    this.connected.catch(() => undefined);
  }

  private async connectLoop(kafka: Kafka): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await provisionTopics(kafka, [{ topic: this.topic }]);
        await this.publisher.connect();
        await this.admin.connect();
        this.isConnected = true;
        this.logger.info({ topic: this.topic }, 'connected to Kafka');
        return;
      } catch (error) {
        const wait = backoffMs(attempt);
        this.logger.warn({ err: error, retryInMs: wait }, 'cannot reach Kafka yet; answering 503 meanwhile');
        await new Promise((resolve) => setTimeout(resolve, wait).unref());
      }
    }
    throw new Error('stopped before connecting to Kafka');
  }

  publish(records: readonly PublishRecord[]): Promise<void> {
    return withTimeout(
      this.connected.then(() => this.publisher.publish(this.topic, records)),
      this.timeoutMs,
      `publishing ${records.length} records to ${this.topic}`,
    );
  }

  async probe(): Promise<boolean> {
    if (!this.isConnected) return false;
    try {
      await withTimeout(this.admin.describeCluster(), PROBE_TIMEOUT_MS, 'describing the cluster');
      return true;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([this.publisher.disconnect(), this.admin.disconnect()]);
  }
}
