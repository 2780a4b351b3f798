import { join } from 'node:path';
import { isDispatchTopic, STAGE_NAMES, STAGES, type TopicKey, type TopicNames } from '@wirestream/contracts';
import { BenchProcess } from './processes';

/**
 * The workers of the dispatch chain in flow order (from the stage registry), with the topic each
 * reads and the dispatch topic it writes, which the next reads.
 */
export const WORKERS = STAGE_NAMES.flatMap((name) => {
  const { input, outputs, worker: defaults } = STAGES[name];
  const output = (outputs as readonly TopicKey[]).find(isDispatchTopic);
  return output === undefined ? [] : [{ service: defaults.service, input, output }];
});

export type WorkerService = string;

export interface BenchInfra {
  readonly brokers: string;
  readonly redisUrl: string;
  readonly partitions: number;
}

/** A deployment of one phase: its topic prefix doubles as group, transactional-id and Redis prefix. */
export interface Deployment {
  readonly infra: BenchInfra;
  readonly prefix: string;
  readonly topics: TopicNames;
  readonly exactlyOnce: boolean;
}

const TSX = ['--import', 'tsx'];
/** Extra node flags for every benchmarked process, e.g. `--cpu-prof --cpu-prof-dir=tmp/prof` to profile. */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

function workerEnv(d: Deployment, service: string): Record<string, string> {
  return {
    KAFKA_BROKERS: d.infra.brokers,
    REDIS_URL: d.infra.redisUrl,
    TOPIC_PREFIX: d.prefix,
    REDIS_KEY_PREFIX: d.prefix,
    KAFKA_GROUP_ID: `${d.prefix}${service}`,
    KAFKA_CLIENT_ID: service,
    TOPIC_PARTITIONS: String(d.infra.partitions),
    EXACTLY_ONCE: String(d.exactlyOnce),
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
}

/** A real worker, from its compiled entry point as deployed. */
export function worker(d: Deployment, service: WorkerService, instance = 1): BenchProcess {
  return new BenchProcess(
    `${service}#${instance}`,
    [...NODE_ARGS, join('services', service, 'dist', 'main.js')],
    workerEnv(d, service),
    '"worker started"',
  );
}

/** The project's transport around a stage that does nothing (dispatch.raw → dispatch.unique). */
export function noopWorker(d: Deployment): BenchProcess {
  return new BenchProcess(
    'noop-worker',
    [...NODE_ARGS, ...TSX, join(__dirname, 'noop-worker.ts')],
    workerEnv(d, 'noop-worker'),
    '"worker started"',
  );
}

/** One plain kafkajs consume → produce hop. */
export function passthroughHop(d: Deployment, from: TopicKey, to: TopicKey): BenchProcess {
  return new BenchProcess(
    `passthrough ${from}→${to}`,
    [...NODE_ARGS, ...TSX, join(__dirname, 'passthrough-hop.ts')],
    {
      KAFKA_BROKERS: d.infra.brokers,
      PT_FROM: d.topics[from],
      PT_TO: d.topics[to],
      PT_GROUP: `${d.prefix}passthrough-${from}`,
      PT_EXACTLY_ONCE: String(d.exactlyOnce),
    },
    'passthrough started',
  );
}

/** The committed-transaction count of a worker, from its Prometheus `/metrics`. */
export async function commitsOf(p: BenchProcess): Promise<number> {
  const { httpPort } = JSON.parse(p.readyText) as { httpPort: number };
  const text = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
  let commits = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('wirestream_transactions_total{') && line.includes('outcome="commit"')) {
      commits += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return commits;
}
