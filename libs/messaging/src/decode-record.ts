import { PipelineError } from '@wirestream/util';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a record value as UTF-8 JSON. Content problems are non-retryable PipelineErrors, so the
 * record goes to the dead-letter topic with its original bytes.
 */
export function decodeRecordValue(value: Buffer | null, maxBytes: number): unknown {
  if (value === null)
    throw PipelineError.nonRetryable('WIRE_INPUT_SCHEMA', 'record has no value (tombstone)');
  if (value.length > maxBytes) {
    throw PipelineError.nonRetryable(
      'WIRE_INPUT_TOO_LARGE',
      `record of ${value.length} bytes is over the pipeline's limit of ${maxBytes} bytes`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(value);
  } catch (cause) {
    throw PipelineError.nonRetryable('WIRE_INPUT_INVALID_UTF8', 'record value is not valid UTF-8', { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw PipelineError.nonRetryable('WIRE_INPUT_INVALID_JSON', `record value is not JSON: ${detail}`, {
      cause,
    });
  }
}
