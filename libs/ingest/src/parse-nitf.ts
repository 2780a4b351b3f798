import { blockText } from './block-text';
import { attr, childElement, type DocElement, findFirst, inlineText, pathElement } from './doc-node';
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
import { parseXml } from './parse-xml';
import { type ParsedDispatch } from './parsed-dispatch';

/**
 * Reads one NITF 3.x document. Headline from `body.head/hedline/hl1` (else `head/title`); body from the
 * block elements of `body.content`, the `body.head/dateline` put before the first paragraph; story id
 * from `docdata/doc-id@id-string` (else `du-key@key`), version from `du-key@version`, status from
 * `docdata@management-status`, time from `date.issue@norm` (else `date.release`), agency from
 * `doc-id@regsrc` (else `distributor`, `doc.copyright@holder`), language from `xml:lang`.
 * @throws PipelineError `WIRE_INPUT_SCHEMA` for malformed or unsafe XML, another root than `nitf`, or a
 *   missing `body.content`; `WIRE_INPUT_EMPTY_BODY` when it holds no text.
 */
export function parseNitf(text: string, limits: IngestLimits = DEFAULT_INGEST_LIMITS): ParsedDispatch {
  checkSize(text, limits, 'nitf');
  const root = parseXml(text, 'nitf', limits);
  if (root.name !== 'nitf') {
    throw inputError('nitf', 'WIRE_INPUT_SCHEMA', `the root element is <${root.name}>, expected <nitf>`);
  }
  return nitfEnvelope(root, 'nitf');
}

/** The NITF reading of {@link parseNitf} on an already parsed `nitf` element (a G2 inline body). */
export function nitfEnvelope(nitf: DocElement, format: 'nitf' | 'newsml-g2'): ParsedDispatch {
  const head = childElement(nitf, 'head');
  const body = childElement(nitf, 'body');
  const docdata = childElement(head, 'docdata');
  const bodyHead = childElement(body, 'body.head');
  const content = childElement(body, 'body.content');
  if (content === undefined) throw inputError(format, 'WIRE_INPUT_SCHEMA', '<body.content> is missing');
  // The place is what wire copy prints before the dash; `story.date` beside it would only garble that.
  const datelineElement = childElement(bodyHead, 'dateline');
  const dateline = cleanString(inlineText(childElement(datelineElement, 'location') ?? datelineElement));
  const paragraphs = withDateline(blockText(content), dateline);
  if (paragraphs.length === 0)
    throw inputError(format, 'WIRE_INPUT_EMPTY_BODY', '<body.content> holds no text');
  const docId = childElement(docdata, 'doc-id');
  const duKey = childElement(docdata, 'du-key');
  return buildEnvelope({
    agency:
      attr(docId, 'regsrc') ??
      cleanString(inlineText(childElement(bodyHead, 'distributor'))) ??
      attr(childElement(docdata, 'doc.copyright'), 'holder'),
    body: joinParagraphs(paragraphs),
    headline:
      cleanString(inlineText(pathElement(bodyHead, ['hedline', 'hl1']))) ??
      cleanString(inlineText(childElement(head, 'title'))),
    language: normalizeLanguage(
      attr(nitf, 'xml:lang') ?? attr(body, 'xml:lang') ?? attr(content, 'xml:lang'),
    ),
    receivedAt:
      normalizeTimestamp(attr(childElement(docdata, 'date.issue'), 'norm')) ??
      normalizeTimestamp(attr(childElement(docdata, 'date.release'), 'norm')) ??
      normalizeTimestamp(
        attr(
          findFirst(nitf, (e) => e.name === 'story.date'),
          'norm',
        ),
      ),
    storyId: attr(docId, 'id-string') ?? attr(duKey, 'key'),
    version: normalizeVersion(attr(duKey, 'version')),
    pubstatus: normalizePubStatus(attr(docdata, 'management-status')),
  });
}
