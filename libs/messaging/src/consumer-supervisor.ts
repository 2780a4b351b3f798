import { type Consumer, type EachBatchPayload } from 'kafkajs';
import { type MessagingLogger } from './logger';
import { restartWaitMs } from './retry-policy';

export interface ConsumerSupervisorOptions {
  readonly consumer: Consumer;
  readonly inputTopic: string;
  readonly partitionsConsumedConcurrently: number;
  /** Handles a fetched batch; offsets are resolved and committed by it, not by kafkajs. */
  readonly eachBatch: (payload: EachBatchPayload) => Promise<void>;
  readonly logger: MessagingLogger;
}

/**
 * Keeps a kafkajs consumer running: starts and stops it, counts its group joins, and runs it
 * again after a crash kafkajs does not restart from.
 */
export class ConsumerSupervisor {
  /** Bumped at each join: partitions may have moved, so every claim is made again. */
  private joins = 0;
  private assigned = false;
  private stopping = false;
  /** Restarts since the last join, for the backoff; and the one pending, if any. */
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ConsumerSupervisorOptions) {
    const { consumer } = options;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joins += 1;
      this.restarts = 0;
      this.assigned = true;
    });
    consumer.on(consumer.events.CRASH, (event) => {
      this.assigned = false;
      options.logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
      // kafkajs restarts by itself after a retriable error only. After another (e.g. "failed to find
      // group coordinator" while the broker restarts) the worker would live on consuming nothing.
      if (!event.payload.restart) this.scheduleRestart();
    });
  }

  get generation(): number {
    return this.joins;
  }

  /** In a group and not stopping. */
  get ready(): boolean {
    return this.assigned && !this.stopping;
  }

  async start(): Promise<void> {
    await this.options.consumer.connect();
    await this.options.consumer.subscribe({ topics: [this.options.inputTopic], fromBeginning: true });
    await this.run();
  }

  /** Cancels a pending restart and leaves the group; kafkajs finishes the batch in hand first. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.options.consumer.disconnect();
  }

  private run(): Promise<void> {
    return this.options.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: this.options.eachBatch,
    });
  }

  /** Connects and runs the consumer again after a backoff (kafkajs keeps the subscription). */
  private scheduleRestart(): void {
    if (this.stopping || this.restartTimer !== undefined) return;
    const wait = restartWaitMs(this.restarts++);
    this.options.logger.warn({ retryInMs: wait }, 'restarting the consumer');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.options.consumer
        .connect()
        .then(() => this.run())
        .catch((error: unknown) => {
          this.options.logger.error({ err: error }, 'consumer restart failed');
          this.scheduleRestart();
        });
    }, wait);
  }
}
