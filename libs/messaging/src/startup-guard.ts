import { PipelineError } from '@wirestream/util';

/** What the guard needs to know about a topic, as the cluster reports it. */
export interface TopicFacts {
  readonly replicationFactor: number;
  /** Effective `min.insync.replicas` (topic override or broker default). */
  readonly minInsyncReplicas: number;
  /** Effective `max.message.bytes` (topic override or the broker's `message.max.bytes`). */
  readonly maxMessageBytes: number;
}

/** The cluster as read at start (see `readClusterFacts`), or written by hand in tests. */
export interface ClusterFacts {
  readonly brokerCount: number;
  readonly transactionStateLogReplicationFactor: number;
  readonly transactionStateLogMinIsr: number;
  readonly offsetsTopicReplicationFactor: number;
  readonly transactionMaxTimeoutMs: number;
  readonly groupMinSessionTimeoutMs: number;
  readonly groupMaxSessionTimeoutMs: number;
  /** By name; a topic the cluster does not have is absent. */
  readonly topics: Readonly<Record<string, TopicFacts>>;
}

/** The worker's own settings the rules check against the cluster. */
export interface GuardedSettings {
  readonly exactlyOnce: boolean;
  /** Whether the worker's consumer reads records of open or aborted transactions. */
  readonly readUncommitted: boolean;
  readonly transactionTimeoutMs: number;
  readonly sessionTimeoutMs: number;
  /** The worker's `MAX_MESSAGE_BYTES`. */
  readonly maxMessageBytes: number;
  readonly inputTopic: string;
  readonly outputTopics: readonly string[];
  readonly dlqTopic: string;
}

/**
 * Room a dead letter needs beyond its input's value: the error headers (message cut at 2,000
 * characters, up to 3 bytes each in UTF-8, plus origin, stage, code, attempt), the input's own key
 * and headers, and the record batch framing. Generous on purpose: being short fails a transaction
 * over and over.
 */
export const DLQ_HEADROOM_BYTES = 16 * 1024;

/**
 * Every setting that would break exactly-once delivery or leave a partition stuck, as one message
 * each; empty when the worker may start. Pure: the facts are read elsewhere.
 */
export function guardProblems(settings: GuardedSettings, cluster: ClusterFacts): string[] {
  const problems: string[] = [];
  const brokers = `the cluster has ${cluster.brokerCount} broker${cluster.brokerCount === 1 ? '' : 's'}`;
  if (settings.exactlyOnce) {
    if (cluster.transactionStateLogReplicationFactor > cluster.brokerCount) {
      problems.push(
        `transaction.state.log.replication.factor is ${cluster.transactionStateLogReplicationFactor} but ${brokers}: transactions cannot start`,
      );
    }
    if (
      cluster.transactionStateLogMinIsr >
      Math.min(cluster.brokerCount, cluster.transactionStateLogReplicationFactor)
    ) {
      problems.push(
        `transaction.state.log.min.isr is ${cluster.transactionStateLogMinIsr} but ${brokers} and the log has ${cluster.transactionStateLogReplicationFactor} replicas: commits cannot succeed`,
      );
    }
    if (settings.transactionTimeoutMs > cluster.transactionMaxTimeoutMs) {
      problems.push(
        `KAFKA_TRANSACTION_TIMEOUT_MS (${settings.transactionTimeoutMs}) is above the broker's transaction.max.timeout.ms (${cluster.transactionMaxTimeoutMs}): the producer cannot initialise`,
      );
    }
    if (settings.readUncommitted) {
      problems.push(
        `EXACTLY_ONCE=true but the input is read uncommitted: records of aborted transactions would be processed`,
      );
    }
  }
  if (cluster.offsetsTopicReplicationFactor > cluster.brokerCount) {
    problems.push(
      `offsets.topic.replication.factor is ${cluster.offsetsTopicReplicationFactor} but ${brokers}: consumer offsets cannot be stored`,
    );
  }
  if (
    settings.sessionTimeoutMs < cluster.groupMinSessionTimeoutMs ||
    settings.sessionTimeoutMs > cluster.groupMaxSessionTimeoutMs
  ) {
    problems.push(
      `KAFKA_SESSION_TIMEOUT_MS (${settings.sessionTimeoutMs}) is outside the broker's group.min/max.session.timeout.ms (${cluster.groupMinSessionTimeoutMs}–${cluster.groupMaxSessionTimeoutMs}): the consumer cannot join`,
    );
  }
  const topics = [settings.inputTopic, ...settings.outputTopics, settings.dlqTopic];
  for (const name of [...new Set(topics)]) {
    const topic = cluster.topics[name];
    if (topic === undefined) {
      problems.push(`topic ${name} does not exist`);
    } else if (topic.minInsyncReplicas > topic.replicationFactor) {
      problems.push(
        `topic ${name}: min.insync.replicas (${topic.minInsyncReplicas}) is above its replication factor (${topic.replicationFactor}): every write would fail`,
      );
    }
  }
  const dlq = cluster.topics[settings.dlqTopic];
  const needed = settings.maxMessageBytes + DLQ_HEADROOM_BYTES;
  if (dlq !== undefined && dlq.maxMessageBytes < needed) {
    problems.push(
      `topic ${settings.dlqTopic}: max.message.bytes (${dlq.maxMessageBytes}) is below MAX_MESSAGE_BYTES (${settings.maxMessageBytes}) + ${DLQ_HEADROOM_BYTES} bytes of dead-letter headers: a rejected input would not fit (lower MAX_MESSAGE_BYTES or raise the topic's limit)`,
    );
  }
  return problems;
}

/** Throws one `WIRE_CONFIG_INVALID` error listing every problem of {@link guardProblems}. */
export function assertSafeSettings(service: string, settings: GuardedSettings, cluster: ClusterFacts): void {
  const problems = guardProblems(settings, cluster);
  if (problems.length > 0) {
    throw PipelineError.nonRetryable(
      'WIRE_CONFIG_INVALID',
      `${service} refuses to start: these settings would break its guarantees:\n  - ${problems.join('\n  - ')}`,
    );
  }
}
