import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { metricsSnapshotValidator, type MetricsSnapshot } from '@wirestream/contracts';
import { EXIT, type CommandIo } from './io';
import { KAFKA_OPTIONS, kafkaFrom } from './kafka-env';
import { readTopicToEnd } from './read-topic-to-end';
import { renderTop, stageRows } from './top-view';

export const TOP_USAGE = `Usage: wire top [options]

A live view of the pipeline from pipeline.metrics: per stage, instances ready, rate, stage time
p50/p99, end-to-end p99, lag, consumed, dead letters and duplicates.

Options:
  --once             print the current view once and exit
  --json             with --once: the rows as JSON (for scripts)
  --brokers LIST     Kafka brokers (default: $KAFKA_BROKERS)
  --prefix PREFIX    topic prefix (default: $TOPIC_PREFIX or none)
  -h, --help         this help`;

function decode(value: Buffer | null): MetricsSnapshot | undefined {
  if (value === null) return undefined;
  try {
    const checked = metricsSnapshotValidator.check(JSON.parse(value.toString('utf8')));
    return checked.ok ? checked.value : undefined;
  } catch {
    return undefined;
  }
}

/** `wire top`: tails `pipeline.metrics`. */
export async function topCommand(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      once: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      ...KAFKA_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${TOP_USAGE}\n`);
    return EXIT.ok;
  }
  const { kafka, topics } = await kafkaFrom(values, env, 'wire-top');
  const topic = topics.metrics;
  if (values.once) {
    const snapshots = (await readTopicToEnd(kafka, topic))
      .map((r) => decode(r.message.value))
      .filter((s) => s !== undefined);
    const rows = stageRows(snapshots, new Date());
    io.stdout.write(values.json ? `${JSON.stringify(rows)}\n` : renderTop(rows));
    return EXIT.ok;
  }
  const latest: MetricsSnapshot[] = [];
  const consumer = kafka.consumer({ groupId: `wire-top-${randomUUID()}`, maxWaitTimeInMs: 500 });
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  process.once('SIGINT', finish);
  await consumer.connect();
  const timer = setInterval(() => {
    io.stdout.write(
      `\u001b[2J\u001b[H${new Date().toISOString()}  ${topic}\n\n${renderTop(stageRows(latest, new Date()))}`,
    );
  }, 1000);
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const snapshot = decode(message.value);
        if (snapshot) latest.push(snapshot);
        // stageRows keeps only the newest per instance; trim what it would ignore.
        if (latest.length > 10_000) latest.splice(0, latest.length - 1_000);
        return Promise.resolve();
      },
    });
    await done;
  } finally {
    clearInterval(timer);
    await consumer.disconnect();
  }
  return EXIT.ok;
}
