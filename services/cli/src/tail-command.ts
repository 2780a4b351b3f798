import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { TOPIC_SUFFIXES, topicKeyOfSuffix } from '@wirestream/contracts';
import { decodeHeaders } from '@wirestream/messaging';
import { EXIT, UsageError, type CommandIo } from './io';
import { KAFKA_OPTIONS, kafkaFrom } from './kafka-env';

export const TAIL_USAGE = `Usage: wire tail [options] TOPIC

Prints the records of a topic as they are committed. TOPIC is a full name or one of:
${Object.values(TOPIC_SUFFIXES).join(', ')} (prefixed with --prefix).

Options:
  --from-beginning   start at the oldest record instead of new ones
  --json             print each record value as one JSON line (for scripts)
  --max N            exit after N records
  --brokers LIST     Kafka brokers (default: $KAFKA_BROKERS)
  --prefix PREFIX    topic prefix (default: $TOPIC_PREFIX or none)
  -h, --help         this help`;

/** `wire tail`: a read-committed subscriber of one topic. */
export async function tailCommand(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'from-beginning': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      max: { type: 'string' },
      ...KAFKA_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${TAIL_USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('wire tail needs exactly one TOPIC');
  // No --max: follow the topic until Ctrl-C.
  const max = values.max === undefined ? Infinity : Number(values.max);
  if (values.max !== undefined && (!Number.isInteger(max) || max < 1))
    throw new UsageError(`--max must be a positive integer, got "${values.max}"`);
  const { kafka, topics } = await kafkaFrom(values, env, 'wire-tail');
  const wanted = positionals[0]!;
  const key = topicKeyOfSuffix(wanted);
  const topic = key === undefined ? wanted : topics[key];
  const consumer = kafka.consumer({
    groupId: `wire-tail-${randomUUID()}`,
    readUncommitted: false,
    maxWaitTimeInMs: 200,
  });
  let seen = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  process.once('SIGINT', finish);
  // Subscribing to a missing topic fails in KRaft (kafkajs #1563): wait for the workers to create it.
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) {
      io.stderr.write(
        `wire tail: ${topic} does not exist yet (workers create it when they start); waiting for it\n`,
      );
      while (!(await admin.listTopics()).includes(topic)) {
        const stop = await Promise.race([done.then(() => true), sleep(1000).then(() => false)]);
        if (stop) return EXIT.ok;
      }
    }
  } finally {
    await admin.disconnect();
  }
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: values['from-beginning'] });
    await consumer.run({
      eachMessage: ({ partition, message }) => {
        if (seen >= max) return Promise.resolve();
        seen += 1;
        const value = message.value?.toString('utf8') ?? '';
        if (values.json) io.stdout.write(`${value}\n`);
        else {
          const headers = decodeHeaders(message.headers);
          const tags = Object.entries(headers)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
          io.stdout.write(
            `${topic}[${partition}]@${message.offset} key=${message.key?.toString() ?? ''} ${tags}\n${value}\n\n`,
          );
        }
        if (seen >= max) finish();
        return Promise.resolve();
      },
    });
    await done;
  } finally {
    await consumer.disconnect();
  }
  return EXIT.ok;
}
