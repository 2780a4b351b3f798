import { ConfigResourceTypes, type Kafka } from 'kafkajs';
import { type ClusterFacts, type TopicFacts } from './startup-guard';

/** Kafka's own defaults, for a setting a broker does not report. */
const BROKER_DEFAULTS: Record<string, number> = {
  'transaction.state.log.replication.factor': 3,
  'transaction.state.log.min.isr': 2,
  'offsets.topic.replication.factor': 3,
  'transaction.max.timeout.ms': 900_000,
  'group.min.session.timeout.ms': 6_000,
  'group.max.session.timeout.ms': 1_800_000,
  'min.insync.replicas': 1,
  'message.max.bytes': 1_048_588,
};

type Entries = ReadonlyArray<{ configName: string; configValue: string }>;

function numberOf(entries: Entries, name: string, fallback = BROKER_DEFAULTS[name]!): number {
  const value = Number(entries.find((e) => e.configName === name)?.configValue);
  return Number.isFinite(value) ? value : fallback;
}

/**
 * Reads what the start-up guard checks: the broker count, one broker's settings (a cluster's
 * brokers share them in any sane deployment) and the effective settings and replication of
 * `topics`. Missing topics are left out.
 */
export async function readClusterFacts(kafka: Kafka, topics: readonly string[]): Promise<ClusterFacts> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    const existing = new Set(await admin.listTopics());
    const present = [...new Set(topics)].filter((t) => existing.has(t));
    const broker = String(cluster.brokers[0]?.nodeId ?? cluster.controller);
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        { type: ConfigResourceTypes.BROKER, name: broker },
        ...present.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
      ],
    });
    const entriesOf = (type: ConfigResourceTypes, name: string): Entries =>
      resources.find((r) => r.resourceType === type && r.resourceName === name)?.configEntries ?? [];
    const brokerEntries = entriesOf(ConfigResourceTypes.BROKER, broker);
    const metadata =
      present.length > 0 ? await admin.fetchTopicMetadata({ topics: present }) : { topics: [] };
    const facts: Record<string, TopicFacts> = {};
    for (const topic of metadata.topics) {
      const entries = entriesOf(ConfigResourceTypes.TOPIC, topic.name);
      facts[topic.name] = {
        // The least-replicated partition decides whether writes can meet min.insync.replicas.
        replicationFactor: Math.min(...topic.partitions.map((p) => p.replicas.length)),
        minInsyncReplicas: numberOf(
          entries,
          'min.insync.replicas',
          numberOf(brokerEntries, 'min.insync.replicas'),
        ),
        maxMessageBytes: numberOf(entries, 'max.message.bytes', numberOf(brokerEntries, 'message.max.bytes')),
      };
    }
    return {
      brokerCount: cluster.brokers.length,
      transactionStateLogReplicationFactor: numberOf(
        brokerEntries,
        'transaction.state.log.replication.factor',
      ),
      transactionStateLogMinIsr: numberOf(brokerEntries, 'transaction.state.log.min.isr'),
      offsetsTopicReplicationFactor: numberOf(brokerEntries, 'offsets.topic.replication.factor'),
      transactionMaxTimeoutMs: numberOf(brokerEntries, 'transaction.max.timeout.ms'),
      groupMinSessionTimeoutMs: numberOf(brokerEntries, 'group.min.session.timeout.ms'),
      groupMaxSessionTimeoutMs: numberOf(brokerEntries, 'group.max.session.timeout.ms'),
      topics: facts,
    };
  } finally {
    await admin.disconnect();
  }
}
