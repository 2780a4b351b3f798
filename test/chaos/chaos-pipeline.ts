import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STAGE_NAMES, STAGES, type StageName, topicNames, type TopicNames } from '@wirestream/contracts';
import {
  BatchPublisher,
  createKafka,
  provisionTopics,
  silentLogger,
  type PublishRecord,
} from '@wirestream/messaging';
import { uniquePrefix, WorkerProcess } from '@wirestream/testing';
import { type Kafka } from 'kafkajs';
import { type ChaosConfig } from './chaos-config';
import { OutputLog } from './output-log';

/** One worker per stage of the registry, by stage name. */
export const WORKER_SERVICES = Object.fromEntries(
  STAGE_NAMES.map((name) => [name, STAGES[name].worker.service]),
) as Record<StageName, string>;
export type WorkerName = StageName;

/** Every worker process any scenario started, so the run can kill leftovers whatever happens. */
export const allWorkers = new Set<WorkerProcess>();

export interface PipelineOptions {
  readonly label: string;
  readonly config: ChaosConfig;
  readonly brokers: readonly string[];
  readonly redisUrl: string;
  /** Extra environment per worker (fault hooks). */
  readonly extraEnv?: Partial<Record<WorkerName, Record<string, string>>>;
}

/**
 * One scenario's pipeline: one worker per stage as separate processes on their own topic and Redis
 * prefix, a publisher on dispatch.raw and a read-committed log of the outputs.
 */
export class ChaosPipeline {
  readonly topics: TopicNames;
  readonly kafka: Kafka;
  readonly workers: Record<WorkerName, WorkerProcess>;
  readonly env: Record<string, string>;
  private readonly processes: WorkerProcess[] = [];
  private readonly written = new Map<WorkerProcess, number>();
  private readonly logDir: string;
  private readonly flusher: NodeJS.Timeout;
  private publisher: BatchPublisher | undefined;
  private outputLog: OutputLog | undefined;

  constructor(private readonly options: PipelineOptions) {
    const prefix = uniquePrefix(`chaos-${options.label}`);
    this.topics = topicNames(prefix);
    this.kafka = createKafka({ brokers: options.brokers, clientId: 'chaos', logger: silentLogger });
    const { config } = options;
    this.env = {
      KAFKA_BROKERS: options.brokers.join(','),
      REDIS_URL: options.redisUrl,
      TOPIC_PREFIX: prefix,
      REDIS_KEY_PREFIX: prefix,
      TOPIC_PARTITIONS: String(config.partitions),
      KAFKA_SESSION_TIMEOUT_MS: String(config.sessionTimeoutMs),
      KAFKA_HEARTBEAT_INTERVAL_MS: String(config.heartbeatIntervalMs),
      KAFKA_TRANSACTION_TIMEOUT_MS: String(config.transactionTimeoutMs),
      MAX_MESSAGE_BYTES: String(config.maxMessageBytes),
      // Debug: the transport's claim and commit lines, for a post-mortem of a failed row.
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      METRICS_INTERVAL_MS: '5000',
    };
    this.logDir = join(
      __dirname,
      '..',
      '..',
      'tmp',
      'chaos',
      'logs',
      `${options.label}-${prefix.slice(-9, -1)}`,
    );
    mkdirSync(this.logDir, { recursive: true });
    this.flusher = setInterval(() => this.flushLogs(), 2000);
    this.workers = Object.fromEntries(STAGE_NAMES.map((name) => [name, this.worker(name)])) as Record<
      WorkerName,
      WorkerProcess
    >;
  }

  /** A process of `name` (another instance joins the same group). */
  worker(name: WorkerName, extraEnv: Record<string, string> = {}): WorkerProcess {
    const process = new WorkerProcess(WORKER_SERVICES[name], {
      ...this.env,
      ...this.options.extraEnv?.[name],
      ...extraEnv,
    });
    allWorkers.add(process);
    this.processes.push(process);
    return process;
  }

  get log(): OutputLog {
    return this.outputLog!;
  }

  async start(): Promise<void> {
    await provisionTopics(
      this.kafka,
      Object.values(this.topics).map((topic) => ({ topic, numPartitions: this.options.config.partitions })),
    );
    this.publisher = new BatchPublisher(this.kafka);
    await this.publisher.connect();
    this.outputLog = await OutputLog.start(this.kafka, [
      this.topics.enriched,
      this.topics.dlq,
      this.topics.duplicates,
    ]);
    await Promise.all(Object.values(this.workers).map((w) => w.start(120_000)));
  }

  /** Publishes in batches of 500 (one broker request each) to dispatch.raw. */
  async publish(records: readonly PublishRecord[]): Promise<void> {
    for (let from = 0; from < records.length; from += 500)
      await this.publisher!.publish(this.topics.raw, records.slice(from, from + 500));
  }

  /** Appends new worker log lines to tmp/chaos/logs/<label>-<id>/, for a post-mortem. */
  private flushLogs(): void {
    this.processes.forEach((w, i) => {
      const from = this.written.get(w) ?? 0;
      if (w.logs.length === from) return;
      appendFileSync(join(this.logDir, `${i}-${w.service}.log`), `${w.logs.slice(from).join('\n')}\n`);
      this.written.set(w, w.logs.length);
    });
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.processes.filter((w) => w.running).map((w) => w.stop('SIGKILL')));
    await Promise.allSettled([this.outputLog?.stop(), this.publisher?.disconnect()]);
    clearInterval(this.flusher);
    this.flushLogs();
  }
}
