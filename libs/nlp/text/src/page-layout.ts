/**
 * The layout of a scraped page, line by line, as a desk editor reads it: the story is the run of
 * prose between the first and the last full sentence; above it sit the site's chrome, the title and
 * the dateline; below it, the site's chrome again. Needs no phrase table for the chrome it has never
 * seen: a line's shape and its place decide (the tables of classify-chrome-line still come first).
 */
import { type ChromePlacement, classifyChromeLine } from './classify-chrome-line';
import { foldDiacritics } from './fold-diacritics';
import { isByline } from './is-byline';
import { normalizeForFingerprint } from './normalize-for-fingerprint';
import {
  endsSentence,
  endsWithEllipsis,
  endsWithFullDate,
  isCreditLine,
  isCaptionLine,
  isDateLine,
  isMenuLine,
  isProseLine,
  isTitleLine,
  lowerCaseShare,
  withoutEllipsis,
  wordCount,
} from './line-shapes';

/** What a line is on the page. `text`: part of the story, left to the segmenter. */
export type LineRole =
  'chrome' | 'credit' | 'caption' | 'teaser' | 'headline' | 'dateline' | 'byline' | 'text';

type Shape =
  'chrome' | 'edge-chrome' | 'credit' | 'caption' | 'teaser' | 'dateline' | 'byline' | 'prose' | 'short';

/** A standfirst or a caption between the title and the story is at least this long; menus are shorter. */
const MIN_KEPT_WORDS = 6;
/** A closing sentence after the last prose line ("He declined to comment.") has at least this many words. */
const MIN_CLOSING_WORDS = 4;
/** The lead the title is compared with: the first lines of the story. */
const LEAD_LINES = 8;
/** A sentence cut short by the scrape keeps at least this many words. */
const MIN_CUT_WORDS = 3;
/** A line of a hard-wrapped paragraph holds at least this many words. */
const MIN_WRAPPED_WORDS = 5;
/** A wrapped line that does not run on in lower case is at least this long (wrap widths are 60–80). */
const MIN_WRAPPED_CHARS = 55;

/** The next line of a hard-wrapped paragraph is at most this many times as long as the line. */
const WRAP_LENGTH_SPREAD = 1.3;

/** The role a line's shape gives it before its place on the page is known. */
const ROLE_OF_SHAPE: Readonly<Record<Shape, LineRole>> = {
  chrome: 'chrome',
  'edge-chrome': 'text',
  credit: 'credit',
  caption: 'caption',
  teaser: 'teaser',
  dateline: 'dateline',
  byline: 'byline',
  prose: 'text',
  short: 'text',
};

function shapeOf(page: PageLine): Shape {
  const line = page.text;
  const table = page.chrome === undefined ? classifyChromeLine(line) : (page.chrome ?? undefined);
  if (table === 'anywhere' || isMenuLine(line) || isDoubled(line)) return 'chrome';
  if (isCreditLine(line)) return 'credit';
  if (isCaptionLine(line)) return 'caption';
  // Most lines are prose, and prose is never a date or a byline: decided before those tests.
  if (isProseLine(line)) return 'prose';
  if (isDateLine(line)) return 'dateline';
  if (isByline(line)) return 'byline';
  return table === 'edge' ? 'edge-chrome' : 'short';
}

/** A speaker's turn of a transcript (`Mr. Bacon: Hello.`, `Q: Thank you.`): the story, however short. */
const SPEAKER_TURN = /^\p{Lu}[\p{L}.'’ -]{0,40}:\s+\S/u;

/**
 * A line that says the same words twice (`United States Department of Defense United States
 * Department of Defense`): a logo's text and its alternative text, scraped side by side.
 */
function isDoubled(line: string): boolean {
  const words = line.split(/\s+/u);
  if (words.length < 4 || words.length % 2 === 1) return false;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) if (words[i] !== words[i + half]) return false;
  return true;
}

/** Content words (four letters or more, folded, cut to a stem): what a title shares with its story. */
const STEM = 5;
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of foldDiacritics(text).toLowerCase().split(NON_WORD))
    if (w.length >= 4) words.add(w.slice(0, STEM));
  return words;
}
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** A non-blank, trimmed line of the page and the blank-line paragraph it sits in. */
export interface PageLine {
  readonly text: string;
  readonly paragraph: number;
  /** The phrase tables' answer for the line, when the caller has it already (`null`: not chrome). */
  readonly chrome?: ChromePlacement | null;
}

