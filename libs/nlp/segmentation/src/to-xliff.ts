import type { ProtectedSpan, Segment } from './types';

/** What {@link toXliff} writes: one dispatch, its cleaned body and the segments cut from it. */
export interface XliffDocument {
  /** The dispatch id; written as the file's `original`. */
  readonly id: string;
  /** BCP-47 tag of the source (the detected language; `und` when unknown). */
  readonly sourceLanguage: string;
  /** BCP-47 tag of the target, when the file is meant for one translation. */
  readonly targetLanguage?: string;
  /** The text the segments were cut from (`clean.body`): the white space between segments comes from it. */
  readonly text: string;
  readonly segments: readonly Segment[];
}

/** The XLIFF 2.x core namespace: XLIFF 2.1 keeps the 2.0 namespace and says `version="2.1"`. */
export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** Prefix of the user-defined `type` values on `<mrk>` (XLIFF 2 asks for `prefix:value`). */
const TYPE_PREFIX = 'wire';

/**
 * Whether XML 1.0 allows the code point as a character: tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF. Everything else (other C0 controls, lone surrogates, U+FFFE,
 * U+FFFF) cannot appear in the document, not even as a character reference.
 */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    cp >= 0x10000
  );
}

/**
 * Escapes text content. Markup characters become entities; a carriage return and the other line ends
 * a parser may rewrite become character references; characters XML cannot carry become XLIFF's `<cp hex>`
 * element, so the translator's tool restores them exactly. Surrogate pairs pass through as one character.
 */
function escapeContent(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) rep = lineEndReference(c);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      rep = cpElement(c);
    } else if (!isXmlChar(c)) rep = cpElement(c);
    if (rep !== undefined) {
      out += s.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Line ends a parser may rewrite to a line feed: carriage return (XML 1.0), NEL and LINE SEPARATOR (XML
 * 1.1, and some 1.0 parsers such as xmldom), PARAGRAPH SEPARATOR (xmldom). A character reference is
 * never rewritten, so the text survives any of them.
 */
const lineEndReference = (c: number): string => `&#x${c.toString(16).toUpperCase()};`;

const cpElement = (c: number): string => `<cp hex="${c.toString(16).toUpperCase().padStart(4, '0')}"/>`;

/**
 * Escapes an attribute value (always written between double quotes). White space other than a plain
 * space is written as a character reference because attribute-value normalisation would turn it into a
 * space; characters XML cannot carry (no `<cp>` exists in attributes) become U+FFFD.
 */
function escapeAttribute(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x22) out += '&quot;';
    else if (c === 0x27) out += '&apos;';
    else if (c === 0x09) out += '&#x9;';
    else if (c === 0x0a) out += '&#xA;';
    else if (c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) out += lineEndReference(c);
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) {
      out += s.slice(i, i + 2);
      i++;
    } else if (!isXmlChar(c)) out += '\ufffd';
    else out += s[i];
  }
  return out;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A language tag for `srcLang`/`trgLang`, which must not be empty. */
const languageTag = (tag: string): string =>
  /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/u.test(tag) ? tag : 'und';

/**
 * The segment's text with its protected spans marked. Numbers, dates, times, URLs and e-mail addresses
 * become `<mrk translate="no">`: the text stays in the source, visible to the translator, to machine
 * translation and to translation-memory matching, while the tool knows not to change it. Quote marks
 * become `<mrk>` without `translate="no"`: the boundary of the quoted speech is marked and must be kept,
 * but the glyph itself is localised (`« »` in French, `“ ”` in English).
 */
function sourceContent(text: string, segment: Segment, nextMarker: () => string): string {
  // Segments that do not slice this text (cut from another version of it) are written without markers.
  if (text.slice(segment.start, segment.end) !== segment.text) return escapeContent(segment.text);
  let out = '';
  let at = segment.start;
  for (const span of segment.protect) {
    if (span.start < at || span.end > segment.end) continue;
    out += escapeContent(text.slice(at, span.start));
    out += marker(text, span, nextMarker());
    at = span.end;
  }
  return out + escapeContent(text.slice(at, segment.end));
}

function marker(text: string, span: ProtectedSpan, id: string): string {
  const content = escapeContent(text.slice(span.start, span.end));
  const translate = span.kind === 'quote' ? '' : ' translate="no"';
  return `<mrk id="${id}"${translate} type="${TYPE_PREFIX}:${span.kind}">${content}</mrk>`;
}

/**
 * The unit a segment belongs in: running text (body sentences with the dateline and byline around them)
 * or a heading, caption, credit, standfirst or headline, each a unit of its own typed with its role.
 */
function unitKind(role: Segment['role']): Segment['role'] {
  return role === 'dateline' || role === 'byline' ? 'body' : role;
}

/**
 * Writes a dispatch's segments as an XLIFF 2.1 document: one `<file>` (`original` = the dispatch id), one
 * `<unit>` per paragraph (`id="p<n>"`, the headline is `p0` when there is one; a heading, caption,
 * credit or standfirst is a unit of its own, `type="wire:<role>"`, `p<n>.2` when it shares its
 * paragraph with text) and in it one `<segment>`
 * per segment (`id` = the segment's stable id), with the white space between two segments of a paragraph
 * as `<ignorable>`, so that a unit's sources joined give the paragraph exactly. `xml:space="preserve"` is
 * set on each unit so tools keep line breaks and runs of spaces. A dispatch without segments gives an
 * empty `<group>` (a file must hold at least one unit or group, and a unit at least one segment).
 * Pure and deterministic: the same input gives the same bytes.
 */
export function toXliff(doc: XliffDocument): string {
  const trg = doc.targetLanguage === undefined ? '' : ` trgLang="${languageTag(doc.targetLanguage)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.1" srcLang="${languageTag(doc.sourceLanguage)}"${trg}>`,
    `  <file id="f1" original="${escapeAttribute(doc.id)}">`,
  ];
  if (doc.segments.length === 0) lines.push('    <group id="empty"/>');
  let i = 0;
  let part = 0;
  let lastParagraph = -1;
  while (i < doc.segments.length) {
    const first = doc.segments[i]!;
    let marks = 0;
    const nextMarker = (): string => `m${++marks}`;
    let gaps = 0;
    // A heading, caption or credit sharing a paragraph with body text is a unit of its own: `p3`, `p3.2`.
    part = first.paragraph === lastParagraph ? part + 1 : 1;
    lastParagraph = first.paragraph;
    const id = part === 1 ? `p${first.paragraph}` : `p${first.paragraph}.${part}`;
    const kind = unitKind(first.role);
    const type = kind === 'body' ? '' : ` type="${TYPE_PREFIX}:${kind}"`;
    lines.push(`    <unit id="${id}"${type} xml:space="preserve">`);
    let previous: Segment | undefined;
    for (
      ;
      i < doc.segments.length &&
      doc.segments[i]!.paragraph === first.paragraph &&
      unitKind(doc.segments[i]!.role) === kind;
      i++
    ) {
      const segment = doc.segments[i]!;
      if (previous !== undefined && segment.start > previous.end && segment.start <= doc.text.length) {
        const gap = escapeContent(doc.text.slice(previous.end, segment.start));
        lines.push(`      <ignorable id="g${++gaps}"><source>${gap}</source></ignorable>`);
      }
      lines.push(
        `      <segment id="${segment.id}"><source>${sourceContent(doc.text, segment, nextMarker)}</source></segment>`,
      );
      previous = segment;
    }
    lines.push('    </unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}
