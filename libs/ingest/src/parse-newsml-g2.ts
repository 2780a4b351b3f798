import { blockText, plainTextParagraphs } from './block-text';
import { attr, childElement, childElements, type DocElement, inlineText, pathElement } from './doc-node';
import { checkSize, DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits';
import { inputError } from './input-error';
import {
  buildEnvelope,
  cleanString,
  joinParagraphs,
  normalizeLanguage,
  normalizePubStatus,
  normalizeTimestamp,
  normalizeVersion,
  withDateline,
} from './normalize-fields';
import { nitfEnvelope } from './parse-nitf';
import { parseXml } from './parse-xml';
import { type ParsedDispatch } from './parsed-dispatch';

/**
 * Reads a NewsML-G2 `newsItem`, or a `newsMessage` whose `itemSet` holds several (one dispatch per
 * text item; pictures, graphics and packages are passed over). Body from the first `inlineXML` holding
 * XHTML or NITF, else a plain-text `inlineData`; `guid` is the story id, `@version` the version;
 * `itemMeta` gives provider, `versionCreated` (else `firstCreated`) and `pubStatus`; `contentMeta` gives
 * headline, language and dateline (put before the first paragraph). An inline NITF body fills what the
 * G2 metadata leaves unsaid.
 * @throws PipelineError `WIRE_INPUT_SCHEMA` for malformed or unsafe XML, another root, no text item, or
 *   a text item without an inline body; `WIRE_INPUT_EMPTY_BODY` when a body holds no text.
 */
export function parseNewsMlG2(text: string, limits: IngestLimits = DEFAULT_INGEST_LIMITS): ParsedDispatch[] {
  checkSize(text, limits, 'newsml-g2');
  const root = parseXml(text, 'newsml-g2', limits);
  let items: DocElement[];
  if (root.name === 'newsItem') items = [root];
  else if (root.name === 'newsMessage') {
    items = childElements(root, 'itemSet').flatMap((set) => childElements(set, 'newsItem'));
  } else {
    throw inputError(
      'newsml-g2',
      'WIRE_INPUT_SCHEMA',
      `the root element is <${root.name}>, expected <newsItem> or <newsMessage>`,
    );
  }
  const textItems = items.filter(isTextItem);
  if (textItems.length === 0) {
    throw inputError('newsml-g2', 'WIRE_INPUT_SCHEMA', 'no text newsItem (itemClass icls:text) to read');
  }
  return textItems.map((item) => itemEnvelope(item));
}

function isTextItem(item: DocElement): boolean {
  const itemClass = attr(pathElement(item, ['itemMeta', 'itemClass']), 'qcode');
  // No itemClass: judge by the content, since some producers leave it out.
  return itemClass === undefined || /(^|[:/])(text|composite)$/i.test(itemClass);
}

function itemEnvelope(item: DocElement): ParsedDispatch {
  const guid = attr(item, 'guid');
  const named = guid === undefined ? 'the newsItem' : `newsItem ${guid}`;
  const itemMeta = childElement(item, 'itemMeta');
  const contentMeta = childElement(item, 'contentMeta');
  const contentSet = childElement(item, 'contentSet');
  const inline = childElements(contentSet, 'inlineXML');
  const nitf = inline.map((x) => childElement(x, 'nitf')).find((n) => n !== undefined);
  const xhtml = inline.map((x) => childElement(x, 'html')).find((h) => h !== undefined);
  const plain = childElements(contentSet, 'inlineData').find((d) =>
    /^text\/plain/i.test(attr(d, 'contenttype') ?? 'text/plain'),
  );
  const fromNitf = nitf === undefined ? undefined : nitfEnvelope(nitf, 'newsml-g2');
  const dateline = cleanString(inlineText(childElement(contentMeta, 'dateline')));
  let paragraphs: string[];
  if (fromNitf !== undefined) paragraphs = fromNitf.body.split('\n\n');
  else {
    if (xhtml !== undefined) paragraphs = blockText(childElement(xhtml, 'body') ?? xhtml);
    else if (plain !== undefined) paragraphs = plainTextParagraphs(textOf(plain));
    else {
      throw inputError(
        'newsml-g2',
        'WIRE_INPUT_SCHEMA',
        `${named} has no inline body (inlineXML with XHTML or NITF, or text/plain inlineData)`,
      );
    }
  }
  paragraphs = withDateline(paragraphs, dateline);
  if (paragraphs.length === 0)
    throw inputError('newsml-g2', 'WIRE_INPUT_EMPTY_BODY', `${named} has an empty body`);
  const body = joinParagraphs(paragraphs);
  const provider = childElement(itemMeta, 'provider');
  const headlines = childElements(contentMeta, 'headline');
  const headline =
    headlines.find((h) => attr(h, 'role') === undefined || /main/i.test(attr(h, 'role') ?? '')) ??
    headlines[0];
  return buildEnvelope({
    agency: providerName(provider) ?? fromNitf?.agency,
    body,
    headline: cleanString(inlineText(headline)) ?? fromNitf?.headline,
    language:
      normalizeLanguage(attr(childElement(contentMeta, 'language'), 'tag')) ??
      normalizeLanguage(attr(item, 'xml:lang')) ??
      normalizeLanguage(attr(xhtml, 'xml:lang') ?? attr(xhtml, 'lang')) ??
      fromNitf?.language,
    receivedAt:
      normalizeTimestamp(inlineText(childElement(itemMeta, 'versionCreated'))) ??
      normalizeTimestamp(inlineText(childElement(itemMeta, 'firstCreated'))) ??
      normalizeTimestamp(inlineText(childElement(contentMeta, 'contentCreated'))) ??
      fromNitf?.receivedAt,
    storyId: guid ?? fromNitf?.storyId,
    version: normalizeVersion(attr(item, 'version')) ?? fromNitf?.version,
    pubstatus:
      normalizePubStatus(attr(childElement(itemMeta, 'pubStatus'), 'qcode')) ??
      normalizePubStatus(attr(childElement(itemMeta, 'pubStatus'), 'uri')) ??
      fromNitf?.pubstatus,
  });
}

/** The provider's name, else its QCode's code (`nprov:REUTERS` → `REUTERS`), else its literal. */
function providerName(provider: DocElement | undefined): string | undefined {
  if (provider === undefined) return undefined;
  const name = cleanString(inlineText(childElement(provider, 'name')));
  if (name !== undefined) return name;
  const qcode = attr(provider, 'qcode');
  if (qcode !== undefined) return qcode.slice(qcode.indexOf(':') + 1) || undefined;
  return attr(provider, 'literal') ?? attr(provider, 'uri');
}

/** Text content without collapsing line breaks, so plain-text paragraphs survive. */
function textOf(element: DocElement): string {
  return element.children.map((c) => (c.type === 'text' ? c.value : textOf(c))).join('');
}