export interface LayoutOptions {
  /** Look for the title among the lines (false when the envelope brings its own headline). */
  readonly findHeadline: boolean;
}

/**
 * Roles of a page's non-blank, trimmed lines, in order. Without any prose line the page is left to
 * the tables alone (every line `text` unless a table calls it chrome).
 */
export function layOutPage(page: readonly PageLine[], options: LayoutOptions): LineRole[] {
  const lines = page.map((l) => l.text);
  const shapes = markTeasers(page, markCaptions(page, markWrappedProse(page, page.map(shapeOf))));
  const longTitle = options.findHeadline ? markLongTitle(page, shapes) : -1;
  const roles: LineRole[] = shapes.map((s) => ROLE_OF_SHAPE[s]);
  const coreStart = shapes.indexOf('prose');
  if (coreStart < 0) return roles;
  let coreEnd = shapes.lastIndexOf('prose');
  // A short closing sentence after the last prose line (chrome between them aside) is still the story.
  for (let i = coreEnd + 1; i < lines.length; i++) {
    if (shapes[i] === 'chrome' || shapes[i] === 'credit' || shapes[i] === 'caption' || shapes[i] === 'teaser')
      continue;
    if (shapes[i] !== 'short' || !endsSentence(lines[i]!) || wordCount(lines[i]!) < MIN_CLOSING_WORDS) break;
    coreEnd = i;
  }
  // A page cut short by the scrape ends inside the story, at most a heading after the last prose.
  let last = lines.length - 1;
  while (last > coreEnd && shapes[last] === 'teaser') last--;
  if (
    last > coreEnd &&
    last - coreEnd <= 2 &&
    shapes[last] === 'short' &&
    cutShort(lines[last]!, lines[coreEnd]!)
  )
    coreEnd = last;

  // A dispatch whose envelope brings the headline comes from a feed, not a page: no top chrome by shape.
  const headline =
    longTitle >= 0 ? longTitle : options.findHeadline ? pickHeadline(lines, shapes, coreStart) : -1;
  for (let i = 0; i < (options.findHeadline ? coreStart : 0); i++) {
    const shape = shapes[i]!;
    if (shape === 'dateline') continue;
    // A lead photo above the title keeps its caption and credit roles; the rest above it is chrome.
    if (i < headline) roles[i] = shape === 'caption' || shape === 'credit' ? shape : 'chrome';
    else if (i === headline) roles[i] = 'headline';
    else if (shape === 'short' || shape === 'edge-chrome')
      roles[i] = shape === 'short' && opensStory(lines[i]!) && !isPageLabel(lines[i]!) ? 'text' : 'chrome';
  }
  if (headline >= 0) markLeadCaption(lines, shapes, roles, headline, coreEnd);
  for (let i = coreEnd + 1; i < lines.length; i++) {
    const shape = shapes[i];
    if (shape !== 'credit' && shape !== 'caption' && shape !== 'byline' && shape !== 'teaser')
      roles[i] = 'chrome';
  }
  return roles;
}

/** `Circonstance : Questions d'actualité …`, `Source: Ministry of Defence`: a label, a colon, a value. */
const PAGE_LABEL = /^\p{Lu}[\p{L}()'’-]*(?:\s\p{L}[\p{L}()'’-]*)?\s?:\s/u;

/** Page metadata under the title: a labelled value, not closed by a stop. */
function isPageLabel(line: string): boolean {
  return PAGE_LABEL.test(line) && !endsSentence(line);
}

/**
 * A line between the title and the first prose line that is already the story: a standfirst or a
 * caption of some length, or a short first sentence (`PETER COOK: Afternoon, everybody.`).
 */
function opensStory(line: string): boolean {
  const words = wordCount(line);
  if (words >= MIN_KEPT_WORDS) return true;
  if (!endsSentence(line)) return false;
  return SPEAKER_TURN.test(line) || (words >= MIN_CLOSING_WORDS && lowerCaseShare(line) > 0);
}

/** A wire dateline opening a line: a place in capitals, then a dash. */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s.,'’]{2,40}[–—-]/u;

