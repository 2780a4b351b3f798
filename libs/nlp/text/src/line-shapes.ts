/**
 * Shapes of a page's lines that need no phrase table: a date standing alone, a photo credit, a menu
 * of short links, running prose, a title. Each is a cheap test on one trimmed line; the layout
 * (page-layout.ts) combines them with the line's place on the page.
 */
import { foldDiacritics } from './fold-diacritics';
import { CALENDAR } from './language/calendar';
import { DANGLING_WORDS } from './language/function-words';

const fold = (s: string): string => foldDiacritics(s).toLowerCase().replace(/\.$/u, '');
const MONTHS = new Set(
  Object.values(CALENDAR).flatMap((c) => [...c.months, ...c.monthAbbreviations].map(fold)),
);
const WEEKDAYS = new Set(
  Object.values(CALENDAR).flatMap((c) => [...c.weekdays, ...c.weekdayAbbreviations].map(fold)),
);
/** Small words a date line may hold: `le 3 mars`, `on March 2`, `2:05 PM EDT`, `à 14h`. */
const DATE_GLUE = new Set([
  'le',
  'the',
  'on',
  'at',
  'a',
  'am',
  'pm',
  'a.m',
  'p.m',
  'de',
  'du',
  'del',
  'of',
  'updated',
]);

/** A place in capitals alone before a dash: `WASHINGTON —`. */
const PLACE_DASH = /^\p{Lu}[\p{Lu}\s.,'’]{2,30}$/u;

/** A place before a date is one or two words (`TAMPA, Fla.,`, `Washington DC,`); three is a title. */
const MAX_PLACE_WORDS = 2;

export function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of line) {
    const space = ch === ' ' || ch === '\t' || ch === '\u00A0';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A line that is only a date, with an optional place before it and a time after it:
 * `September 28, 2014`, `Le 23 mars 2021`, `TAMPA, Fla., Oct. 14, 2014 -`, `May 26, 1999 2:05 PM EDT`,
 * `Brussels, 4 April 2019`, `11/02/2016`; or a capitalised place alone before a dash (`WASHINGTON —`).
 */
export function isDateLine(line: string): boolean {
  const s = trimTrailing(line.trim(), ' \t\u00A0:|–—-');
  if (s.length === 0 || s.length > 70) return false;
  if (!/\d/u.test(s)) return PLACE_DASH.test(s) && /[–—-]\s*$/u.test(line.trim());
  const tokens = s.split(/[\s,]+/u).filter((t) => t.length > 0);
  if (tokens.length > 12) return false;
  let month = false;
  let numericDate = false;
  let numbers = 0;
  let dateStarted = false;
  let placeWords = 0;
  for (const token of tokens) {
    const key = fold(token);
    if (MONTHS.has(key)) {
      month = true;
      dateStarted = true;
    } else if (WEEKDAYS.has(key)) dateStarted = true;
    else if (/^\d{1,4}(?:er|st|nd|rd|th)?\.?$/u.test(key)) {
      numbers++;
      dateStarted = true;
    } else if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/u.test(key)) {
      numericDate = true;
      dateStarted = true;
    } else if (/^\d{1,2}[:h]\d{2}(?::\d{2})?(?:am|pm)?$/u.test(key) || DATE_GLUE.has(key)) {
      // time or glue word: allowed anywhere
    } else if (/^[A-Z]{2,5}$/u.test(token) && dateStarted) {
      // a time zone after the date (EDT, GMT, UTC)
    } else if (/^[+-]\d{1,2}$/u.test(key)) {
      // an offset after a time zone
    } else if (!dateStarted && /^\p{Lu}/u.test(token) && placeWords < MAX_PLACE_WORDS) placeWords++;
    else return false;
  }
  return numericDate || (month && numbers >= 1);
}

/** Words that open the end of a span of days. */
const RANGE_WORDS = new Set(['au', 'to', 'through', 'until', 'and', 'et', '-', '–', 'al', 'bis', 'hasta']);

/**
 * A line closed by a full date, as wire photo captions are (`… in the northern Gaza Strip, March 18,
 * 2017.`, `… Wednesday, Aug. 6, 2014.`, `… Kandahar, 11 Dec 2010`): month, day and year.
 */
export function endsWithFullDate(line: string): boolean {
  const tokens = trimTrailing(line.trim(), ' .')
    .split(/[\s,]+/u)
    .slice(-3)
    .map(fold);
  if (tokens.length < 3 || !/^\d{4}$/u.test(tokens[2]!)) return false;
  // A span of days (`du 13 au 29 août 2004`, `from May 2 to May 4, 2019`) dates an event, not a photo.
  const before = trimTrailing(line.trim(), ' .')
    .split(/[\s,]+/u)
    .slice(-5, -3)
    .map(fold);
  if (before.some((t) => RANGE_WORDS.has(t))) return false;
  const [a, b] = tokens as [string, string];
  const day = (t: string) => /^\d{1,2}(?:er|st|nd|rd|th)?$/u.test(t);
  return (MONTHS.has(a) && day(b)) || (day(a) && MONTHS.has(b));
}

