import { BULLET, CHAR_CLASS, CLOSER, SPACE, TERMINAL, has, startsLower } from './chars';
import { endsSentence, isByline, wordCount } from '@wirestream/nlp-text';
import { pushTrimmed, type Range } from './split-sentences';

/** A piece of a paragraph: running text to cut into sentences, or a byline kept whole. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly byline: boolean;
  /** A wire dateline opening the first paragraph (`BAGDAD, 29 juin (AFP) -`). */
  readonly dateline?: boolean;
}

/** A list marker at the start of a line: bullets, dashes (`--` too), `1.`, `2)`, `3.)`, `a)`, `ii.`, `(4)`. */
export const LIST_MARKER =
  /^[ \t\u00A0]*(?:[•⁃▪◦‣●○■□►▸*]|(?:--|[-–—])(?=\s)|\d{1,3}(?:\.\)|[.)])(?=\s)|(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)[.)](?=\s)|\(\d{1,3}\)|\([a-z]\))/u;

/** A lower-case word of at most three letters ending the looked-at text (`à`, `to`, `de`). */
const SHORT_LOWER_WORD = /(?:^|[^\p{L}])\p{Ll}{1,3}$/u;

/** Bullet characters, searched natively rather than char by char. */
const BULLETS = /[•⁃▪◦‣●○■□►▸]/gu;

/** Cuts a paragraph into units: hard line breaks, bylines, list items. */
export function splitParagraph(text: string, start: number, end: number): Unit[] {
  const lines: Range[] = [];
  let ls = start;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    lines.push([ls, nl]);
    ls = nl + 1;
  }
  lines.push([ls, end]);
  // A hard-wrapped paragraph is reflowed: its line ends are spaces (a list item still starts a unit).
  const reflow = isHardWrapped(text, lines);
  const units: Unit[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = (): void => {
    if (blockStart >= 0)
      for (const [a, b] of splitItems(text, blockStart, blockEnd))
        units.push({ start: a, end: b, byline: false });
    blockStart = -1;
  };
  let prev: string | undefined;
  for (const [a, b] of lines) {
    const line = text.slice(a, b);
    if (line.trim() === '') continue;
    if (isByline(line)) {
      flush();
      const r: Range[] = [];
      pushTrimmed(text, a, b, r);
      for (const [x, y] of r) units.push({ start: x, end: y, byline: true });
      prev = undefined;
      continue;
    }
    if (blockStart >= 0 && prev !== undefined && (reflow ? LIST_MARKER.test(line) : hardBreak(prev, line)))
      flush();
    if (blockStart < 0) blockStart = a;
    blockEnd = b;
    prev = line;
  }
  flush();
  return units;
}

/** A paragraph is only read as hard-wrapped when its longest line is at least this long. */
const MIN_WRAP_WIDTH = 30;

/**
 * Whether a paragraph was hard-wrapped at a fixed width, decided for the whole paragraph: two lines or
 * more, every line but the last so full that the next line's first word would not have fitted on it (a
 * greedy wrap at any width at least the longest line's), and most of them ending inside a sentence. A
 * title over its text, or a list of short items, leaves room on its short lines.
 */
function isHardWrapped(text: string, lines: readonly Range[]): boolean {
  const rows = lines.map(([a, b]) => text.slice(a, b).trim()).filter((l) => l.length > 0);
  if (rows.length < 2) return false;
  const width = Math.max(...rows.map((r) => r.length));
  if (width < MIN_WRAP_WIDTH) return false;
  let stops = 0;
  for (let i = 0; i + 1 < rows.length; i++) {
    const next = rows[i + 1]!;
    const space = next.indexOf(' ');
    const firstWord = space < 0 ? next.length : space;
    if (rows[i]!.length + 1 + firstWord <= width) return false;
    if (endsSentence(rows[i]!)) stops++;
  }
  // Wrapping cuts mostly inside sentences; lines that mostly end with a stop are sentences set apart.
  return stops * 2 < rows.length - 1;
}

/** At most this many words on a line without final punctuation make a heading-like line. */
const MAX_OPEN_LINE_WORDS = 8;

function isShortOpenLine(line: string): boolean {
  const s = line.trim();
  return /^\p{Lu}/u.test(s) && !endsSentence(s) && wordCount(s) <= MAX_OPEN_LINE_WORDS;
}

/**
 * Whether a line break ends a sentence by itself: before a list item, or after a line with no final
 * punctuation when the next line does not continue in lower case (a title, a list without periods).
 */
function hardBreak(prev: string, line: string): boolean {
  if (LIST_MARKER.test(line)) return true;
  const first = line.trimStart();
  if (startsLower(first)) return false;
  let e = prev.length;
  while (e > 0 && has(prev, e - 1, SPACE)) e--;
  while (e > 0 && has(prev, e - 1, CLOSER)) e--;
  const last = prev.charCodeAt(e - 1);
  // After a finished sentence, a short line without a stop stands alone (a heading, a list title).
  if ((CHAR_CLASS[last]! & TERMINAL) !== 0) return isShortOpenLine(first);
  // A colon closing a line introduces what the next line starts (`He said:` / `We have been clear …`).
  return !',;-–—(/&+'.includes(prev[e - 1] ?? ',');
}

/**
 * Splits a block before inline bullets and before the next number or letter of a list the block opens
 * with (`1.) first 2.) second`, `a. first b. second`).
 */
function splitItems(text: string, start: number, end: number): Range[] {
  const cls = CHAR_CLASS;
  const cuts: number[] = [];
  BULLETS.lastIndex = start + 1;
  for (let m = BULLETS.exec(text); m !== null && m.index < end; m = BULLETS.exec(text)) {
    if ((cls[text.charCodeAt(m.index - 1)]! & SPACE) !== 0) cuts.push(m.index);
  }
  const head = /^[ \t\u00A0]*(?:[•⁃▪◦‣●○■□►▸][ \t\u00A0]*)?(\d{1,2}|[a-z])(\.\)|[.)])[ \t\u00A0]/u.exec(
    text.slice(start, Math.min(end, start + 12)),
  );
  if (head !== null) {
    const style = head[2] ?? '.';
    let label = head[1] ?? '1';
    let from = start + head[0].length;
    for (;;) {
      label = /\d/u.test(label) ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
      const needle = `${label}${style}`;
      let at = text.indexOf(needle, from);
      while (at >= 0 && at < end && !has(text, at - 1, SPACE | BULLET)) at = text.indexOf(needle, at + 1);
      if (at < 0 || at >= end || !has(text, at + needle.length, SPACE)) break;
      let before = at;
      while (before > start && has(text, before - 1, SPACE)) before--;
      // An item behind a bullet is already cut at its bullet.
      // `de 3 à 2. Les`, `from 1 to 2. The`: a number after a short function word ends a sentence, it is
      // no list label.
      if (SHORT_LOWER_WORD.test(text.slice(Math.max(start, before - 4), before))) break;
      if (!has(text, before - 1, BULLET)) cuts.push(at);
      from = at + needle.length;
    }
  }
  cuts.sort((x, y) => x - y);
  const out: Range[] = [];
  let s = start;
  for (const c of cuts) {
    if (c <= s) continue;
    pushTrimmed(text, s, c, out);
    s = c;
  }
  pushTrimmed(text, s, end, out);
  return out;
}
