export { createKafka, kafkaLogCreator, kafkaSecrets, type KafkaClientOptions } from './kafka-client';
export {
  describeKafkaSecurity,
  kafkaSecurityOptions,
  readKafkaSecurity,
  KAFKA_SECURITY_ENV_DEFAULTS,
  SASL_MECHANISMS,
  type KafkaSecurity,
  type SaslMechanism,
} from './kafka-security';
export { isKafkaAuthError, kafkaAuthFailure } from './kafka-auth-error';
export {
  assertSafeSettings,
  guardProblems,
  DLQ_HEADROOM_BYTES,
  type ClusterFacts,
  type GuardedSettings,
  type TopicFacts,
} from './startup-guard';
export { readClusterFacts } from './cluster-facts';
export { provisionTopics, type TopicSpec } from './provision-topics';
export { decodeHeaders } from './record-headers';
export { decodeRecordValue } from './decode-record';
export { deadLetterMessage } from './dead-letter-record';
export { backoffMs } from './backoff';
export {
  type BatchContext,
  type BatchHandler,
  type ConsumedMessage,
  type InputMessage,
  MAX_CHECKPOINT_BYTES,
  type ProducedRecord,
  type RecordOutcome,
} from './consumed-message';
export {
  TransactionalConsumer,
  DEFAULT_CONSUMER_OPTIONS,
  type TransactionalConsumerOptions,
  type ConsumerStats,
  type ConsumerObserver,
} from './transactional-consumer';
export { transactionalIdOf } from './partition-claim';
export { BatchPublisher, type PublishRecord } from './publisher';
export { silentLogger, type MessagingLogger } from './logger';
