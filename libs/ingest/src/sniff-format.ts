import { type DispatchFormat, type DispatchInput } from './parsed-dispatch';

/**
 * What an input is: one of the agency formats, Wirestream's own JSON envelope, or plain text (both
 * read by the CLI as before), or `undefined` when nothing says.
 */
export type SniffedFormat = DispatchFormat | 'envelope' | 'text';

const NINJS_KEYS = [
  'body_text',
  'body_html',
  'bodies',
  'headlines',
  'versioncreated',
  'firstcreated',
  'located',
];

/**
 * Tells ninjs from Wirestream's envelope in parsed JSON: an object with a string `body` is an
 * envelope (ninjs has no `body` field); one with a string `uri` or any ninjs body, headline or time
 * field is ninjs. An array is judged by its first element.
 */
export function sniffJson(value: unknown): 'ninjs' | 'envelope' | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return undefined;
  const item = first as Record<string, unknown>;
  if (typeof item['body'] === 'string') return 'envelope';
  if (typeof item['uri'] === 'string' || NINJS_KEYS.some((key) => key in item)) return 'ninjs';
  return undefined;
}

/** The local name of an XML or HTML document's root element, skipping the prolog; `undefined` if none. */
export function rootElementName(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Only the prolog is scanned, so a huge document costs no more than its first bytes.
  for (let guard = 0; guard < 64; guard++) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      i = bracket >= 0 && bracket < close ? skipPast(text, text.indexOf(']', bracket), '>') : close + 1;
      if (i <= 0) return undefined;
    } else break;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
  if (m === null) return undefined;
  const name = m[1] as string;
  return name.slice(name.indexOf(':') + 1);
}

function skipPast(text: string, from: number, end: string): number {
  const at = from < 0 ? -1 : text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

function formatOfRoot(name: string | undefined): DispatchFormat | undefined {
  if (name === 'nitf') return 'nitf';
  if (name === 'newsItem' || name === 'newsMessage') return 'newsml-g2';
  if (name !== undefined && ['html', 'head', 'body'].includes(name.toLowerCase())) return 'html';
  return undefined;
}

const EXTENSIONS: readonly [RegExp, SniffedFormat | 'json' | 'xml'][] = [
  [/\.ninjs\.json$/i, 'ninjs'],
  [/\.nitf(\.xml)?$/i, 'nitf'],
  [/\.(newsml|g2)(\.xml)?$/i, 'newsml-g2'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.xml$/i, 'xml'],
  [/\.json$/i, 'json'],
  [/\.txt$/i, 'text'],
];

const CONTENT_TYPES: readonly [RegExp, SniffedFormat | 'json' | 'xml'][] = [
  [/^application\/(vnd\.iptc\.)?ninjs\+json/i, 'ninjs'],
  [/^application\/(vnd\.iptc\.)?nitf\+xml/i, 'nitf'],
  [/^application\/vnd\.iptc\.g2\.(newsitem|newsmessage)\+xml/i, 'newsml-g2'],
  [/^(text\/html|application\/xhtml\+xml)/i, 'html'],
  [/^(application|text)\/([\w.-]+\+)?xml/i, 'xml'],
  [/^application\/([\w.-]+\+)?json/i, 'json'],
  [/^text\/plain/i, 'text'],
];

/**
 * Decides the format of an input: the file name's extension first, then the content type, then the
 * content itself. Generic hints (`.xml`, `.json`, `application/xml`) are settled by the root element
 * or by {@link sniffJson}; `parsedJson` saves parsing twice when the caller already did.
 */
export function sniffFormat(
  input: DispatchInput,
  parsedJson: () => unknown = () => JSON.parse(input.text.replace(/^\uFEFF/, '')),
): SniffedFormat | undefined {
  const hint =
    EXTENSIONS.find(([pattern]) => pattern.test(input.fileName ?? ''))?.[1] ??
    CONTENT_TYPES.find(([pattern]) => pattern.test(input.contentType?.trim() ?? ''))?.[1];
  if (hint !== undefined && hint !== 'json' && hint !== 'xml') return hint;
  const start = input.text.replace(/^\uFEFF?\s*/, '').slice(0, 1);
  if (hint === 'json' || (hint === undefined && (start === '{' || start === '['))) {
    try {
      return sniffJson(parsedJson());
    } catch {
      return undefined;
    }
  }
  if (hint === 'xml' || start === '<') {
    const root = rootElementName(input.text.replace(/^\uFEFF?\s*/, ''));
    const fromRoot = formatOfRoot(root);
    if (fromRoot !== undefined) return fromRoot;
    if (hint === undefined && /^\s*<!doctype\s+html/i.test(input.text.replace(/^\uFEFF/, ''))) return 'html';
    return undefined;
  }
  return hint === undefined && input.text.trim() !== '' ? 'text' : undefined;
}
