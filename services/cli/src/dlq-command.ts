import { parseArgs } from 'node:util';
import { HEADERS } from '@wirestream/contracts';
import { decodeHeaders } from '@wirestream/messaging';
import { type IHeaders } from 'kafkajs';
import { EXIT, UsageError, type CommandIo } from './io';
import { KAFKA_OPTIONS, kafkaFrom } from './kafka-env';
import { readTopicToEnd, type TopicRecord } from './read-topic-to-end';

export const DLQ_USAGE = `Usage: wire dlq [options]

Lists the dead letters on dispatch.dlq with their reasons, or re-drives chosen ones to the topic
they came from (after the cause is fixed: a worker bug, a raised size limit).

Options:
  --json               one JSON object per dead letter instead of a table
  --code CODE          only dead letters with this error code (e.g. WIRE_INPUT_SCHEMA)
  --redrive P@O,...    re-publish these dead letters (partition@offset in dispatch.dlq)
  --redrive-all        re-publish every listed dead letter (after --code filtering)
  --brokers LIST       Kafka brokers (default: $KAFKA_BROKERS)
  --prefix PREFIX      topic prefix (default: $TOPIC_PREFIX or none)
  -h, --help           this help`;

const ERROR_HEADERS = new Set<string>([
  HEADERS.originTopic,
  HEADERS.originPartition,
  HEADERS.originOffset,
  HEADERS.errorStage,
  HEADERS.errorCode,
  HEADERS.errorMessage,
  HEADERS.attempt,
]);

/** `wire dlq`: list and re-drive dead letters. */
export async function dlqCommand(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      code: { type: 'string' },
      redrive: { type: 'string' },
      'redrive-all': { type: 'boolean', default: false },
      ...KAFKA_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${DLQ_USAGE}\n`);
    return EXIT.ok;
  }
  const chosen = values.redrive?.split(',').map((s) => s.trim());
  if (chosen?.some((c) => !/^\d+@\d+$/.test(c)))
    throw new UsageError('--redrive takes partition@offset[,partition@offset]');
  const { kafka, topics } = await kafkaFrom(values, env, 'wire-dlq');
  const dlq = topics.dlq;
  const letters = (await readTopicToEnd(kafka, dlq)).filter(
    (r) => values.code === undefined || decodeHeaders(r.message.headers)[HEADERS.errorCode] === values.code,
  );
  if (chosen === undefined && !values['redrive-all']) {
    for (const letter of letters)
      io.stdout.write(`${values.json ? JSON.stringify(describe(letter)) : row(letter)}\n`);
    io.stderr.write(`wire: ${letters.length} dead letters on ${dlq}\n`);
    return EXIT.ok;
  }
  const selected = values['redrive-all']
    ? letters
    : letters.filter((l) => chosen!.includes(`${l.partition}@${l.message.offset}`));
  const missing = (chosen ?? []).filter(
    (c) => !selected.some((l) => `${l.partition}@${l.message.offset}` === c),
  );
  for (const m of missing) io.stderr.write(`wire: no dead letter at ${m} on ${dlq}\n`);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (const letter of selected) {
      const headers = decodeHeaders(letter.message.headers);
      const kept: IHeaders = {};
      for (const [k, v] of Object.entries(headers)) if (!ERROR_HEADERS.has(k)) kept[k] = v;
      kept[HEADERS.attempt] = String(Number(headers[HEADERS.attempt] ?? '1') + 1);
      const topic = headers[HEADERS.originTopic];
      if (topic === undefined) {
        io.stderr.write(`wire: ${letter.partition}@${letter.message.offset} has no origin topic; skipped\n`);
        continue;
      }
      await producer.send({
        topic,
        messages: [{ key: letter.message.key, value: letter.message.value, headers: kept }],
      });
      io.stderr.write(`wire: re-drove ${letter.partition}@${letter.message.offset} to ${topic}\n`);
    }
  } finally {
    await producer.disconnect();
  }
  return missing.length > 0 ? EXIT.badInput : EXIT.ok;
}

function describe(letter: TopicRecord) {
  const h = decodeHeaders(letter.message.headers);
  return {
    dlq: `${letter.partition}@${letter.message.offset}`,
    key: letter.message.key?.toString('utf8') ?? null,
    origin: `${h[HEADERS.originTopic]}[${h[HEADERS.originPartition]}]@${h[HEADERS.originOffset]}`,
    stage: h[HEADERS.errorStage],
    code: h[HEADERS.errorCode],
    message: h[HEADERS.errorMessage],
    attempt: Number(h[HEADERS.attempt] ?? '1'),
    bytes: letter.message.value?.length ?? 0,
  };
}

function row(letter: TopicRecord): string {
  const d = describe(letter);
  return `${d.dlq}\t${d.origin}\t${d.stage}\t${d.code}\t${d.message}`;
}