/** A photo credit line: `Photo by …`, `Credit: …`, `VIRIN: …`, `(U.S. Air Force photo by …)`, `DoD photo`. */
export function isCreditLine(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > 140) return false;
  if (
    /^(?:photos?|images?|crédits?|credits?|illustration|vidéo|video)(?:\s+(?:by|par|de)\b|\s*[:©])/iu.test(s)
  )
    return true;
  if (/^virin\s*:/iu.test(s)) return true;
  if (!/photo/iu.test(s)) return false;
  // `DoD photo by Petty Officer 1st Class Greg Messier, U.S. Navy.`: a credit, its stop included.
  if (/^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}photo(?:graph)?s?\s+(?:by|courtesy)\b/u.test(s) && s.length <= 140)
    return true;
  const by = /\bphoto(?:graph)?s?\s*(?:by\b|\/|courtesy\b)/iu.test(s);
  const last = /\bphoto(?:graph)?s?\)?$/iu.test(s);
  const bracketed = s.startsWith('(') && s.endsWith(')');
  return (by || last) && (bracketed || (s.length <= 100 && !endsSentence(s)));
}

/**
 * A run of short links set apart by bars or bullets (`Home | News | About`, `Accueil • Monde • Afrique`),
 * or a breadcrumb of short parts (`News / Middle East`).
 */
export function isMenuLine(line: string): boolean {
  if (!MENU_MARK.test(line)) return false;
  if (!endsSentence(line) && /\s[/>›»]\s/u.test(line)) {
    const crumbs = line.split(/\s[/>›»]\s/u).map((p) => p.trim());
    if (crumbs.every((p) => p.length > 0 && wordCount(p) <= 4)) return true;
  }
  const parts = line
    .split(/[|•·]/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 3) return false;
  const short = parts.filter((p) => wordCount(p) <= 5).length;
  // A long breadcrumb may end with the page title, written twice by a mobile and a desktop menu.
  return short >= parts.length - 1 || (parts.length >= 6 && short >= parts.length - 2);
}

const MENU_MARK = /[|•·/>›»]/u;

/** Sentence-final punctuation, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…](?:["'”’»)\]]+)?$/u;

/** A line or a sentence cut with an ellipsis (`…`, `...`), possibly inside a closing quote or bracket. */
const ELLIPSIS_END = /(?:…|\.\.\.)["'”’»)\]]?$/u;

export function endsWithEllipsis(text: string): boolean {
  return ELLIPSIS_END.test(text);
}

/** `text` without the ellipsis (and the closer after it) that ends it. */
export function withoutEllipsis(text: string): string {
  return text.replace(ELLIPSIS_END, '');
}

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/** Running text of the story: a full sentence of some length, or a long run of words. */
export function isProseLine(line: string): boolean {
  const words = wordCount(line);
  if (words >= 18) return true;
  // A title closed by an abbreviation (`DoD News Briefing, Tuesday, April 20, 1999 - 2:05 p.m.`) is in
  // Title Case; a sentence has its small words in lower case.
  return words >= 8 && endsSentence(line) && lowerCaseShare(line) >= MIN_PROSE_LOWER_SHARE;
}

/** Share of lower-case words below which a line ending in a stop reads as a title, not a sentence. */
const MIN_PROSE_LOWER_SHARE = 0.25;

/** Two sentences inside one line: a stop, a space, a capital (abbreviations aside, a fair sign). */
const INNER_SENTENCE_END = /[a-z\u00DF-\u00FF)"”»][.!?]["”»]?\s+["“«]?\p{Lu}\p{Ll}/u;

const DANGLING = new Set(Object.values(DANGLING_WORDS).flatMap((words) => words.map((w) => fold(w))));
/** An abbreviation written with inner stops closing a line (`2:05 p.m.`, `U.S.`): no sentence stop. */
const FINAL_ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;

/**
 * Reads as a title: a few words, no sentence inside, not closed by a stop (an abbreviation aside) nor
 * by an article, a preposition or a conjunction.
 */
export function isTitleLine(line: string): boolean {
  const s = line.trim();
  const words = wordCount(s);
  if (words < 2 || words > 30 || s.length > 220 || /^["“«(]?\p{Ll}/u.test(s)) return false;
  // A breadcrumb that ends with the title is navigation, not the title.
  if (/\s[>›»]\s/u.test(s)) return false;
  if (/[.;,:]$/u.test(s) && !/\.\.\.$|…$/u.test(s) && !FINAL_ABBREVIATION.test(s)) return false;
  const last = s.slice(s.lastIndexOf(' ') + 1);
  if (DANGLING.has(fold(last))) return false;
  return !INNER_SENTENCE_END.test(s);
}

/** Share of a line's words that start in lower case: prose is mostly lower case, menus and titles are not. */
export function lowerCaseShare(line: string): number {
  const words = line.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length;
}

/** `s` without the characters of `set` at its end (a loop: a `[…]+$` pattern rescans on every start). */
function trimTrailing(s: string, set: string): string {
  let end = s.length;
  while (end > 0 && set.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** A sentence stop followed by a photo credit (`. Navy photo by …`, `. Photo courtesy of …`). */
const CLOSING_CREDIT = /[.!?]\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}[Pp]hoto(?:graph)?s?\s+(?:by|courtesy)\b)/u;

/**
 * A photo caption: a line closed by its photo credit (`… at Ellsworth. (U.S. Air Force photo/Jane Roe)`),
 * or opened as wire captions are (`FILE - In this photo …`, `In this image made from video …`).
 */
export function isCaptionLine(line: string): boolean {
  const s = line.trim();
  if (/^(?:FILE\s*[-–—]|In this (?:photo|image|file photo|picture)\b)/u.test(s)) return true;
  // `… in a strike against al Qaeda. DoD photo by Petty Officer Greg Messier, U.S. Navy.`
  const credit = CLOSING_CREDIT.exec(s);
  if (credit !== null && isCreditLine(s.slice(credit.index + 1).trim())) return true;
  if (!s.endsWith(')')) return false;
  const open = s.lastIndexOf('(');
  return open > 0 && /\b(?:photo|image|crédit)/iu.test(s.slice(open));
}
