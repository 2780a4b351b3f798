import { maskSecrets } from '@wirestream/util';
import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';
import { kafkaSecurityOptions, type KafkaSecurity } from './kafka-security';
import { type MessagingLogger } from './logger';

export interface KafkaClientOptions {
  /** `host:port` list. */
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger: MessagingLogger;
  /** @default 10000 */
  readonly connectionTimeoutMs?: number;
  /** SASL and TLS; plaintext without authentication when absent. */
  readonly security?: KafkaSecurity;
  /** Retries of a failed request or connection, with backoff up to 10 s. @default 12 */
  readonly retries?: number;
}

/** The credentials a log line must never hold, as plain strings for masking. */
export function kafkaSecrets(security: KafkaSecurity | undefined): string[] {
  return [security?.sasl?.password.reveal(), security?.tls?.key?.reveal()].filter(
    (s): s is string => s !== undefined,
  );
}

/**
 * Routes kafkajs's own logs to our logger at warn and above (its info level is chatty), with any
 * credential masked out of their text fields: kafkajs does not log passwords today, this keeps it so.
 */
export function kafkaLogCreator(logger: MessagingLogger, secrets: readonly string[] = []): logCreator {
  const mask = (value: unknown): unknown => (typeof value === 'string' ? maskSecrets(value, secrets) : value);
  return () =>
    ({ level, log }) => {
      const { message, ...extra } = log;
      const entry = {
        kafkajs: Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, mask(value)])),
      };
      const text = String(mask(String(message)));
      if (level === logLevel.ERROR) logger.error(entry, text);
      else if (level === logLevel.WARN) logger.warn(entry, text);
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
    logCreator: kafkaLogCreator(options.logger, kafkaSecrets(options.security)),
    retry: { initialRetryTime: 200, maxRetryTime: 10_000, retries: options.retries ?? 12 },
    ...kafkaSecurityOptions(options.security),
  };
  return new Kafka(config);
}
