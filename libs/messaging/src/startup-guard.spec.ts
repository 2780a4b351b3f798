import { PipelineError } from '@wirestream/util';
import { assertSafeSettings, type ClusterFacts, type GuardedSettings, guardProblems } from './startup-guard';

const topic = { replicationFactor: 3, minInsyncReplicas: 2, maxMessageBytes: 1_048_588 };

/** A healthy three-broker cluster, as `readClusterFacts` would describe it. */
const CLUSTER: ClusterFacts = {
  brokerCount: 3,
  transactionStateLogReplicationFactor: 3,
  transactionStateLogMinIsr: 2,
  offsetsTopicReplicationFactor: 3,
  transactionMaxTimeoutMs: 900_000,
  groupMinSessionTimeoutMs: 6_000,
  groupMaxSessionTimeoutMs: 1_800_000,
  topics: { in: topic, out: topic, dlq: topic },
};

const SETTINGS: GuardedSettings = {
  exactlyOnce: true,
  readUncommitted: false,
  transactionTimeoutMs: 60_000,
  sessionTimeoutMs: 30_000,
  maxMessageBytes: 1_000_000,
  inputTopic: 'in',
  outputTopics: ['out'],
  dlqTopic: 'dlq',
};

describe('guardProblems', () => {
  it('accepts a healthy cluster with the default settings', () => {
    expect(guardProblems(SETTINGS, CLUSTER)).toEqual([]);
  });

  it('refuses a transaction log that needs more brokers than there are', () => {
    const single = { ...CLUSTER, brokerCount: 1, offsetsTopicReplicationFactor: 1 };
    expect(guardProblems(SETTINGS, single)).toEqual([
      'transaction.state.log.replication.factor is 3 but the cluster has 1 broker: transactions cannot start',
      'transaction.state.log.min.isr is 2 but the cluster has 1 broker and the log has 3 replicas: commits cannot succeed',
    ]);
    // Without transactions the transaction log does not matter.
    expect(guardProblems({ ...SETTINGS, exactlyOnce: false }, single)).toEqual([]);
  });

  it('refuses a min ISR above the transaction log replication even with brokers to spare', () => {
    const cluster = { ...CLUSTER, transactionStateLogReplicationFactor: 2, transactionStateLogMinIsr: 3 };
    expect(guardProblems(SETTINGS, cluster)).toEqual([
      'transaction.state.log.min.isr is 3 but the cluster has 3 brokers and the log has 2 replicas: commits cannot succeed',
    ]);
  });

  it('refuses a transaction timeout above the broker ceiling and a read-uncommitted input', () => {
    expect(
      guardProblems({ ...SETTINGS, transactionTimeoutMs: 900_001, readUncommitted: true }, CLUSTER),
    ).toEqual([
      "KAFKA_TRANSACTION_TIMEOUT_MS (900001) is above the broker's transaction.max.timeout.ms (900000): the producer cannot initialise",
      'EXACTLY_ONCE=true but the input is read uncommitted: records of aborted transactions would be processed',
    ]);
  });

  it('refuses offsets that cannot be stored and a session timeout the group rejects', () => {
    const cluster = { ...CLUSTER, offsetsTopicReplicationFactor: 4 };
    expect(guardProblems({ ...SETTINGS, sessionTimeoutMs: 5_000 }, cluster)).toEqual([
      'offsets.topic.replication.factor is 4 but the cluster has 3 brokers: consumer offsets cannot be stored',
      "KAFKA_SESSION_TIMEOUT_MS (5000) is outside the broker's group.min/max.session.timeout.ms (6000–1800000): the consumer cannot join",
    ]);
  });

  it('refuses a topic whose min ISR exceeds its replication, and a missing topic', () => {
    const cluster = {
      ...CLUSTER,
      topics: { in: topic, out: { ...topic, replicationFactor: 1 } },
    };
    expect(guardProblems(SETTINGS, cluster)).toEqual([
      'topic out: min.insync.replicas (2) is above its replication factor (1): every write would fail',
      'topic dlq does not exist',
    ]);
  });

  it('refuses a dead-letter topic that cannot hold the largest input plus headers', () => {
    // 1 MiB inputs do not fit Kafka's default 1048588-byte limit once error headers are added.
    expect(guardProblems({ ...SETTINGS, maxMessageBytes: 1_048_576 }, CLUSTER)).toEqual([
      "topic dlq: max.message.bytes (1048588) is below MAX_MESSAGE_BYTES (1048576) + 16384 bytes of dead-letter headers: a rejected input would not fit (lower MAX_MESSAGE_BYTES or raise the topic's limit)",
    ]);
    // 1048588 - 16384 = 1032204 is the largest that fits.
    expect(guardProblems({ ...SETTINGS, maxMessageBytes: 1_032_204 }, CLUSTER)).toEqual([]);
    expect(guardProblems({ ...SETTINGS, maxMessageBytes: 1_032_205 }, CLUSTER)).toHaveLength(1);
  });
});

describe('assertSafeSettings', () => {
  it('throws one WIRE_CONFIG_INVALID error listing every problem', () => {
    const cluster = {
      ...CLUSTER,
      brokerCount: 1,
      offsetsTopicReplicationFactor: 1,
      transactionStateLogMinIsr: 1,
    };
    let thrown: unknown;
    try {
      assertSafeSettings('dedup-worker', { ...SETTINGS, transactionTimeoutMs: 1_000_000 }, cluster);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PipelineError);
    expect((thrown as PipelineError).code).toBe('WIRE_CONFIG_INVALID');
    expect((thrown as PipelineError).message).toBe(
      [
        'dedup-worker refuses to start: these settings would break its guarantees:',
        '  - transaction.state.log.replication.factor is 3 but the cluster has 1 broker: transactions cannot start',
        "  - KAFKA_TRANSACTION_TIMEOUT_MS (1000000) is above the broker's transaction.max.timeout.ms (900000): the producer cannot initialise",
      ].join('\n'),
    );
  });
});
