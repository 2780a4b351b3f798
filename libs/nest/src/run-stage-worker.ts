import 'reflect-metadata';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { STAGES, TOPIC_KEYS, TOPIC_SUFFIXES, TOPICS, topicNames } from '@wirestream/contracts';
import { type DedupStore } from '@wirestream/dedup';
import {
  backoffMs,
  createKafka,
  describeKafkaSecurity,
  isKafkaAuthError,
  kafkaAuthFailure,
  provisionTopics,
} from '@wirestream/messaging';
import { createLogger, type Logger, WorkerMetrics } from '@wirestream/observability';
import { createStage, type StageHandler, type StageName } from '@wirestream/pipeline';
import { KafkaStageServer } from './kafka-stage.server';
import { MetricsPublisher } from './metrics-publisher';
import { PinoNestLogger } from './pino-nest-logger';
import { StageRunner } from './stage-runner';
import { checkStartup } from './startup-check';
import { StageWorkerModule } from './stage-worker.module';
import { loadStageWorkerConfig, type WorkerConfig } from './worker-config';
import { createWorkerReadiness } from './worker-readiness';
import { WorkerProbes } from './worker-probes';

export interface StageWorkerDeps {
  /** The dedup worker's shared state (Redis); other stages need none. */
  readonly dedupStore?: DedupStore;
  readonly logger?: Logger;
  /** Called once the transport has stopped, to close other connections. */
  readonly onShutdown?: () => Promise<void>;
  /** The worker's metrics, when the caller wires them elsewhere too (e.g. Redis call latency). */
  readonly metrics?: WorkerMetrics;
  /** Readiness of Redis, for the dedup worker. */
  readonly redisProbe?: () => Promise<'up' | 'down'>;
  /** A stage to run instead of the named one's (the benchmarks' no-op stage). */
  readonly handler?: StageHandler;
}

export interface RunningWorker {
  readonly app: INestApplication;
  readonly server: KafkaStageServer;
  readonly logger: Logger;
  readonly metrics: WorkerMetrics;
  /** The port `/metrics` and `/health` listen on. */
  readonly httpPort: number;
}

/**
 * Starts one stage as a Nest microservice on the exactly-once transport: provisions the topics
 * (waiting for the broker however long it takes), builds the stage with the shared wiring of
 * `@wirestream/pipeline`, and closes gracefully on SIGTERM/SIGINT.
 */
export async function runStageWorker(
  config: WorkerConfig,
  stage: StageName,
  deps: StageWorkerDeps = {},
): Promise<RunningWorker> {
  const logger =
    deps.logger ??
    createLogger({
      service: config.service,
      version: '0.1.0',
      level: config.logLevel,
      ...(config.logFormat === undefined ? {} : { format: config.logFormat }),
    });
  const kafka = createKafka({
    brokers: config.kafkaBrokers,
    clientId: config.clientId,
    logger,
    security: config.kafkaSecurity,
  });
  const topics = topicNames(config.topicPrefix);
  await provisionWithRetry(
    logger,
    () =>
      provisionTopics(
        kafka,
        TOPIC_KEYS.map((key) => ({
          topic: topics[key],
          numPartitions: TOPICS[key].settings.partitions ?? config.topicPartitions,
          cleanupPolicy: TOPICS[key].settings.cleanupPolicy,
          ...(TOPICS[key].settings.retentionMs === undefined
            ? {}
            : { retentionMs: TOPICS[key].settings.retentionMs }),
        })),
      ),
    describeKafkaSecurity(config.kafkaSecurity),
  );
  const definition = STAGES[stage];
  if (definition.worker.needsRedis && deps.dedupStore === undefined && deps.handler === undefined)
    throw new Error(`the ${definition.worker.service} needs a dedup store`);
  const handler =
    deps.handler ??
    (await createStage(stage, {
      dedupStore: deps.dedupStore ?? missingStore,
    }));
  await checkStartup(kafka, config, topics, topics[definition.input], logger);
  const pattern = TOPIC_SUFFIXES[definition.input];
  const metrics = deps.metrics ?? new WorkerMetrics(config.service, stage);
  const server = new KafkaStageServer({
    kafka,
    pattern,
    groupId: config.groupId,
    inputTopic: topics[definition.input],
    dlqTopic: topics.dlq,
    stage,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    sessionTimeoutMs: config.sessionTimeoutMs,
    heartbeatIntervalMs: config.heartbeatIntervalMs,
    transactionTimeoutMs: config.transactionTimeoutMs,
    maxBatchMessages: config.batchMaxMessages,
    partitionsConsumedConcurrently: config.partitionsConcurrency,
    exactlyOnce: config.exactlyOnce,
    recoverCheckpoints: handler.usesCheckpoints === true,
    observer: metrics,
  });
  const redisProbe = deps.redisProbe ?? (() => Promise.resolve('not-used' as const));
  const readiness = createWorkerReadiness({
    config,
    logger,
    metrics,
    consumerReady: () => server.ready,
    redis: redisProbe,
  });
  const publisher = new MetricsPublisher(
    kafka,
    topics.metrics,
    metrics,
    () => {
      const reason = readiness.reason();
      return { ready: reason === 'ok', reason };
    },
    config.metricsIntervalMs,
    logger,
  );
  const module = StageWorkerModule.forStage({
    runner: new StageRunner(handler, topics, metrics),
    pattern,
    metrics,
    probes: new WorkerProbes(readiness.reason, redisProbe),
    onShutdown: async () => {
      await readiness.stop();
      await publisher.stop();
      await deps.onShutdown?.();
    },
  });
  // A hybrid app: the stage runs on the Kafka transport, /health and /metrics on HTTP.
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(new PinoNestLogger(logger));
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.startAllMicroservices();
  await app.listen(config.httpPort, config.httpHost);
  const httpPort = ((app.getHttpServer() as Server).address() as AddressInfo).port;
  await publisher.start();
  readiness.start();
  logger.info(
    {
      stage,
      input: topics[definition.input],
      groupId: config.groupId,
      exactlyOnce: config.exactlyOnce,
      httpPort,
    },
    'worker started',
  );
  return { app, server, logger, metrics, httpPort };
}

const missingStore: DedupStore = {
  claim: () => Promise.reject(new Error('no dedup store in this worker')),
  resolve: () => Promise.reject(new Error('no dedup store in this worker')),
  settle: () => Promise.reject(new Error('no dedup store in this worker')),
};

async function provisionWithRetry(
  logger: Logger,
  provision: () => Promise<string[]>,
  security: string,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await provision();
      if (created.length > 0) logger.info({ created }, 'topics created');
      return;
    } catch (error) {
      // A refused login or certificate does not heal with time: stop with the reason.
      if (isKafkaAuthError(error)) throw kafkaAuthFailure(error as Error, security);
      const wait = backoffMs(attempt);
      logger.warn({ err: error, retryInMs: wait }, 'cannot provision topics yet; is the broker up?');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * The whole `main` of a stage worker that needs nothing but its stage: reads the environment
 * through the registry's worker defaults, starts, and exits 1 with the reason if it cannot.
 */
export function startStageWorker(stage: StageName): void {
  Promise.resolve()
    .then(() => runStageWorker(loadStageWorkerConfig(process.env, stage), stage))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
