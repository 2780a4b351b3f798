import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { HEADERS, parseRawDispatch } from '@wirestream/contracts';
import { BatchPublisher, provisionTopics, type PublishRecord } from '@wirestream/messaging';
import { dispatchIdFor } from '@wirestream/pipeline';
import { toPipelineError } from '@wirestream/util';
import { EXIT, UsageError, type CommandIo } from './io';
import { KAFKA_OPTIONS, kafkaFrom } from './kafka-env';
import { Progress } from './progress';
import { expandPaths, readInputs } from './read-inputs';
import { DEFAULT_MAX_BYTES } from './run-command';
import { parseByteSize } from './size';

export const PUBLISH_USAGE = `Usage: wire publish [options] PATH... | -

Publishes dispatches (same inputs as wire run) onto dispatch.raw, keyed by story, for the
distributed pipeline. Envelopes are validated first; an invalid one is reported and not sent.

Options:
  --brokers LIST     Kafka brokers (default: $KAFKA_BROKERS)
  --prefix PREFIX    topic prefix (default: $TOPIC_PREFIX or none)
  --agency NAME      agency of envelopes that name none (default: file)
  --max-bytes SIZE   largest file or line accepted (default 1MiB)
  -h, --help         this help`;

const BATCH = 200;

/** `wire publish`: an agency's feed onto `dispatch.raw`. */
export async function publishCommand(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...KAFKA_OPTIONS,
      agency: { type: 'string', default: 'file' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${PUBLISH_USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('wire publish needs at least one PATH or - for stdin');
  const { kafka, topics } = await kafkaFrom(values, env, 'wire-publish');
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-bytes']);
  const topic = topics.raw;
  await provisionTopics(kafka, [{ topic }]);
  const publisher = new BatchPublisher(kafka);
  await publisher.connect();
  const sources = await expandPaths(positionals);
  const progress = new Progress(
    io.stderr,
    sources.every((s) => s.size !== undefined) ? sources.reduce((n, s) => n + (s.size ?? 0), 0) : undefined,
  );
  let sent = 0;
  let rejected = 0;
  let pending: PublishRecord[] = [];
  const flush = async () => {
    await publisher.publish(topic, pending);
    sent += pending.length;
    pending = [];
  };
  try {
    for await (const item of readInputs(sources, { maxBytes, stdin: io.stdin as AsyncIterable<Buffer> })) {
      progress.advance(item.bytes, 1);
      try {
        if ('error' in item) throw item.error;
        const raw = parseRawDispatch(item.value);
        const agency = raw.agency ?? values.agency;
        const id = raw.id ?? dispatchIdFor(agency, raw.body);
        const storyId = raw.storyId ?? id;
        pending.push({
          key: storyId,
          value: JSON.stringify({ ...raw, id, agency }),
          // A trace id per dispatch: every stage copies it to its outputs and logs it.
          headers: { [HEADERS.dispatchId]: id, [HEADERS.storyId]: storyId, [HEADERS.traceId]: randomUUID() },
        });
        if (pending.length >= BATCH) await flush();
      } catch (error) {
        rejected += 1;
        const e = toPipelineError(error);
        io.stderr.write(`wire: ${item.source}: rejected: ${e.message} [${e.code}]\n`);
      }
    }
    await flush();
  } finally {
    progress.finish();
    await publisher.disconnect();
  }
  io.stderr.write(`wire: published ${sent} dispatches to ${topic}, ${rejected} rejected\n`);
  return rejected > 0 ? EXIT.badInput : EXIT.ok;
}
