import { has, SPACE, terminalOffsets } from './chars';
import { endsSentence, isDateLine, wordCount } from '@wirestream/nlp-text';
import { findDateline } from './find-dateline';
import { findProtectedSpans } from './find-protected-spans';
import { rulesFor } from './rules/rules-for';
import { finishHash64, startHash64 } from './hash64';
import { LIST_MARKER, splitParagraph, type Unit } from './split-paragraph';
import { pushTrimmed, splitSentences, type Range, type TerminalCursor } from './split-sentences';
import { isNfcInert, toNfc } from './to-nfc';
import type { InputBlock, ProtectedSpan, Segment, SegmentBlock, SegmentInput, SegmentRole } from './types';

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly role: SegmentRole;
  readonly block?: SegmentBlock;
  readonly paragraph: number;
}

/** Paragraphs are separated by a line holding only white space. */
function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let paraStart = 0;
  // Only the white space after each line break is looked at, so the text is read about once.
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let j = nl + 1;
    while (j < text.length && text.charCodeAt(j) !== 0x0a && has(text, j, SPACE)) j++;
    if (j < text.length && text.charCodeAt(j) === 0x0a) {
      pushTrimmed(text, paraStart, nl, out);
      paraStart = j + 1;
      nl = j;
    }
  }
  pushTrimmed(text, paraStart, text.length, out);
  return out;
}

/**
 * Cuts a cleaned dispatch body into translation-ready segments: the headline (first paragraph, when
 * `hasHeadline`), a dateline opening the first body paragraph, bylines, and sentences chosen by the rules
 * of `input.language` (`und` or an unsupported language uses the merged fallback table). Offsets are
 * UTF-16 indices into `input.text`, so `text.slice(start, end) === segment.text`. Linear in the input.
 */
export function segmentText(input: SegmentInput): Segment[] {
  const { text } = input;
  const language = input.language.toLowerCase();
  const rules = rulesFor(language);
  const pieces: Piece[] = [];
  const cursor: TerminalCursor = { offsets: terminalOffsets(text), next: 0 };
  let paragraph = 0;
  let firstBody = true;
  const units: (Unit & { paragraph: number; aside?: InputBlock['role'] })[] = [];
  const blocks = input.blocks ?? [];
  let b = 0;
  for (const [ps, pe] of paragraphs(text)) {
    if (input.hasHeadline && paragraph === 0) {
      pieces.push({ start: ps, end: pe, role: 'headline', paragraph });
      paragraph++;
      continue;
    }
    while (b < blocks.length && blocks[b]!.end <= ps) b++;
    const block = blocks[b];
    if (block !== undefined && block.start <= ps && pe <= block.end) {
      // A caption, a credit or a standfirst: its sentences take its role, and it takes no dateline.
      units.push({ start: ps, end: pe, byline: false, paragraph, aside: block.role });
      paragraph++;
      continue;
    }
    // The wire dateline opens the first body line, wherever bylines and dates before it put it.
    for (const unit of splitParagraph(text, ps, pe)) {
      if (firstBody && !unit.byline) {
        firstBody = isDateLine(text.slice(unit.start, unit.end));
        const dateline = findDateline(text, unit.start, unit.end);
        if (dateline !== undefined && !headsSection(text.slice(dateline, unit.end))) {
          units.push({ start: unit.start, end: dateline, byline: false, dateline: true, paragraph });
          let from = dateline;
          while (from < unit.end && /\s/u.test(text[from] ?? '')) from++;
          if (from < unit.end) units.push({ start: from, end: unit.end, byline: false, paragraph });
          firstBody = false;
          continue;
        }
      }
      units.push({ ...unit, paragraph });
    }
    paragraph++;
  }
  units.forEach((unit, k) => {
    if (unit.aside !== undefined) {
      for (const [a, z] of splitSentences(text, unit.start, unit.end, rules, cursor))
        pieces.push({ start: a, end: z, role: unit.aside, paragraph: unit.paragraph });
      return;
    }
    const role = unit.dateline ? 'dateline' : unit.byline ? 'byline' : standaloneRole(text, unit, units, k);
    if (role !== 'body') {
      pieces.push({ start: unit.start, end: unit.end, role, paragraph: unit.paragraph });
      return;
    }
    const block: SegmentBlock = LIST_MARKER.test(text.slice(unit.start, unit.start + LIST_MARKER_SPAN))
      ? 'list-item'
      : 'paragraph';
    for (const [a, z] of splitSentences(text, unit.start, unit.end, rules, cursor))
      pieces.push({ start: a, end: z, role: 'body', block, paragraph: unit.paragraph });
  });
  return toSegments(text, language, pieces, findProtectedSpans(text, rules));
}

