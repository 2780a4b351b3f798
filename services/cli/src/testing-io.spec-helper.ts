import { PassThrough, Readable } from 'node:stream';
import { type CommandIo } from './io';

/** In-memory streams for running commands inside a test, with what they printed. */
export function memoryIo(
  stdinText = '',
  options: { tty?: boolean } = {},
): CommandIo & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: 80 });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  return {
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout,
    stderr,
    out: () => Buffer.concat(out).toString('utf8'),
    err: () => Buffer.concat(err).toString('utf8'),
  };
}
