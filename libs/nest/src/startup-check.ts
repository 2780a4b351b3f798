import { type TopicNames } from '@wirestream/contracts';
import { assertSafeSettings, describeKafkaSecurity, readClusterFacts } from '@wirestream/messaging';
import { type Logger } from '@wirestream/observability';
import { type Kafka } from 'kafkajs';
import { type WorkerConfig } from './worker-config';

/**
 * The start-up guard's wiring: reads the cluster's settings once the topics exist and refuses to
 * start (one error, every problem) on any that would break the worker's guarantees.
 */
export async function checkStartup(
  kafka: Kafka,
  config: WorkerConfig,
  topics: TopicNames,
  inputTopic: string,
  logger: Logger,
): Promise<void> {
  const security = config.kafkaSecurity;
  if (security.sasl?.mechanism === 'plain' && security.tls === undefined) {
    logger.warn(
      'SASL PLAIN without TLS sends the Kafka password in clear: set KAFKA_TLS=true outside a test',
    );
  }
  if (!config.startupGuard) {
    logger.warn('STARTUP_GUARD=false: the cluster settings are not checked');
    return;
  }
  const all = Object.values(topics);
  const cluster = await readClusterFacts(kafka, all);
  assertSafeSettings(
    config.service,
    {
      exactlyOnce: config.exactlyOnce,
      // TransactionalConsumer always reads committed records only.
      readUncommitted: false,
      transactionTimeoutMs: config.transactionTimeoutMs,
      sessionTimeoutMs: config.sessionTimeoutMs,
      maxMessageBytes: config.maxMessageBytes,
      inputTopic,
      outputTopics: all,
      dlqTopic: topics.dlq,
    },
    cluster,
  );
  logger.info(
    { brokers: cluster.brokerCount, kafka: describeKafkaSecurity(security) },
    'start-up guard passed',
  );
}
