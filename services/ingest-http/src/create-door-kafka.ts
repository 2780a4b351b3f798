import { type Logger } from '@wirestream/observability';
import { Kafka, logLevel, type logCreator } from 'kafkajs';

/** kafkajs's own warnings and errors into the service's logger (its info level is chatty). */
function logCreatorFor(logger: Logger): logCreator {
  return () =>
    ({ level, log }) => {
      const { message, ...extra } = log;
      if (level === logLevel.ERROR) logger.error({ kafkajs: extra }, String(message));
      else if (level === logLevel.WARN) logger.warn({ kafkajs: extra }, String(message));
    };
}

/**
 * The door's Kafka client. Unlike the workers' `createKafka` (which retries for minutes, since a
 * worker can wait out an outage), it gives up within about two seconds: a request waits at most the
 * publish timeout anyway, and a short attempt lets a stopping service stop at once. The sink's own
 * loop retries the connection for as long as it takes.
 */
export function createDoorKafka(brokers: readonly string[], clientId: string, logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    logLevel: logLevel.WARN,
    logCreator: logCreatorFor(logger),
    retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: 3 },
  });
}