/** Characters a list marker takes at most (`(12)`, `iii.)` and the space after). */
const LIST_MARKER_SPAN = 8;

/** A heading is a few words on a line of their own, without a stop, before longer running text. */
const MAX_HEADING_WORDS = 8;
/** A line this long without a stop is running text cut by a wrap, not another heading. */
const MIN_RUNNING_WORDS = 12;

/**
 * The role of a one-line unit that is no sentence: a date standing alone (`September 28, 2014`) is a
 * dateline; a short line before a paragraph (`Syria`, `Strikes in Iraq`) is a heading.
 */
function standaloneRole(
  text: string,
  unit: Unit & { paragraph: number },
  units: readonly (Unit & { paragraph: number })[],
  k: number,
): SegmentRole {
  const line = text.slice(unit.start, unit.end);
  if (line.includes('\n')) return 'body';
  if (isDateLine(line)) return 'dateline';
  // A line closed by a colon introduces what follows (a list, a quote): a sentence, not a heading.
  if (endsSentence(line) || line.trimEnd().endsWith(':')) return 'body';
  if (wordCount(line) > MAX_HEADING_WORDS || /^\d/u.test(line)) return 'body';
  // A bullet line is a list item, unless it stands alone in its paragraph over running text (a
  // bulleted section title).
  if (LIST_MARKER.test(line) && units[k + 1]?.paragraph === unit.paragraph) return 'body';
  // The text it heads: past a sub-heading or two (`AFRIQUE – BARKHANE` / `SITUATION MILITAIRE …`).
  let n = k + 1;
  while (n < k + 3 && units[n] !== undefined && isOpenLine(text, units[n]!)) n++;
  const next = units[n];
  if (next === undefined) return 'body';
  const nextText = text.slice(next.start, next.end);
  const after = nextText.slice(0, nextText.includes('\n') ? nextText.indexOf('\n') : undefined);
  // Running text after it: a sentence, a line introducing a list (`… conducted 11 strikes in Syria:`),
  // or a line of prose that wraps on.
  const runsOn =
    endsSentence(after) || after.trimEnd().endsWith(':') || wordCount(after) >= MIN_RUNNING_WORDS;
  return runsOn && wordCount(after) > wordCount(line) + 3 ? 'heading' : 'body';
}

/** What follows a dash is a section's name in capitals (`AFRIQUE – BARKHANE`), not a dateline's story. */
function headsSection(rest: string): boolean {
  const line = rest.split('\n', 1)[0]!.trim();
  return line.length > 0 && !/\p{Ll}/u.test(line) && wordCount(line) <= MAX_SECTION_WORDS;
}
const MAX_SECTION_WORDS = 4;

/** A short line without a stop: a heading's shape. */
function isOpenLine(text: string, unit: Unit): boolean {
  if (unit.byline || unit.dateline === true) return false;
  const line = text.slice(unit.start, unit.end);
  return (
    !line.includes('\n') &&
    !endsSentence(line) &&
    !line.trimEnd().endsWith(':') &&
    wordCount(line) <= MAX_HEADING_WORDS
  );
}

function toSegments(
  text: string,
  language: string,
  pieces: readonly Piece[],
  spans: readonly ProtectedSpan[],
): Segment[] {
  // One scan of the whole text usually shows that no segment needs normalising.
  const inert = isNfcInert(text);
  // Occurrences are counted by the hash state of (language, NFC text): a 16-character key instead of the
  // whole sentence, so the text is read once for both the count and the id.
  const seen = new Map<string, number>();
  const segments: Segment[] = [];
  let s = 0;
  for (const piece of pieces) {
    const segmentText = text.slice(piece.start, piece.end);
    const key = inert ? segmentText : toNfc(segmentText);
    const hash = startHash64(language, key);
    const occurrence = seen.get(hash.key) ?? 0;
    seen.set(hash.key, occurrence + 1);
    while (s < spans.length && (spans[s]?.start ?? 0) < piece.start) s++;
    const protect: ProtectedSpan[] = [];
    for (let t = s; t < spans.length; t++) {
      const span = spans[t];
      if (span === undefined || span.start >= piece.end) break;
      if (span.end <= piece.end) protect.push(span);
    }
    segments.push({
      id: finishHash64(hash, occurrence),
      index: segments.length,
      start: piece.start,
      end: piece.end,
      text: segmentText,
      role: piece.role,
      ...(piece.block === undefined ? {} : { block: piece.block }),
      paragraph: piece.paragraph,
      protect,
    });
  }
  return segments;
}
