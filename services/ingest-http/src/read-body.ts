import { type IncomingMessage } from 'node:http';
import { IngestRejection } from './ingest-rejection';

function tooLarge(maxBytes: number): IngestRejection {
  return new IngestRejection(413, 'WIRE_INPUT_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
}

/**
 * Reads a request body, refusing it (413) as soon as it passes `maxBytes`: from `Content-Length`
 * before reading anything, else while streaming, so a huge body is never buffered or parsed. The
 * rest of a refused body is drained unread (destroying the socket would lose the 413 answer).
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      cleanup();
      chunks.length = 0;
      request.resume();
      reject(tooLarge(maxBytes));
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, length));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
