import { parseDispatch, parseNinjs, sniffJson } from '@wirestream/ingest';
import { toPipelineError } from '@wirestream/util';
import { IngestRejection, type ItemProblem } from './ingest-rejection';

/** How a request body is read, from its media type. */
export type BodyKind = 'json' | 'ndjson' | 'document' | 'text';

const KINDS: readonly [RegExp, BodyKind][] = [
  [/^application\/(x-)?(ndjson|jsonl|jsonlines)$/, 'ndjson'],
  [/^application\/([\w.-]+\+)?json$/, 'json'],
  [/^(application|text)\/([\w.-]+\+)?xml$/, 'document'],
  [/^text\/html$/, 'document'],
  [/^text\/plain$/, 'text'],
];

/**
 * The body kind of a `Content-Type`, or a 415 rejection. Only UTF-8 (or ASCII) text is taken: a
 * declared other charset would be misread.
 */
export function bodyKindOf(contentType: string | undefined): BodyKind {
  const [type = '', ...params] = (contentType ?? '').toLowerCase().split(';');
  const mediaType = type.trim();
  const kind = KINDS.find(([pattern]) => pattern.test(mediaType))?.[1];
  if (kind === undefined) {
    throw new IngestRejection(
      415,
      'WIRE_HTTP_UNSUPPORTED_MEDIA_TYPE',
      mediaType === ''
        ? 'a Content-Type is required: application/json, application/x-ndjson, application/xml, text/xml, text/html or text/plain'
        : `unsupported Content-Type "${mediaType}": use application/json, application/x-ndjson, application/xml, text/xml, text/html or text/plain`,
    );
  }
  const charset = params
    .map((p) => p.trim())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) {
    throw new IngestRejection(
      415,
      'WIRE_HTTP_UNSUPPORTED_CHARSET',
      `unsupported charset "${charset}": send UTF-8`,
    );
  }
  return kind;
}

/** Decodes a body as UTF-8, refusing malformed bytes rather than replacing them. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestRejection(400, 'WIRE_INPUT_INVALID_UTF8', 'the body is not valid UTF-8');
  }
}

/**
 * Reads a request body into candidate envelopes (not validated yet): our JSON envelope or an array
 * of them, IPTC ninjs (one item or an array), NDJSON lines of either, an NITF, NewsML-G2 or HTML
 * document, or plain text as one dispatch's body. Any unreadable part refuses the whole request
 * (400, every problem listed), so a sender never has to guess which half was taken.
 */
export function readDispatches(text: string, kind: BodyKind, contentType: string | undefined): unknown[] {
  if (text.trim() === '') throw new IngestRejection(400, 'WIRE_INPUT_EMPTY_BODY', 'the body is empty');
  switch (kind) {
    case 'text':
      return [{ body: text }];
    case 'document':
      return attempt(0, () => parseDispatch({ text, ...(contentType === undefined ? {} : { contentType }) }));
    case 'json': {
      const value = attempt(0, () => [parseJson(text)])[0];
      return fromJson(value, 0);
    }
    case 'ndjson': {
      const values: unknown[] = [];
      const problems: ItemProblem[] = [];
      text.split('\n').forEach((line, index) => {
        if (line.trim() === '') return;
        try {
          values.push(...fromJson(parseJson(line), index));
        } catch (error) {
          problems.push(...problemsOf(error, index));
        }
      });
      if (problems.length > 0) throw rejectionFor(problems);
      return values;
    }
  }
}

/** Our envelopes are kept as sent (validated later); ninjs is converted. */
function fromJson(value: unknown, index: number): unknown[] {
  if (sniffJson(value) === 'ninjs') return attempt(index, () => parseNinjs(value));
  if (Array.isArray(value)) {
    if (value.length === 0) throw new IngestRejection(400, 'WIRE_INPUT_EMPTY_BODY', 'the array is empty');
    return value as unknown[];
  }
  return [value];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new IngestRejection(400, 'WIRE_INPUT_INVALID_JSON', `invalid JSON (${detail})`);
  }
}

function attempt<T>(index: number, read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    throw rejectionFor(problemsOf(error, index));
  }
}

function problemsOf(error: unknown, index: number): ItemProblem[] {
  if (error instanceof IngestRejection) {
    const items = error.extra.items;
    return items === undefined ? [{ index, code: error.code, message: error.message }] : [...items];
  }
  const e = toPipelineError(error, 'WIRE_INPUT_SCHEMA');
  return [{ index, code: e.code, message: e.message }];
}

/** A 400 whose top-level code and message are the first problem's, with all of them under `items`. */
export function rejectionFor(problems: readonly ItemProblem[]): IngestRejection {
  const first = problems[0] as ItemProblem;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems, see items)` : '';
  return new IngestRejection(400, first.code, `item ${first.index}: ${first.message}${more}`, {
    items: problems,
  });
}
