export { createKafka, type KafkaClientOptions } from './kafka-client';
export { provisionTopics, type TopicSpec } from './provision-topics';
export { decodeHeaders } from './record-headers';
export { decodeRecordValue } from './decode-record';
export { deadLetterMessage } from './dead-letter-record';
export { backoffMs } from './backoff';
export type { BatchHandler, ConsumedMessage, ProducedRecord, RecordOutcome } from './consumed-message';
export {
  TransactionalConsumer,
  DEFAULT_CONSUMER_OPTIONS,
  type TransactionalConsumerOptions,
  type ConsumerStats,
  type ConsumerObserver,
} from './transactional-consumer';
export { BatchPublisher, type PublishRecord } from './publisher';
export { silentLogger, type MessagingLogger } from './logger';
