import { PipelineError } from '@wirestream/util';
import { formatBytes } from './size';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes that must be text: NUL bytes mean binary data, and invalid UTF-8 is refused
 * rather than silently replaced, so a wrong encoding is reported instead of mangled.
 */
export function decodeText(bytes: Uint8Array, location: string): string {
  if (bytes.includes(0)) {
    throw PipelineError.nonRetryable('WIRE_INPUT_BINARY', 'binary data (NUL bytes), expected UTF-8 text', {
      location,
    });
  }
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw PipelineError.nonRetryable('WIRE_INPUT_INVALID_UTF8', 'not valid UTF-8 text', { location, cause });
  }
}

/** Parses one JSON document, naming the position of a syntax error. */
export function parseJson(text: string, location: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw PipelineError.nonRetryable('WIRE_INPUT_INVALID_JSON', `invalid JSON: ${detail}`, {
      location,
      cause,
    });
  }
}

export function tooLarge(size: number, maxBytes: number, location: string): PipelineError {
  return PipelineError.nonRetryable(
    'WIRE_INPUT_TOO_LARGE',
    `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
    { location },
  );
}