/**
 * The lead photo's caption under the title (`Palestinians inspect the scene of … in the northern Gaza
 * Strip, March 18, 2017.`): the first line of text after the title, bylines aside, closed by a full date
 * as wire captions are, with the story still to come; a copy of it right under it too.
 */
function markLeadCaption(
  lines: readonly string[],
  shapes: readonly Shape[],
  roles: LineRole[],
  headline: number,
  coreEnd: number,
): void {
  let i = headline + 1;
  while (i < coreEnd && (shapes[i] === 'byline' || shapes[i] === 'dateline' || roles[i] === 'chrome')) i++;
  const line = lines[i];
  if (i >= coreEnd || line === undefined || (shapes[i] !== 'prose' && shapes[i] !== 'short')) return;
  // A lead opening with its dateline (`SOUTHWEST ASIA – …`) is the story, whatever date closes it.
  if (!endsWithFullDate(line) || WIRE_DATELINE.test(line)) return;
  roles[i] = 'caption';
  if (lines[i + 1] === lines[i] && i + 1 < coreEnd) roles[i + 1] = 'caption';
}

/**
 * The page's last line, a sentence the scrape cut short ("… killed two people Thursday, including a
 * ch"): prose by its small words in lower case, or a list item like the one before it.
 */
function cutShort(line: string, before: string): boolean {
  const words = wordCount(line);
  const marker = /^[-–—•*·]+/u.exec(line)?.[0];
  if (marker !== undefined && before.startsWith(marker)) return true;
  const lower = lowerCaseShare(line);
  return (words >= 4 && lower >= 0.25) || (words >= MIN_CUT_WORDS && lower >= 0.5);
}

/**
 * A long title (`Déclaration de M. Jean-Yves Le Drian, ministre de la défense, en réponse à une
 * question sur …`): the first prose-length line, under nothing but chrome, without a stop, followed by page labels rather than
 * running text. It is the headline (its index is returned; -1 when there is none).
 */
function markLongTitle(page: readonly PageLine[], shapes: Shape[]): number {
  const first = shapes.indexOf('prose');
  const line = page[first];
  if (line === undefined || !isTitleLine(line.text.replace(/\.$/u, ''))) return -1;
  // Only at the top of the page: a title-shaped line above it is the title, this the lead.
  for (let i = 0; i < first; i++) if (shapes[i] !== 'chrome' && shapes[i] !== 'edge-chrome') return -1;
  const next = page[first + 1];
  const nextShape = shapes[first + 1];
  if (next === undefined || nextShape === 'prose' || /^\p{Ll}/u.test(next.text)) return -1;
  // A title closed by a stop (as some official sites write them) needs a page label under it, or a
  // section heading when it is short (`Point de situation des opérations du 16 au 22 août.` over
  // `TERRITOIRE NATIONAL`).
  const label = nextShape === 'chrome' || nextShape === 'edge-chrome' || nextShape === 'dateline';
  const heading =
    nextShape === 'short' && isTitleLine(next.text) && wordCount(line.text) <= MAX_STOPPED_TITLE_WORDS;
  if (endsSentence(line.text) && !label && !heading) return -1;
  shapes[first] = 'short';
  return first;
}

/** Lines from the page's end a teaser is looked for in, and lines from its top the lead is sought in. */
const TEASER_WINDOW = 6;
const LEAD_WINDOW = 24;
/** A teaser keeps at least this many whole words of the passage it restates. */
const MIN_TEASER_WORDS = 3;

/**
 * A teaser near the page's end: a line cut with an ellipsis that restates, word for word, the start of
 * an earlier passage (`Mr. Bacon: Good afte…`). Marked before the story's end is sought, so chrome between
 * the story and a teaser appended below it stays at the edge.
 */
function markTeasers(page: readonly PageLine[], shapes: Shape[]): Shape[] {
  for (let i = Math.max(1, page.length - TEASER_WINDOW); i < page.length; i++) {
    const line = page[i]!.text;
    if (!endsWithEllipsis(line) || shapes[i] === 'chrome') continue;
    const words = normalizeForFingerprint(withoutEllipsis(line)).split(' ');
    // The last word may be cut mid-word: only the whole ones before it must match.
    const whole = words.slice(0, -1).join(' ');
    if (words.length - 1 < MIN_TEASER_WORDS) continue;
    for (let k = 0; k < Math.min(i, LEAD_WINDOW); k++) {
      if (shapes[k] === 'chrome') continue;
      const passage = normalizeForFingerprint(
        page
          .slice(k, Math.min(i, k + 4))
          .map((l) => l.text)
          .join(' '),
      );
      if (passage.length > whole.length && passage.startsWith(`${whole} `)) {
        shapes[i] = 'teaser';
        break;
      }
    }
  }
  return shapes;
}

