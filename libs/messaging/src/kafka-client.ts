import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';
import { type MessagingLogger } from './logger';

export interface KafkaClientOptions {
  /** `host:port` list. */
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger: MessagingLogger;
  /** @default 10000 */
  readonly connectionTimeoutMs?: number;
}

/** Routes kafkajs's own logs to our logger at warn and above (its info level is chatty). */
function logCreatorFor(logger: MessagingLogger): logCreator {
  return () =>
    ({ level, log }) => {
      const { message, ...extra } = log;
      const entry = { kafkajs: extra };
      if (level === logLevel.ERROR) logger.error(entry, String(message));
      else if (level === logLevel.WARN) logger.warn(entry, String(message));
    };
}

/**
 * A kafkajs client that retries connection problems for a long time: an outage of the broker is
 * not bad input, so workers wait for it rather than crash.
 */
export function createKafka(options: KafkaClientOptions): Kafka {
  const config: KafkaConfig = {
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    logLevel: logLevel.WARN,
    logCreator: logCreatorFor(options.logger),
    retry: { initialRetryTime: 200, maxRetryTime: 10_000, retries: 12 },
  };
  return new Kafka(config);
}
