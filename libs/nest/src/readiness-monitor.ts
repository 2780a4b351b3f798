/** Why a worker is not ready, or `ok`: the `reason` label of `wirestream_ready`. */
export type ReadinessReason = 'ok' | 'kafka-unreachable' | 'consumer-not-ready' | 'redis-unreachable';

export interface ReadinessChecks {
  /** One round trip to the brokers (e.g. `describeCluster`) that fails fast when none answers. */
  readonly kafka: () => Promise<void>;
  /** In the consumer group with partitions, not waiting out a failed batch. */
  readonly consumer: () => boolean;
  /** Redis answers, where the stage uses it. */
  readonly redis: () => Promise<'up' | 'down' | 'not-used'>;
}

/**
 * The worker's readiness, probed on a timer rather than inferred from traffic: an idle worker
 * whose broker went away has no failing batch to tell it, so it asks the broker itself. State
 * changes go to `onChange` (logs, metrics) and recover by themselves when the checks pass again.
 */
export class ReadinessMonitor {
  private current: ReadinessReason = 'consumer-not-ready';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly checks: ReadinessChecks,
    private readonly intervalMs: number,
    private readonly onChange: (reason: ReadinessReason) => void = () => undefined,
  ) {}

  get reason(): ReadinessReason {
    return this.current;
  }

  get ready(): boolean {
    return this.current === 'ok';
  }

  /** Runs the checks once, in order of what an operator fixes first, and records the outcome. */
  async probe(): Promise<ReadinessReason> {
    let reason: ReadinessReason = 'ok';
    try {
      await this.checks.kafka();
      if (!this.checks.consumer()) reason = 'consumer-not-ready';
      else if ((await this.checks.redis()) === 'down') reason = 'redis-unreachable';
    } catch {
      reason = 'kafka-unreachable';
    }
    if (reason !== this.current) {
      this.current = reason;
      this.onChange(reason);
    }
    return reason;
  }

  start(): void {
    void this.probe();
    this.timer = setInterval(() => void this.probe(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
