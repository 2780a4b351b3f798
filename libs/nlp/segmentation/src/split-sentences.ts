import {
  BULLET,
  CHAR_CLASS,
  CLOSER,
  EXCLAIM,
  OPENER,
  SPACE,
  TERMINAL,
  TOKEN_STOP,
  has,
  startsDigit,
  startsLower,
  startsUpper,
} from './chars';
import type { CompiledRules } from './rules/compile-rules';

/** A half-open range `[start, end)` of the text. */
export type Range = readonly [start: number, end: number];

/** The longest token we look back at: bounds the work per candidate so the scan stays linear. */
const MAX_TOKEN = 40;
/** How far an attribution after a closing quote is looked for. */
const ATTRIBUTION_WINDOW = 90;

const MULTI_PERIOD = /^(?:[\p{L}]{1,2}\.-?)+[\p{L}]{1,2}$/u;
const SINGLE_UPPER = /^[\p{Lu}]$/u;
const SINGLE_LOWER = /^[\p{Ll}]$/u;
const NUMBER = /^[$€£¥]?[\d][\d.,]*$/u;
const ELIDED = /^[\p{L}]{1,3}['’](.+)$/u;
const WORD = /^[\p{L}\p{M}]+/u;

interface Next {
  /** The first word after the candidate, without opening quotes or brackets ('' when none). */
  readonly word: string;
  /** Whether that word is followed by an apostrophe (`L'armée` gives `L` and true). */
  readonly elided: boolean;
  /** The first character that is not a space. */
  readonly first: string;
  /** The word after `word` ('' when none), to tell `J.-M. Le Pen` from `av. J.-C. Le royaume`. */
  readonly second: string;
}

function readNext(text: string, from: number, end: number): Next {
  const first = text[from] ?? '';
  let i = from;
  while (i < end && has(text, i, OPENER | SPACE)) i++;
  const m = WORD.exec(text.slice(i, Math.min(end, i + MAX_TOKEN)));
  if (m === null) {
    return { word: text.slice(i, i + 1), elided: false, first, second: '' };
  }
  const wordEnd = i + m[0].length;
  const after = text[wordEnd];
  let k = wordEnd;
  while (k < end && has(text, k, SPACE) && k - wordEnd < 3) k++;
  const second = k > wordEnd ? (WORD.exec(text.slice(k, Math.min(end, k + MAX_TOKEN)))?.[0] ?? '') : '';
  return { word: m[0], elided: after === "'" || after === '’', first, second };
}

/**
 * Whether the next word opens a sentence. After initials (`nameLike`), a particle before a capitalised
 * word is a surname (`J.-Y. Le Drian`), not an article.
 */
function isStarter(rules: CompiledRules, next: Next, nameLike = false): boolean {
  if (nameLike && rules.nameParticles.has(next.word) && startsUpper(next.second)) return false;
  return next.elided
    ? rules.starters.has(`${next.word}'`) || rules.starters.has(next.word)
    : rules.starters.has(next.word);
}

/** Whether a period after `token` ends the sentence, given what follows. */
function periodEnds(rules: CompiledRules, rawToken: string, next: Next, tokenAtStart: boolean): boolean {
  const nextUpper = startsUpper(next.word);
  const nextDigit = startsDigit(next.word);
  const nextLower = startsLower(next.word);
  if (rawToken === '') return !nextLower;
  // URLs, paths and e-mail addresses end like ordinary words.
  if (rawToken.includes('/') || rawToken.includes('@')) return !nextLower;
  if (NUMBER.test(rawToken)) {
    // `1.` opening a list item, or a German ordinal (`am 3. Oktober`).
    if (tokenAtStart && /^\d{1,3}$/.test(rawToken)) return false;
    if (rules.ordinalPeriod && /^\d{1,2}$/.test(rawToken) && !nextLower && !nextDigit)
      return isStarter(rules, next);
    return !nextLower;
  }
  const token = ELIDED.exec(rawToken)?.[1] ?? rawToken;
  if (rules.titles.has(token)) return false;
  if (rules.finalExact.has(token)) return nextUpper;
  const abbreviation = isAbbreviation(rules, token);
  // A bracket after an abbreviation carries on the sentence (Reuters' `Alphabet Inc. (GOOGL.O) rose`).
  if (abbreviation && next.first === '(') return false;
  const lower = token.toLowerCase();
  if (rules.nonFinal.has(lower)) return false;
  if (rules.beforeNumber.has(lower) || rules.abbreviationEnding?.test(token) === true)
    return !nextDigit && nextUpper;
  if (rules.final.has(lower)) return nextUpper;
  if (rules.starterOnly.has(lower)) return isStarter(rules, next);
  if (MULTI_PERIOD.test(token)) return isStarter(rules, next, token.split('.').length <= 2);
  // A lone letter opening the text is a list label (`a.`) or an initial (`J. Smith`).
  if (tokenAtStart && (SINGLE_UPPER.test(token) || SINGLE_LOWER.test(token))) return false;
  if (SINGLE_UPPER.test(token)) return isStarter(rules, next, true);
  if (SINGLE_LOWER.test(token)) return nextUpper;
  return !nextLower;
}

/** Whether `token` is a known abbreviation, an initial or a dotted acronym. */
function isAbbreviation(rules: CompiledRules, token: string): boolean {
  const lower = token.toLowerCase();
  return (
    rules.nonFinal.has(lower) ||
    rules.beforeNumber.has(lower) ||
    rules.final.has(lower) ||
    rules.starterOnly.has(lower) ||
    rules.finalExact.has(token) ||
    rules.abbreviationEnding?.test(token) === true ||
    MULTI_PERIOD.test(token) ||
    SINGLE_UPPER.test(token) ||
    SINGLE_LOWER.test(token)
  );
}

/** Where the next sentence scan should look in {@link terminalOffsets}; shared by the calls on one text. */
export interface TerminalCursor {
  /** Every terminal mark of the text, ascending. */
  readonly offsets: readonly number[];
  /** Index of the first offset not yet passed; only moves forward, as ranges come in text order. */
  next: number;
}

/**
 * Splits `text[start, end)` into sentence ranges (trimmed). It jumps from one terminal mark to the next
 * (`cursor`, so ranges must be passed in text order) and looks back at most {@link MAX_TOKEN} characters
 * per candidate, so it is linear in the input.
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  rules: CompiledRules,
  cursor: TerminalCursor,
): Range[] {
  const cls = CHAR_CLASS;
  const out: Range[] = [];
  const offsets = cursor.offsets;
  let segStart = start;
  let i = start;
  while (i < end) {
    if ((cls[text.charCodeAt(i)]! & TERMINAL) === 0) {
      let t = cursor.next;
      while (t < offsets.length && offsets[t]! < i) t++;
      cursor.next = t;
      if (t === offsets.length || offsets[t]! >= end) break;
      i = offsets[t]!;
    }
    // The run of final marks: `.`, `?!`, `...`, `…`, and the spaced `. . .`.
    let j = i;
    let dots = 0;
    let ellipsis = false;
    let spaced = false;
    let exclaim = false;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === 0x2e) dots++;
      else if (d === 0x2026) ellipsis = true;
      else if ((cls[d]! & EXCLAIM) !== 0) exclaim = true;
      else if (d === 0x20 && dots > 0 && text.charCodeAt(j + 1) === 0x2e && !exclaim) {
        spaced = true;
        j++;
        continue;
      } else break;
      j++;
    }
    if (dots >= 3 || (spaced && dots >= 2)) ellipsis = true;
    // Closing quotes and brackets stay with the sentence they close (French `. »` keeps its space).
    let k = j;
    for (;;) {
      if (k < end && (cls[text.charCodeAt(k)]! & CLOSER) !== 0) k++;
      else if (
        k + 1 < end &&
        text.charCodeAt(k) !== 0x0a &&
        (cls[text.charCodeAt(k)]! & SPACE) !== 0 &&
        (text.charCodeAt(k + 1) === 0xbb || text.charCodeAt(k + 1) === 0x203a)
      )
        k += 2;
      else break;
    }
    let m = k;
    while (m < end && (cls[text.charCodeAt(m)]! & SPACE) !== 0) m++;
    if (m >= end) break;
    const before = i > start ? text.charCodeAt(i - 1) : 0;
    if (m === k || before === 0x5b || before === 0x28) {
      // No space after the mark (`3.5`, `U.S.A`, `example.com`) or an elision mark `[...]`.
      i = Math.max(j, i + 1);
      continue;
    }
    const next = readNext(text, m, end);
    let ends: boolean;
    if (
      next.first === ',' ||
      next.first === ';' ||
      next.first === ':' ||
      next.first === ')' ||
      next.first === ']'
    ) {
      ends = false;
    } else if (startsLower(next.word)) {
      ends = false;
    } else if (
      k > j &&
      rules.attribution?.test(text.slice(m, Math.min(end, m + ATTRIBUTION_WINDOW))) === true
    ) {
      // `"Why now?" Smith asked.`: a capitalised attribution after a closing quote continues the sentence.
      ends = false;
    } else if (exclaim) {
      ends = true;
    } else if (ellipsis) {
      // A spaced three-dot ellipsis after a space marks an omission inside the sentence; four dots end it.
      const omission = spaced && dots === 3 && (cls[before]! & SPACE) !== 0;
      ends = !omission && startsUpper(next.word);
      if (ends && spaced && dots === 4 && k === j && (cls[before]! & SPACE) === 0) {
        // `word. . . . Next`: a period, then an ellipsis that marks an omission at the start of the next
        // sentence (Chicago style); cut after the period.
        pushTrimmed(text, segStart, i + 1, out);
        segStart = i + 1;
        i = m;
        continue;
      }
    } else {
      let t = i;
      while (t > start && i - t < MAX_TOKEN && (cls[text.charCodeAt(t - 1)]! & (SPACE | TOKEN_STOP)) === 0)
        t--;
      const token = text.slice(t, i);
      ends = periodEnds(rules, token, next, isItemStart(text, start, t));
    }
    if (ends) {
      pushTrimmed(text, segStart, k, out);
      segStart = m;
    }
    i = m;
  }
  pushTrimmed(text, segStart, end, out);
  return out;
}

/** Whether position `t` is the first token of the range, possibly after a bullet (`• 9.`). */
function isItemStart(text: string, start: number, t: number): boolean {
  for (let p = start; p < t; p++) {
    if (!has(text, p, SPACE | OPENER | BULLET)) return false;
  }
  return true;
}

/** Appends `[from, to)` without its surrounding white space, if anything is left. */
export function pushTrimmed(text: string, from: number, to: number, out: Range[]): void {
  let a = from;
  let b = to;
  while (a < b && has(text, a, SPACE)) a++;
  while (b > a && has(text, b - 1, SPACE)) b--;
  if (b > a) out.push([a, b]);
}
