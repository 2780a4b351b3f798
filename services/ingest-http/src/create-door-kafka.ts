import {
  kafkaLogCreator,
  kafkaSecrets,
  kafkaSecurityOptions,
  type KafkaSecurity,
} from '@wirestream/messaging';
import { type Logger } from '@wirestream/observability';
import { Kafka, logLevel } from 'kafkajs';

/**
 * The door's Kafka client. Unlike the workers' `createKafka` (which retries for minutes, since a
 * worker can wait out an outage), it gives up within about two seconds: a request waits at most the
 * publish timeout anyway, and a short attempt lets a stopping service stop at once. The sink's own
 * loop retries the connection for as long as it takes.
 */
export function createDoorKafka(
  brokers: readonly string[],
  clientId: string,
  logger: Logger,
  security?: KafkaSecurity,
): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger, kafkaSecrets(security)),
    retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: 3 },
    ...kafkaSecurityOptions(security),
  });
}
