import { inputError } from './input-error';
import { type DispatchFormat } from './parsed-dispatch';

/** Bounds on what a parser accepts, so a hostile input costs bounded time and memory. */
export interface IngestLimits {
  /**
   * Largest input, in UTF-8 bytes.
   * @default 5 MiB (5_242_880)
   */
  readonly maxBytes: number;
  /**
   * Deepest element nesting accepted in XML and HTML (ninjs `body_html` included). JSON nesting is left
   * to `JSON.parse`, since only known top-level fields are read. Keep it under ~2,000: the text walk
   * recurses once per level.
   * @default 200
   */
  readonly maxDepth: number;
}

/** The limits {@link parseDispatch} applies unless told otherwise. */
export const DEFAULT_INGEST_LIMITS: IngestLimits = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 200,
});

/** UTF-8 length of `text`, counted without `Buffer` or `TextEncoder` (neither exists in a pure lib). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses input over `limits.maxBytes` before any parsing work. */
export function checkSize(text: string, limits: IngestLimits, format?: DispatchFormat): void {
  if (text.length > limits.maxBytes || utf8Length(text) > limits.maxBytes) {
    throw inputError(format, 'WIRE_INPUT_TOO_LARGE', `the input is larger than ${limits.maxBytes} bytes`);
  }
}
