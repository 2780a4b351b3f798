/**
 * The distributed pipeline against its limits, all in one run on one broker and Redis, as ratios:
 * framework tax (no-op worker vs plain kafkajs hop), the four workers vs a four-hop pass-through,
 * exactly-once vs at-least-once, end-to-end latency at half the maximum rate, peak RSS per worker,
 * and two instances of the slowest worker vs one with the CPU split. Writes tmp/bench/pipeline.json.
 * Needs KAFKA_BROKERS and REDIS_URL (KAFKA_PID and REDIS_PID for the CPU split) and built workers;
 * `npm run bench -- pipeline` provides all of them. Sizes: BENCH_HOP_N, BENCH_PIPELINE_N,
 * BENCH_LATENCY_SECONDS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { topicNames } from '@wirestream/contracts';
import { createKafka, DEFAULT_CONSUMER_OPTIONS, silentLogger } from '@wirestream/messaging';
import { generateCorpus } from '../corpus';
import { measureThroughput, type MeasureContext, type Measurement } from './measure';
import { killAll, ROOT } from './processes';
import { measureLatency, type LatencyResult } from './latency';
import { type BenchInfra, type Deployment, noopWorker, passthroughHop, worker, WORKERS } from './systems';
import { fromDispatch, readTopic } from './traffic';

const int = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
};
const WARMUP = 100;
const HOP_N = int('BENCH_HOP_N', 6000);
const PIPELINE_N = int('BENCH_PIPELINE_N', 1500);
const LATENCY_SECONDS = int('BENCH_LATENCY_SECONDS', 10);
const LATENCY_MAX = 4000;
/** For development: a subset of `tax,pipeline,scaling` (skipped figures are null). */
const PHASES = new Set((process.env.BENCH_PHASES ?? 'tax,pipeline,scaling').split(','));
const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
const started = Date.now();
/** The machine's 1-minute load average when the bench started: other work skews every figure. */
const loadAtStart = loadavg()[0]!;
const log = (message: string): void => {
  process.stderr.write(`[pipeline ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run bench -- pipeline\``);
  return value;
}
const optionalPid = (name: string): number | undefined =>
  process.env[name] ? Number(process.env[name]) : undefined;

