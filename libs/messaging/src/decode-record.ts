import { isUtf8 } from 'node:buffer';
import { PipelineError } from '@wirestream/util';

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
  // isUtf8 (simdutf) then toString: about 1.5× faster than a fatal TextDecoder on a 20 KB record.
  if (!isUtf8(value))
    throw PipelineError.nonRetryable('WIRE_INPUT_INVALID_UTF8', 'record value is not valid UTF-8');
  // A leading byte-order mark is not JSON; TextDecoder used to drop it, so this does too.
  const bom = value[0] === 0xef && value[1] === 0xbb && value[2] === 0xbf;
  const text = value.toString('utf8', bom ? 3 : 0);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw PipelineError.nonRetryable('WIRE_INPUT_INVALID_JSON', `record value is not JSON: ${detail}`, {
      cause,
    });
  }
}
