import 'reflect-metadata';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { topicNames } from '@wirestream/contracts';
import { PinoNestLogger } from '@wirestream/nest';
import { createLogger, type Logger } from '@wirestream/observability';
import { type IngestHttpConfig } from './config';
import { createDoorKafka } from './create-door-kafka';
import { IngestHttpModule } from './ingest-http.module';
import { IngestMetrics } from './ingest-metrics';
import { KafkaDispatchSink } from './kafka-dispatch-sink';

export interface RunningIngestHttp {
  readonly app: INestApplication;
  readonly logger: Logger;
  /** The port it listens on (useful with `HTTP_PORT=0`). */
  readonly port: number;
  /** Closes the HTTP server, then the Kafka connections. */
  close(): Promise<void>;
}

/**
 * Starts the door: Kafka in the background (503 until it answers), HTTP at once. Nest's body
 * parsers are off: the service reads the raw body itself, to enforce the size limit first.
 */
export async function startIngestHttp(
  config: IngestHttpConfig,
  deps: { readonly logger?: Logger; readonly shutdownSignals?: boolean } = {},
): Promise<RunningIngestHttp> {
  const logger =
    deps.logger ??
    createLogger({
      service: config.service,
      version: '0.1.0',
      level: config.logLevel,
      ...(config.logFormat === undefined ? {} : { format: config.logFormat }),
    });
  const kafka = createDoorKafka(config.kafkaBrokers, config.service, logger, config.kafkaSecurity);
  const topic = topicNames(config.topicPrefix).raw;
  const sink = new KafkaDispatchSink(kafka, topic, config.publishTimeoutMs, logger);
  const module = IngestHttpModule.forRoot({ config, sink, metrics: new IngestMetrics(), logger });
  const app = await NestFactory.create(module, { bodyParser: false, bufferLogs: true });
  app.useLogger(new PinoNestLogger(logger));
  (app.getHttpAdapter().getInstance() as { disable(setting: string): void }).disable('x-powered-by');
  await app.listen(config.httpPort, config.httpHost);
  const port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
  // The workers' start-up line (same message, `httpPort`), so the tools that wait for it work here too.
  logger.info({ httpPort: port, topic, agencies: [...new Set(config.tokens.values())] }, 'worker started');
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      await app.close();
      await sink.stop();
    })();
    return closed;
  };
  if (deps.shutdownSignals ?? false) {
    // HTTP first (in-flight posts finish publishing), then Kafka.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'ingest-http stopping');
        void close().then(() => process.exit(0));
      });
    }
  }
  return { app, logger, port, close };
}