/** A title closed by a stop over a section heading has at most this many words. */
const MAX_STOPPED_TITLE_WORDS = 15;

/** Lines of a caption's own paragraph above its credit, at most. */
const MAX_CAPTION_LINES = 3;

/**
 * Text closed by a photo credit is that photo's caption: the lines of the credit's paragraph before it
 * (a short paragraph), or else the line right above it.
 */
function markCaptions(page: readonly PageLine[], shapes: Shape[]): Shape[] {
  const isText = (k: number) => shapes[k] === 'prose' || shapes[k] === 'short';
  for (let i = 1; i < shapes.length; i++) {
    if (shapes[i] !== 'credit') continue;
    const paragraph = page[i]!.paragraph;
    let first = i;
    while (first > 0 && page[first - 1]!.paragraph === paragraph) first--;
    // A caption paragraph is a few lines; a page scraped without blank lines is one long paragraph.
    // (A paragraph opening the page may be the whole page, scraped without blank lines.)
    const from = first > 0 && first < i && i - first <= MAX_CAPTION_LINES ? first : i - 1;
    for (let j = i - 1; j >= Math.max(0, from) && isText(j); j--) shapes[j] = 'caption';
  }
  return shapes;
}

/**
 * Hard-wrapped prose: a run of lines of several words each, without a sentence end before the last,
 * whose joined text reads as prose; every line of it is prose (a wrapped lead is not a title).
 */
function markWrappedProse(page: readonly PageLine[], shapes: Shape[]): Shape[] {
  let i = 0;
  while (i < page.length) {
    let j = i;
    while (j + 1 < page.length && wrapsInto(page[j]!, page[j + 1]!, shapes[j]!, shapes[j + 1]!)) j++;
    const joined = page
      .slice(i, j + 1)
      .map((l) => l.text)
      .join(' ');
    if (j > i && isProseLine(joined)) for (let k = i; k <= j; k++) shapes[k] = 'prose';
    i = j + 1;
  }
  return shapes;
}

/**
 * Whether a line runs on into the next one inside a paragraph: the next starts in lower case, or
 * the line is as long as wrapped lines are and reads as prose (a title is shorter, or Title Case).
 */
function wrapsInto(line: PageLine, next: PageLine, shape: Shape, nextShape: Shape): boolean {
  const text = (s: Shape) => s === 'short' || s === 'prose';
  if (!text(shape) || !text(nextShape) || line.paragraph !== next.paragraph || endsSentence(line.text))
    return false;
  if (wordCount(line.text) < MIN_WRAPPED_WORDS) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  // Lines of a hard-wrapped paragraph are about as long as each other (the last one shorter): a title
  // followed by a long unwrapped paragraph is not the first line of it.
  return (
    line.text.length >= MIN_WRAPPED_CHARS &&
    lowerCaseShare(line.text) >= 0.5 &&
    next.text.length <= line.text.length * WRAP_LENGTH_SPREAD
  );
}

/**
 * The title: a title-shaped line above the story that shares words with its lead; the one sharing
 * most, the nearest on a tie. None when no line qualifies: a headline is never invented.
 */
function pickHeadline(lines: readonly string[], shapes: readonly Shape[], coreStart: number): number {
  if (coreStart === 0) return -1;
  let any = false;
  for (let i = 0; i < coreStart && !any; i++) any = shapes[i] === 'short' && isTitleLine(lines[i]!);
  if (!any) return -1;
  const lead = contentWords(lines.slice(coreStart, coreStart + LEAD_LINES).join(' '));
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < coreStart; i++) {
    if (shapes[i] !== 'short' || !isTitleLine(lines[i]!)) continue;
    const words = contentWords(lines[i]!);
    let shared = 0;
    for (const w of words) if (lead.has(w)) shared++;
    const score = shared === 0 ? 0 : shared / Math.sqrt(words.size);
    if (score > 0 && score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
