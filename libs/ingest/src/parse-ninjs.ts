import { blockText, plainTextParagraphs } from './block-text';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits';
import { inputError } from './input-error';
import {
  buildEnvelope,
  cleanString,
  joinParagraphs,
  normalizeLanguage,
  normalizePubStatus,
  normalizeTimestamp,
  normalizeVersion,
} from './normalize-fields';
import { parseHtmlFragment } from './parse-html-tree';
import { type ParsedDispatch } from './parsed-dispatch';

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads IPTC ninjs 1.x or 2.x: one item object, or an array of items (one dispatch each). The text
 * comes from `body_text`, else `body_html` (1.x), else the main of `bodies` (2.x, plain text preferred);
 * the headline from `headline` (1.x) or the main of `headlines` (2.x). `uri` less its version suffix is
 * the story id. `located`, `byline` and `subject` have no envelope field and are not carried.
 * @throws PipelineError `WIRE_INPUT_SCHEMA` when the value is not an item (or array of items) or an item
 *   has no body, `WIRE_INPUT_EMPTY_BODY` when its body holds no text.
 */
export function parseNinjs(value: unknown, limits: IngestLimits = DEFAULT_INGEST_LIMITS): ParsedDispatch[] {
  if (!Array.isArray(value)) return [parseItem(value, undefined, limits)];
  // A feed page mixes pictures and videos with the stories: only items that can carry text are read.
  const texts = (value as unknown[])
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !isMediaOnly(item));
  if (texts.length === 0) throw inputError('ninjs', 'WIRE_INPUT_SCHEMA', 'the array holds no text item');
  return texts.map(({ item, index }) => parseItem(item, index, limits));
}

const MEDIA_TYPES = new Set(['picture', 'graphic', 'video', 'audio']);

function isMediaOnly(item: unknown): boolean {
  if (!isObject(item) || !MEDIA_TYPES.has(String(item['type']))) return false;
  return !['body_text', 'body_html', 'bodies'].some((key) => key in item);
}

function parseItem(item: unknown, index: number | undefined, limits: IngestLimits): ParsedDispatch {
  const where = index === undefined ? 'the item' : `item ${index}`;
  if (!isObject(item)) throw inputError('ninjs', 'WIRE_INPUT_SCHEMA', `${where} is not a JSON object`);
  const uri = cleanString(item['uri']) ?? cleanString(item['guid']);
  const named = uri === undefined ? where : `${where} (${uri})`;
  const version = normalizeVersion(item['version']);
  const paragraphs = bodyParagraphs(item, named, limits);
  if (paragraphs.length === 0)
    throw inputError('ninjs', 'WIRE_INPUT_EMPTY_BODY', `${named} has an empty body`);
  return buildEnvelope({
    agency: agencyOf(item),
    body: joinParagraphs(paragraphs),
    headline: headlineOf(item),
    language: normalizeLanguage(item['language']),
    receivedAt: normalizeTimestamp(item['versioncreated']) ?? normalizeTimestamp(item['firstcreated']),
    storyId: uri === undefined ? undefined : withoutVersion(uri, version),
    version,
    pubstatus: normalizePubStatus(item['pubstatus']),
  });
}

function bodyParagraphs(item: JsonObject, named: string, limits: IngestLimits): string[] {
  const text = item['body_text'];
  if (typeof text === 'string' && text.trim() !== '') return plainTextParagraphs(text);
  const html = item['body_html'];
  if (typeof html === 'string' && html.trim() !== '')
    return blockText(parseHtmlFragment(html, 'ninjs', limits));
  const bodies = Array.isArray(item['bodies']) ? item['bodies'].filter(isObject) : [];
  const main = bodies.filter((b) => b['role'] === undefined || b['role'] === 'main');
  const candidates = main.length > 0 ? main : bodies;
  const plain = candidates.find(
    (b) =>
      typeof b['value'] === 'string' &&
      /^text\/plain/i.test(typeof b['contenttype'] === 'string' ? b['contenttype'] : 'text/plain'),
  );
  if (plain !== undefined) return plainTextParagraphs(plain['value'] as string);
  const marked = candidates.find((b) => typeof b['value'] === 'string');
  if (marked !== undefined) return blockText(parseHtmlFragment(marked['value'] as string, 'ninjs', limits));
  if (typeof text === 'string' || typeof html === 'string' || bodies.length > 0) return [];
  const type = cleanString(item['type']);
  const kind = type === undefined || type === 'text' ? '' : ` (type "${type}")`;
  throw inputError(
    'ninjs',
    'WIRE_INPUT_SCHEMA',
    `${named}${kind} has no body: expected body_text, body_html or bodies`,
  );
}

function headlineOf(item: JsonObject): string | undefined {
  const single = cleanString(item['headline']);
  if (single !== undefined) return single;
  const headlines = Array.isArray(item['headlines']) ? item['headlines'].filter(isObject) : [];
  const main = headlines.find((h) => h['role'] === 'main') ?? headlines[0];
  return cleanString(main?.['value']);
}

function agencyOf(item: JsonObject): string | undefined {
  const sources = Array.isArray(item['infosources']) ? item['infosources'].filter(isObject) : [];
  const origin =
    sources.find((s) => /originat|source/i.test(typeof s['role'] === 'string' ? s['role'] : '')) ??
    sources[0];
  const provider = item['provider'];
  return (
    cleanString(origin?.['name']) ??
    cleanString(isObject(provider) ? provider['name'] : provider) ??
    cleanString(item['copyrightholder'])
  );
}

/**
 * Strips the version a ninjs `uri` may end with (`urn:newsml:afp.com:20251005:ABC:2`,
 * `…/item?version=2`, `…/item/v2`), only when it equals the item's stated version, so the id of a
 * story stays the same across its versions without cutting into ids that merely end in digits.
 */
function withoutVersion(uri: string, version: number | undefined): string {
  const query = /[?&]version=(\d+)$/.exec(uri);
  if (query !== null && (version === undefined || Number(query[1]) === version)) {
    return uri.slice(0, query.index);
  }
  if (version === undefined) return uri;
  for (const suffix of [`:${version}`, `/v${version}`, `:v${version}`]) {
    if (uri.endsWith(suffix) && uri.length > suffix.length) return uri.slice(0, -suffix.length);
  }
  return uri;
}