async function main(): Promise<void> {
  const infra: BenchInfra = {
    brokers: required('KAFKA_BROKERS'),
    redisUrl: required('REDIS_URL'),
    partitions: 2,
  };
  const kafka = createKafka({
    brokers: infra.brokers.split(','),
    clientId: 'pipeline-bench',
    logger: silentLogger,
  });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  const ctx: MeasureContext = {
    kafka,
    producer,
    brokerPid: optionalPid('KAFKA_PID'),
    redisPid: optionalPid('REDIS_PID'),
    log,
  };
  const corpus = generateCorpus({ count: WARMUP + Math.max(HOP_N, PIPELINE_N) + LATENCY_MAX, seed: 10 }).map(
    fromDispatch,
  );
  const bytes = corpus.reduce((n, m) => n + Buffer.byteLength(m.value), 0) / corpus.length;
  log(`corpus: ${corpus.length} dispatches, mean ${Math.round(bytes)} bytes as JSON`);
  const slices = (n: number) => ({
    warmup: corpus.slice(0, WARMUP),
    measured: corpus.slice(WARMUP, WARMUP + n),
  });
  const run = Date.now().toString(36);
  let phase = 0;
  // A phase that fails leaves its figures null; the others still count, and the exit code says so.
  const errors: string[] = [];
  const failed = (name: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    log(`${name} FAILED: ${message}`);
    errors.push(`${name}: ${message.split('\n')[0]}`);
  };
  const deploy = (label: string, exactlyOnce: boolean): Deployment => {
    const prefix = `bench-${run}-${++phase}-${label}.`;
    return { infra, prefix, topics: topicNames(prefix), exactlyOnce };
  };
  const hop = { input: 'raw', output: 'unique' } as const;
  const chain = { input: 'raw', output: 'enriched' } as const;

  // The broker's JIT compiles its hot paths during the first minute of traffic: a discarded run of
  // transactional hops first, so the first measured phase does not pay for it.
  log(`warming up the broker: two plain kafkajs hops, ${HOP_N} dispatches (not measured)`);
  try {
    const dWarm = deploy('warmup', true);
    const warmHops = [passthroughHop(dWarm, 'raw', 'unique'), passthroughHop(dWarm, 'unique', 'segmented')];
    await measureThroughput(ctx, dWarm, warmHops, { input: 'raw', output: 'segmented' }, slices(HOP_N));
  } catch (error) {
    failed('broker warm-up', error);
  }

  const tax: Partial<Record<'transactional' | 'atLeastOnce', { noop: Measurement; hop: Measurement }>> = {};
  if (PHASES.has('tax')) {
    try {
      for (const [mode, exactlyOnce] of [
        ['transactional', true],
        ['atLeastOnce', false],
      ] as const) {
        log(`framework tax, ${mode}: no-op worker, ${HOP_N} dispatches`);
        const d1 = deploy(`noop-${mode}`, exactlyOnce);
        const noop = await measureThroughput(ctx, d1, [noopWorker(d1)], hop, slices(HOP_N));
        log(`framework tax, ${mode}: plain kafkajs hop`);
        const d2 = deploy(`hop-${mode}`, exactlyOnce);
        tax[mode] = {
          noop,
          hop: await measureThroughput(ctx, d2, [passthroughHop(d2, 'raw', 'unique')], hop, slices(HOP_N)),
        };
      }
    } catch (error) {
      failed('tax', error);
    }
  }

  let eos: Measurement | undefined;
  let alo: Measurement | undefined;
  let hops: Measurement | undefined;
  let latency: LatencyResult | undefined;
  let dEos: Deployment | undefined;
  if (PHASES.has('pipeline')) {
    try {
      log(`pipeline, exactly-once: the four workers, ${PIPELINE_N} dispatches, then latency`);
      const d = (dEos = deploy('eos', true));
      eos = await measureThroughput(
        ctx,
        d,
        WORKERS.map((w) => worker(d, w.service)),
        chain,
        slices(PIPELINE_N),
        async (processes, watch, perSecond) => {
          const count = Math.min(LATENCY_MAX, Math.max(20, Math.round((perSecond / 2) * LATENCY_SECONDS)));
          const from = WARMUP + PIPELINE_N;
          const dispatches = corpus.slice(from, from + count);
          latency = await measureLatency(ctx, d, processes, watch, dispatches, perSecond / 2);
        },
      );
      log('pipeline, at-least-once: the four workers');
      const dAlo = deploy('alo', false);
      const aloWorkers = WORKERS.map((w) => worker(dAlo, w.service));
      alo = await measureThroughput(ctx, dAlo, aloWorkers, chain, slices(PIPELINE_N));
      log('pipeline baseline: four plain kafkajs hops, transactional');
      const dHops = deploy('hops', true);
      const hopProcesses = WORKERS.map((w) => passthroughHop(dHops, w.input, w.output));
      hops = await measureThroughput(ctx, dHops, hopProcesses, chain, slices(PIPELINE_N));
    } catch (error) {
      failed('pipeline', error);
    }
  }

  let scaling: { worker: string; one: Measurement; two: Measurement } | undefined;
  if (PHASES.has('scaling') && eos && dEos) {
    try {
      const measured = eos;
      // The slowest worker is the one that used the most CPU for the same dispatches.
      const cpuOf = (w: (typeof WORKERS)[number]): number => measured.cpu.processes[`${w.service}#1`] ?? 0;
      const slowest = WORKERS.reduce((a, b) => (cpuOf(b) > cpuOf(a) ? b : a));
      log(`scaling: ${slowest.service} is the slowest; copying its input`);
      const input = dEos.topics[slowest.input];
      const inputs = await readTopic(kafka, input, `${dEos.prefix}copy`, WARMUP + PIPELINE_N);
      const replay = { warmup: inputs.slice(0, WARMUP), measured: inputs.slice(WARMUP) };
      const io = { input: slowest.input, output: slowest.output };
      log(`scaling: one ${slowest.service}`);
      const d1 = deploy('one', true);
      const one = await measureThroughput(ctx, d1, [worker(d1, slowest.service)], io, replay);
      log(`scaling: two ${slowest.service}`);
      const d2 = deploy('two', true);
      const pair = [worker(d2, slowest.service, 1), worker(d2, slowest.service, 2)];
      scaling = { worker: slowest.service, one, two: await measureThroughput(ctx, d2, pair, io, replay) };
    } catch (error) {
      failed('scaling', error);
    }
  }

  const rss: Record<string, number> = {};
  for (const m of [eos, alo]) {
    for (const [name, mb] of Object.entries(m?.peakRssMb ?? {})) {
      const service = name.replace(/#\d+$/, '');
      rss[service] = Math.max(rss[service] ?? 0, mb);
    }
  }
  const ratio = (a?: Measurement, b?: Measurement): number | null =>
    a && b ? round(a.perSecond / b.perSecond) : null;
  const rate = (m?: Measurement): number | null => (m ? Math.round(m.perSecond) : null);
  const result = {
    date: new Date().toISOString(),
    errors,
    loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]!) },
    frameworkTax: ratio(tax.transactional?.noop, tax.transactional?.hop),
    frameworkTaxNote: 'no-op worker / plain kafkajs hop, both transactional (per-batch transactions)',
    frameworkTaxAtLeastOnce: ratio(tax.atLeastOnce?.noop, tax.atLeastOnce?.hop),
    pipelineVsPassthrough: ratio(eos, hops),
    eosVsAtLeastOnce: ratio(eos, alo),
    dispatchesPerSecond: rate(eos),
    p50Ms: latency?.p50Ms ?? null,
    p99Ms: latency?.p99Ms ?? null,
    commitIntervalMs: latency?.commitIntervalMs ?? null,
    maxRssMb: Object.keys(rss).length > 0 ? Math.max(...Object.values(rss)) : null,
    rssMbByWorker: rss,
    scaling2v1: ratio(scaling?.two, scaling?.one),
    slowestWorker: scaling?.worker ?? null,
    rates: {
      noopTransactional: rate(tax.transactional?.noop),
      hopTransactional: rate(tax.transactional?.hop),
      noopAtLeastOnce: rate(tax.atLeastOnce?.noop),
      hopAtLeastOnce: rate(tax.atLeastOnce?.hop),
      pipelineExactlyOnce: rate(eos),
      pipelineAtLeastOnce: rate(alo),
      fourHopPassthrough: rate(hops),
      slowestOne: rate(scaling?.one),
      slowestTwo: rate(scaling?.two),
    },
    latency: latency ?? null,
    cpu: {
      frameworkNoop: tax.transactional?.noop.cpu ?? null,
      frameworkHop: tax.transactional?.hop.cpu ?? null,
      pipelineExactlyOnce: eos?.cpu ?? null,
      pipelineAtLeastOnce: alo?.cpu ?? null,
      fourHopPassthrough: hops?.cpu ?? null,
      slowestOne: scaling?.one.cpu ?? null,
      slowestTwo: scaling?.two.cpu ?? null,
    },
    settings: {
      phases: [...PHASES],
      corpusDispatches: corpus.length,
      meanDispatchBytes: Math.round(bytes),
      warmup: WARMUP,
      hopDispatches: HOP_N,
      pipelineDispatches: PIPELINE_N,
      latencySeconds: LATENCY_SECONDS,
      partitions: infra.partitions,
      maxBatchMessages: DEFAULT_CONSUMER_OPTIONS.maxBatchMessages,
    },
  };
  const out = join(ROOT, 'tmp', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'pipeline.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote tmp/bench/pipeline.json`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  await producer.disconnect();
  if (errors.length > 0) throw new Error(`${errors.length} phase(s) failed: ${errors.join('; ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`pipeline bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    killAll();
    process.exit(1);
  },
);
