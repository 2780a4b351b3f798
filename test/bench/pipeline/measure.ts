import { type TopicKey } from '@wirestream/contracts';
import { provisionTopics } from '@wirestream/messaging';
import { type Kafka, type Producer } from 'kafkajs';
import { type BenchProcess, cpuSeconds, peakRssMb, withProcesses } from './processes';
import { type Deployment } from './systems';
import { type BenchMessage, OutputWatch, sendAll } from './traffic';

/** CPU seconds used during a measured window, by whom. */
export interface CpuSplit {
  readonly wallSeconds: number;
  /** Per benchmarked process, by name. */
  readonly processes: Record<string, number>;
  readonly broker: number;
  readonly redis: number;
  /** This process: the producer of the load and the read-committed watch. */
  readonly bench: number;
}

export interface Measurement {
  readonly perSecond: number;
  readonly cpu: CpuSplit;
  /** Peak RSS by process name, MiB. */
  readonly peakRssMb: Record<string, number>;
}

export interface MeasureContext {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly brokerPid: number | undefined;
  readonly redisPid: number | undefined;
  readonly log: (message: string) => void;
}

/** What runs after the throughput window, with the processes still up. */
export type AfterThroughput = (
  processes: readonly BenchProcess[],
  watch: OutputWatch,
  perSecond: number,
) => Promise<void>;

const NO_PROGRESS_MS = 60_000;
const BURSTS = 3;

function cpuNow(ctx: MeasureContext, processes: readonly BenchProcess[]): number[] {
  const self = process.cpuUsage();
  return [
    ...processes.map((p) => cpuSeconds(p.pid)),
    ctx.brokerPid === undefined ? 0 : cpuSeconds(ctx.brokerPid),
    ctx.redisPid === undefined ? 0 : cpuSeconds(ctx.redisPid),
    (self.user + self.system) / 1e6,
  ];
}

/**
 * Starts `processes` on a fresh deployment, sends `warmup` dispatches and waits for them on
 * `output` (JIT, group joins, producers' transactional ids), then sends `measured` in three
 * bursts, each as fast as the producer goes: a burst's rate is its count over the time from its
 * first send to its last arrival on `output`, read committed; the figure is the median burst.
 * The processes are stopped whatever happens.
 */
export async function measureThroughput(
  ctx: MeasureContext,
  d: Deployment,
  processes: readonly BenchProcess[],
  io: { input: TopicKey; output: TopicKey },
  messages: { warmup: readonly BenchMessage[]; measured: readonly BenchMessage[] },
  after?: AfterThroughput,
): Promise<Measurement> {
  await provisionTopics(
    ctx.kafka,
    Object.values(d.topics).map((topic) => ({ topic, numPartitions: d.infra.partitions })),
  );
  const watch = await OutputWatch.start(ctx.kafka, d.topics[io.output], `${d.prefix}watch`);
  try {
    return await withProcesses(processes, () =>
      throughput(ctx, d, processes, io, messages, watch, after).catch((error: unknown) => {
        const logs = processes.map((p) => `--- ${p.name}:\n${p.logs()}`).join('\n');
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`);
      }),
    );
  } finally {
    await watch.stop();
  }
}

async function throughput(
  ctx: MeasureContext,
  d: Deployment,
  processes: readonly BenchProcess[],
  io: { input: TopicKey; output: TopicKey },
  messages: { warmup: readonly BenchMessage[]; measured: readonly BenchMessage[] },
  watch: OutputWatch,
  after: AfterThroughput | undefined,
): Promise<Measurement> {
  ctx.log(`  started ${processes.map((p) => p.name).join(', ')}; warming up`);
  await sendAll(ctx.producer, d.topics[io.input], messages.warmup);
  await watch.reach(messages.warmup.length, NO_PROGRESS_MS);
  const cpu0 = cpuNow(ctx, processes);
  // Three bursts back to back, each timed alone: the median shrugs off a burst that another
  // process on the machine slowed down.
  const rates: number[] = [];
  let seconds = 0;
  let sent = messages.warmup.length;
  for (let burst = 0; burst < BURSTS; burst++) {
    const from = Math.floor((burst * messages.measured.length) / BURSTS);
    const slice = messages.measured.slice(
      from,
      Math.floor(((burst + 1) * messages.measured.length) / BURSTS),
    );
    const t0 = performance.now();
    await sendAll(ctx.producer, d.topics[io.input], slice);
    sent += slice.length;
    await watch.reach(sent, NO_PROGRESS_MS);
    seconds += (watch.lastAt - t0) / 1000;
    rates.push(slice.length / ((watch.lastAt - t0) / 1000));
  }
  const cpu1 = cpuNow(ctx, processes);
  const used = cpu1.map((v, i) => Math.round((v - cpu0[i]!) * 100) / 100);
  const perSecond = [...rates].sort((a, b) => a - b)[Math.floor(BURSTS / 2)]!;
  ctx.log(
    `  ${Math.round(perSecond)} dispatches/s, median of ${rates.map(Math.round).join(', ')} (${messages.measured.length} in ${seconds.toFixed(2)} s)`,
  );
  await after?.(processes, watch, perSecond);
  const n = processes.length;
  return {
    perSecond,
    cpu: {
      wallSeconds: Math.round(seconds * 100) / 100,
      processes: Object.fromEntries(processes.map((p, i) => [p.name, used[i]!])),
      broker: used[n]!,
      redis: used[n + 1]!,
      bench: used[n + 2]!,
    },
    peakRssMb: Object.fromEntries(processes.map((p) => [p.name, peakRssMb(p.pid)])),
  };
}
