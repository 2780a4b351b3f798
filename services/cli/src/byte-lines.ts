/** One line of a byte stream; `bytes` is undefined when the line exceeded the limit. */
export interface ByteLine {
  readonly lineNo: number;
  readonly bytes: Buffer | undefined;
  readonly length: number;
}

/**
 * Splits a byte stream on `\n` without decoding it, so invalid UTF-8 and NUL bytes can be
 * reported per line, and a line over `maxBytes` is measured and skipped without being held.
 */
export async function* byteLines(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let lineNo = 1;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buffer.indexOf(0x0a, from); nl !== -1; nl = buffer.indexOf(0x0a, from)) {
      const piece = buffer.subarray(from, nl);
      length += piece.length;
      if (length <= maxBytes) parts.push(piece);
      yield { lineNo, bytes: length <= maxBytes ? stripCr(Buffer.concat(parts)) : undefined, length };
      parts = [];
      length = 0;
      lineNo += 1;
      from = nl + 1;
    }
    const rest = buffer.subarray(from);
    length += rest.length;
    if (length <= maxBytes) parts.push(Buffer.from(rest));
    else parts = [];
  }
  if (length > 0)
    yield { lineNo, bytes: length <= maxBytes ? stripCr(Buffer.concat(parts)) : undefined, length };
}

function stripCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}
