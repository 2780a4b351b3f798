import { HEADERS, SCHEMA_VERSION } from '@wirestream/contracts';
import { type PipelineError } from '@wirestream/util';
import { type KafkaMessage, type Message } from 'kafkajs';

/** Longest error message carried in a header; the rest is cut so a header never nears the record limit. */
const MAX_ERROR_MESSAGE = 2000;

/**
 * The dead letter of an input record: its original key, value and headers, plus headers saying
 * where it came from and why it was rejected.
 */
export function deadLetterMessage(
  source: KafkaMessage,
  origin: { topic: string; partition: number },
  stage: string,
  error: PipelineError,
  attempt: number,
): Message {
  const headers: Record<string, string | Buffer> = {};
  for (const [name, value] of Object.entries(source.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) headers[name] = first;
  }
  Object.assign(headers, {
    [HEADERS.originTopic]: origin.topic,
    [HEADERS.originPartition]: String(origin.partition),
    [HEADERS.originOffset]: source.offset,
    [HEADERS.errorStage]: stage,
    [HEADERS.errorCode]: error.code,
    [HEADERS.errorMessage]: error.message.slice(0, MAX_ERROR_MESSAGE),
    [HEADERS.attempt]: String(attempt),
    [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
  });
  // A stage bug carries where it happened, for whoever fixes the stage.
  const stack = (error.cause as { stack?: unknown } | undefined)?.stack;
  if (error.code === 'WIRE_STAGE_BUG' && typeof stack === 'string') {
    headers[HEADERS.errorStack] = stack.slice(0, MAX_ERROR_MESSAGE);
  }
  return { key: source.key, value: source.value, headers, timestamp: source.timestamp };
}
