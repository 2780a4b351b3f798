import { createKafka } from '@wirestream/messaging';
import { type Logger, type WorkerMetrics } from '@wirestream/observability';
import { ReadinessMonitor, type ReadinessReason } from './readiness-monitor';
import { type WorkerConfig } from './worker-config';

/** A worker's readiness verdict: one function read by `/health`, the metrics and the snapshots. */
export interface WorkerReadiness {
  /** The broker's and Redis's reachability as last probed; the consumer's state as it is now. */
  readonly reason: () => ReadinessReason;
  readonly start: () => void;
  readonly stop: () => Promise<void>;
}

/**
 * Probes the broker on a timer, not inferred from traffic: an idle worker has no failing batch to
 * tell it that the broker went away. Twice per session timeout, so the verdict is never a session
 * late. Each change of verdict is logged and set on `wirestream_ready`.
 */
export function createWorkerReadiness(options: {
  readonly config: WorkerConfig;
  readonly logger: Logger;
  readonly metrics: WorkerMetrics;
  readonly consumerReady: () => boolean;
  readonly redis: () => Promise<'up' | 'down' | 'not-used'>;
}): WorkerReadiness {
  const { config, logger, metrics, consumerReady } = options;
  const probeAdmin = createKafka({
    brokers: config.kafkaBrokers,
    clientId: `${config.clientId}-probe`,
    logger,
    security: config.kafkaSecurity,
    connectionTimeoutMs: 2_000,
    retries: 0,
  }).admin();
  const reason = (): ReadinessReason => {
    const probed = monitor.reason;
    if (probed === 'kafka-unreachable' || probed === 'redis-unreachable') return probed;
    return consumerReady() ? 'ok' : 'consumer-not-ready';
  };
  const monitor = new ReadinessMonitor(
    {
      kafka: async () => void (await probeAdmin.describeCluster()),
      consumer: consumerReady,
      redis: options.redis,
    },
    Math.min(5_000, Math.floor(config.sessionTimeoutMs / 2)),
    () => {
      const now = reason();
      metrics.setReady(now === 'ok', now);
      if (now === 'ok') logger.info('ready');
      else logger.warn({ reason: now }, 'not ready');
    },
  );
  return {
    reason,
    start: () => monitor.start(),
    stop: async () => {
      monitor.stop();
      await probeAdmin.disconnect().catch(() => undefined);
    },
  };
}
