import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseDispatch, parseNinjs, sniffJson } from '@wirestream/ingest';
import { PipelineError, toPipelineError } from '@wirestream/util';
import { byteLines } from './byte-lines';
import { decodeText, parseJson, tooLarge } from './decode-input';

/** A decoded input ready for the pipeline, or the reason it could not be read. */
export type InputItem =
  | { readonly source: string; readonly value: unknown; readonly bytes: number }
  | { readonly source: string; readonly error: PipelineError; readonly bytes: number };

/** Plain text, our JSON envelopes (or ninjs), and the agency formats of `@wirestream/ingest`. */
export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.json',
  '.jsonl',
  '.xml',
  '.nitf',
  '.newsml',
  '.html',
  '.htm',
  '.xhtml',
] as const;

const DOCUMENT_EXTENSIONS = new Set(['.xml', '.nitf', '.newsml', '.html', '.htm', '.xhtml']);

export interface ReadOptions {
  /** Largest file (`.txt`, `.json`) or line (`.jsonl`, stdin) accepted, in bytes. */
  readonly maxBytes: number;
  readonly stdin: AsyncIterable<Buffer | string>;
}

/** A file or stdin to read, after directories are expanded. */
export interface InputSource {
  readonly path: string;
  /** Size in bytes when known (files), for progress. */
  readonly size: number | undefined;
}

/**
 * Expands the command-line paths: `-` is stdin; a directory gives its files, its subdirectories'
 * included, sorted by name (hidden ones skipped); a missing path is kept so reading reports it in
 * order, and so is a file of an unknown type, which reading rejects by name: every file given is
 * either read or reported, never skipped in silence.
 */
export async function expandPaths(paths: readonly string[]): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      sources.push({ path, size: undefined });
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) sources.push(...(await filesUnder(path)));
    else sources.push({ path, size: info?.size });
  }
  // A file named and also inside a named directory is read once, where it first comes.
  const seen = new Set<string>();
  return sources.filter((s) => s.path === '-' || (!seen.has(resolve(s.path)) && !!seen.add(resolve(s.path))));
}

async function filesUnder(directory: string): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  const names = (await readdir(directory)).filter((n) => !n.startsWith('.')).sort();
  for (const name of names) {
    const path = join(directory, name);
    const info = await stat(path);
    if (info.isDirectory()) sources.push(...(await filesUnder(path)));
    else if (info.isFile()) sources.push({ path, size: info.size });
  }
  return sources;
}

function isSupported(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** Reads every source in order, yielding one item per dispatch (or per unreadable input). */
export async function* readInputs(
  sources: readonly InputSource[],
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  for (const source of sources) {
    if (source.path === '-') {
      yield* readJsonLines(options.stdin, 'stdin', options.maxBytes);
      continue;
    }
    const extension = extname(source.path).toLowerCase();
    if (source.size === undefined) {
      yield failed(source.path, 'WIRE_INPUT_UNREADABLE', 'no such file or directory');
    } else if (!isSupported(source.path)) {
      yield failed(
        source.path,
        'WIRE_INPUT_UNSUPPORTED_FORMAT',
        `unsupported file type "${extension || 'none'}" (use ${SUPPORTED_EXTENSIONS.join(', ')})`,
      );
    } else if (extension === '.jsonl') {
      yield* readJsonLines(createReadStream(source.path), source.path, options.maxBytes);
    } else {
      yield* await readWholeFile(source.path, source.size, extension, options.maxBytes);
    }
  }
}

async function readWholeFile(
  path: string,
  size: number,
  extension: string,
  maxBytes: number,
): Promise<InputItem[]> {
  if (size > maxBytes) return [{ source: path, error: tooLarge(size, maxBytes, path), bytes: size }];
  try {
    const text = decodeText(await readFile(path), path);
    if (extension === '.json') return fromJson(parseJson(text, path), path, size);
    if (DOCUMENT_EXTENSIONS.has(extension)) {
      // NITF, NewsML-G2 or an HTML page: one file may hold several dispatches.
      return items(parseDispatch({ text, fileName: basename(path) }), path, size);
    }
    // A scraped page: the file name is its id; the agency defaults to the source (`file`).
    return [{ source: path, value: { id: basename(path, extname(path)), body: text }, bytes: size }];
  } catch (error) {
    return [{ source: path, error: toPipelineError(error, 'WIRE_INPUT_UNREADABLE'), bytes: size }];
  }
}

/** Our envelope is kept as it is (the pipeline validates it); IPTC ninjs is converted to envelopes. */
function fromJson(value: unknown, source: string, bytes: number): InputItem[] {
  if (sniffJson(value) === 'ninjs') return items(parseNinjs(value), source, bytes);
  return [{ source, value, bytes }];
}

/** One input item per parsed dispatch, numbered within its file (`file#2`) when there are several. */
function items(values: readonly object[], source: string, bytes: number): InputItem[] {
  return values.map((value, i) => ({
    source: values.length > 1 ? `${source}#${i + 1}` : source,
    value,
    bytes: i === 0 ? bytes : 0,
  }));
}

async function* readJsonLines(
  stream: AsyncIterable<Buffer | string>,
  name: string,
  maxBytes: number,
): AsyncGenerator<InputItem> {
  let lines = 0;
  try {
    for await (const line of byteLines(stream, maxBytes)) {
      const source = `${name}:${line.lineNo}`;
      const bytes = line.length + 1;
      if (line.bytes === undefined) {
        yield { source, error: tooLarge(line.length, maxBytes, source), bytes };
        continue;
      }
      try {
        const text = decodeText(line.bytes, source);
        if (text.trim() === '') continue;
        lines += 1;
        yield* fromJson(parseJson(text, source), source, bytes);
      } catch (error) {
        yield { source, error: toPipelineError(error), bytes };
      }
    }
  } catch (error) {
    yield { source: name, error: toPipelineError(error, 'WIRE_INPUT_UNREADABLE'), bytes: 0 };
    return;
  }
  // Like an empty .txt: a file that holds no dispatch is bad input, not a quiet success.
  if (lines === 0 && name !== 'stdin')
    yield failed(name, 'WIRE_INPUT_EMPTY_BODY', 'no dispatch in this file');
}

function failed(
  source: string,
  code: 'WIRE_INPUT_UNREADABLE' | 'WIRE_INPUT_UNSUPPORTED_FORMAT' | 'WIRE_INPUT_EMPTY_BODY',
  message: string,
): InputItem {
  return { source, error: PipelineError.nonRetryable(code, message, { location: source }), bytes: 0 };
}
