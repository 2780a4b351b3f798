import { calendarWords } from '@wirestream/nlp-text';
import { findPlace, type PlaceMatch } from './find-place';
import { ARTICLES, NUMBER_WORDS, type NumberLanguage } from './number-words';
import { type NumberReading, readNumber } from './read-number';
import {
  CONSISTING,
  COORDINATORS,
  KIND_PHRASES,
  LOCATION_PREPS,
  POST_MODIFIERS,
  PRE_MODIFIERS,
  TOTAL_MARKERS,
  ZERO_WORDS,
} from './strike-lexicon';
import type { Token } from './tokenize';
import type { KnownPlace, StrikeKind } from './types';

/** What one sentence says about strikes, before actors and periods are attached. */
export interface Mention {
  readonly reading: NumberReading;
  readonly kind: StrikeKind;
  /** Offsets of the count phrase: from the number (or qualifier) to the strike noun. */
  readonly start: number;
  readonly end: number;
  readonly location?: PlaceMatch & {
    readonly prepStart: number;
    /** Whether the preposition names an area ("in Syria", "en Irak") rather than a point ("near Mosul"). */
    readonly area: boolean;
  };
  /** End of the coordinated places a total covers ("in Syria and Iraq"); totals only. */
  readonly scopeEnd?: number;
  /** A stated total ("a total of", "consisting of", a list announced by a colon). */
  readonly total: boolean;
}

/** One sentence, tokenised, with what the extractor needs around it. */
export interface SentenceContext {
  readonly original: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly lang: NumberLanguage;
  readonly places: readonly KnownPlace[];
  readonly end: number;
}

const STOPS = new Set([
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '"',
  '\u00ab',
  '\u00bb',
  '!',
  '?',
  '\u2014',
  '\u2013',
  '\u201c',
  '\u201d',
]);
const LEADING = new Set([
  '-',
  '\u2013',
  '\u2014',
  '\u2022',
  '*',
  '"',
  '\u00ab',
  '\u201c',
  '>',
  'additionally',
  'meanwhile',
  'separately',
  'also',
  'and',
  'par',
  'ailleurs',
  'outre',
  'enfin',
  ',',
]);
/** Prepositions that place a count in an area, as a report's totals do; others point at a place. */
const AREA_PREPS = new Set(['in', 'en', 'dans', 'au', 'aux', 'across', 'throughout']);
const YEAR_CONTEXT = new Set([
  'the',
  'of',
  'in',
  'since',
  'en',
  'de',
  'depuis',
  'des',
  'les',
  'la',
  'le',
  'l',
  "'",
  'du',
  'fin',
  'debut',
]);
const NUMBER_CONTEXT = new Set([
  'resolution',
  'flight',
  'vol',
  'numero',
  'number',
  'no',
  'n',
  'route',
  'highway',
  'article',
]);
const MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const LINKS = new Set(['de', 'of']);

function matchSeq(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.t !== words[k]) return false;
  return true;
}

// Phrase lists are scanned at nearly every token; bucketing them by first word (order kept, so the
// first longest match still wins) leaves only the candidates that can match.
const NO_ITEMS: readonly never[] = [];
const firstWordIndexes = new WeakMap<readonly unknown[], ReadonlyMap<string, readonly unknown[]>>();

function byFirstWord<T>(
  list: readonly T[],
  wordsOf: (item: T) => readonly string[],
): ReadonlyMap<string, readonly T[]> {
  let index = firstWordIndexes.get(list) as ReadonlyMap<string, readonly T[]> | undefined;
  if (index === undefined) {
    const built = new Map<string, T[]>();
    for (const item of list) {
      const first = wordsOf(item)[0];
      if (first === undefined) throw new Error('a phrase list holds an empty phrase');
      const bucket = built.get(first);
      if (bucket === undefined) built.set(first, [item]);
      else bucket.push(item);
    }
    index = built;
    firstWordIndexes.set(list, index);
  }
  return index;
}

const wordsOfSeq = (words: readonly string[]): readonly string[] => words;
const wordsOfKind = (phrase: { readonly words: readonly string[] }): readonly string[] => phrase.words;

function candidates<T>(
  list: readonly T[],
  wordsOf: (item: T) => readonly string[],
  token: Token | undefined,
): readonly T[] {
  return token === undefined ? NO_ITEMS : (byFirstWord(list, wordsOf).get(token.t) ?? NO_ITEMS);
}

function hasKindWord(tokens: readonly Token[], lang: NumberLanguage): boolean {
  const heads = byFirstWord(KIND_PHRASES[lang], wordsOfKind);
  for (const t of tokens) if (heads.has(t.t)) return true;
  return false;
}

function longestSeq(tokens: readonly Token[], i: number, list: readonly (readonly string[])[]): number {
  let best = 0;
  for (const words of candidates(list, wordsOfSeq, tokens[i]))
    if (words.length > best && matchSeq(tokens, i, words)) best = words.length;
  return best;
}

/** Rejects figures that only look like counts: F-16, Dec. 16, the 2016 strikes, 2.5 strikes, No. 3. */
function isNotACount(tokens: readonly Token[], from: number, to: number, reading: NumberReading): boolean {
  const first = tokens[from] as Token;
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (!Number.isInteger(reading.value)) return true;
  if (tokens[to]?.t === '%') return true;
  if (prev?.t === '-' && prev.end === first.start && prev2 !== undefined && prev2.end === prev.start)
    return true;
  const before = prev?.t === '.' ? prev2 : prev;
  if (before !== undefined && (MONTHS.has(before.t) || NUMBER_CONTEXT.has(before.t))) return true;
  if (prev?.t === '\u00b0' || prev?.t === '#') return true;
  const year =
    first.digit && first.t.length === 4 && to === from + 1 && reading.value >= 1900 && reading.value <= 2100;
  return year && (prev === undefined || YEAR_CONTEXT.has(prev.t));
}

function matchKind(ctx: SentenceContext, j: number): { kind: StrikeKind; to: number } | undefined {
  const { tokens, lang } = ctx;
  let k = j;
  for (let guard = 0; guard < 4; guard++) {
    let best: { kind: StrikeKind; len: number } | undefined;
    for (const phrase of candidates(KIND_PHRASES[lang], wordsOfKind, tokens[k])) {
      if ((best === undefined || phrase.words.length > best.len) && matchSeq(tokens, k, phrase.words)) {
        best = { kind: phrase.kind, len: phrase.words.length };
      }
    }
    if (best !== undefined) return { kind: best.kind, to: k + best.len };
    const tok = tokens[k];
    if (tok === undefined) return undefined;
    // "U.S." and other dotted initials are one modifier.
    if (tok.cap && tok.t.length === 1 && tokens[k + 1]?.t === '.' && tokens[k + 1]?.start === tok.end) {
      k += 2;
      continue;
    }
    const hyphened = tokens[k + 1]?.t === '-' && tokens[k + 1]?.start === tok.end ? 2 : 0;
    if (PRE_MODIFIERS[lang].has(tok.t) || (tok.cap && !tok.digit)) {
      k += 1 + hyphened;
      continue;
    }
    return undefined;
  }
  return undefined;
}

function isNumberStart(tok: Token, lang: NumberLanguage): boolean {
  return tok.digit || (NUMBER_WORDS[lang].has(tok.t) && tok.t !== 'un' && tok.t !== 'une');
}

function locationAfter(
  ctx: SentenceContext,
  from: number,
): { place: PlaceMatch; prepStart: number; adjacent: boolean; area: boolean } | undefined {
  const { tokens, lang } = ctx;
  for (let k = from; k < tokens.length && k < from + 14; k++) {
    const tok = tokens[k] as Token;
    if (STOPS.has(tok.t)) return undefined;
    if (isNumberStart(tok, lang)) {
      // Another count of strikes ends this one's phrase; any other figure ("en 48 heures") does not.
      const num = readCount(ctx, k);
      if (num === undefined) continue;
      if (matchKind(ctx, num.to) !== undefined) return undefined;
      k = num.to - 1;
      continue;
    }
    if (
      (tok.t === 'et' || tok.t === 'and') &&
      tokens[k + 1] !== undefined &&
      isNumberStart(tokens[k + 1] as Token, lang)
    ) {
      return undefined;
    }
    const len = longestSeq(tokens, k, LOCATION_PREPS[lang]);
    if (len === 0) continue;
    const place = findPlace(tokens, k + len, ctx.places);
    if (place !== undefined)
      return { place, prepStart: tok.start, adjacent: k === from, area: AREA_PREPS.has(tok.t) };
  }
  return undefined;
}

/** "Near Abu Kamal, two strikes…": a location put in front of the sentence, before a comma. */
/** The sentence's first token past list markers, quotes and linking adverbs ("Separately, …"). */
function firstWordOf(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && LEADING.has((tokens[k] as Token).t)) k++;
  return k;
}

function frontedLocation(
  ctx: SentenceContext,
): (PlaceMatch & { prepStart: number; area: boolean; commaAt: number }) | undefined {
  const { tokens, lang } = ctx;
  let k = firstWordOf(tokens);
  // A date put first ("On Aug. 15 near Abu Kamal, …", "Le 7 mars, près de Mossoul, …") is skipped.
  const dated = skipLeadingDate(tokens, k);
  if (dated > k && longestSeq(tokens, dated, LOCATION_PREPS[lang]) > 0) k = dated;
  const len = longestSeq(tokens, k, LOCATION_PREPS[lang]);
  if (len === 0) return undefined;
  const place = findPlace(tokens, k + len, ctx.places);
  if (place === undefined) return undefined;
  const end = coordinatedEnd(ctx, place);
  const after = tokens.findIndex((t) => t.start >= end);
  if (tokens[after]?.t !== ',') return undefined;
  return {
    ...place,
    prepStart: (tokens[k] as Token).start,
    area: AREA_PREPS.has((tokens[k] as Token).t),
    commaAt: after,
  };
}

/** Verbs of carrying out strikes, folded (`carried` takes its `out`). */
const STRIKE_VERBS: Readonly<Record<NumberLanguage, ReadonlySet<string>>> = {
  en: new Set(['conducted', 'carried', 'launched', 'executed', 'performed']),
  fr: new Set(['mene', 'effectue', 'realise', 'conduit', 'lance']),
};
/** "Another strike …": one more strike. */
const ANOTHER: Readonly<Record<NumberLanguage, string>> = { en: 'another', fr: 'autre' };

/** Indexes of the tokens right after a verb of striking (past `out`): where an article counts one. */
function articlesAfterStrikeVerbs(ctx: SentenceContext): Set<number> {
  const at = new Set<number>();
  const verbs = STRIKE_VERBS[ctx.lang];
  ctx.tokens.forEach((tok, k) => {
    if (!verbs.has(tok.t)) return;
    at.add(ctx.tokens[k + 1]?.t === 'out' ? k + 2 : k + 1);
  });
  return at;
}

/**
 * The area named earlier in the sentence than its first count ("… continued to attack ISIL terrorists in
 * Syria Saturday, using … to conduct eight airstrikes"): the last `in <Place>` before the count.
 */
function areaBefore(
  ctx: SentenceContext,
  before: number,
): (PlaceMatch & { prepStart: number; area: boolean }) | undefined {
  const { tokens } = ctx;
  let found: (PlaceMatch & { prepStart: number; area: boolean }) | undefined;
  for (let k = 0; k < before; k++) {
    const tok = tokens[k] as Token;
    if (!AREA_PREPS.has(tok.t)) continue;
    const place = findPlace(tokens, k + 1, ctx.places);
    if (place === undefined || place.to > before) continue;
    // "in Iraq and Syria": a count over several places has no one place.
    found =
      coordinatedEnd(ctx, place) > place.end ? undefined : { ...place, prepStart: tok.start, area: true };
  }
  return found;
}

/** Words a date put in front of a sentence is made of, besides its figures and punctuation. */
const CALENDAR_WORDS = new Set(calendarWords(['en', 'fr']));
const DATE_WORDS = new Set([...CALENDAR_WORDS, 'on', 'le', 'the', 'du', 'of', 'de', 'er']);
/** Tokens a date put in front takes at most (`On Saturday, Aug. 15,`). */
const MAX_DATE_TOKENS = 8;

/** The index after a date put first ("On Aug. 15", "Le 7 mars,"), or `k` when there is none. */
function skipLeadingDate(tokens: readonly Token[], k: number): number {
  let i = k;
  let dateWord = false;
  while (i < tokens.length && i < k + MAX_DATE_TOKENS) {
    const t = (tokens[i] as Token).t;
    if (DATE_WORDS.has(t)) dateWord ||= CALENDAR_WORDS.has(t);
    else if (!(tokens[i] as Token).digit && t !== '.' && t !== ',') break;
    i++;
  }
  return dateWord ? i : k;
}

function readCount(ctx: SentenceContext, i: number) {
  const { tokens, lang, folded } = ctx;
  const zeroLen = longestSeq(tokens, i, ZERO_WORDS[lang]);
  if (zeroLen > 0)
    return { value: 0, min: 0, max: 0, approx: false, from: i, to: i + zeroLen, nominal: false };
  return readNumber(tokens, i, folded, lang);
}

/**
 * "13 strikes [coordinated with … Iraq] consisting of 52 engagements": the link to an engagements
 * total, within the same clause and followed by a count.
 */
function consistingAfter(ctx: SentenceContext, from: number): { at: number; len: number } | undefined {
  const { tokens, lang } = ctx;
  for (let c = from; c < tokens.length && c < from + 16; c++) {
    if (STOPS.has((tokens[c] as Token).t)) return undefined;
    const len = longestSeq(tokens, c, CONSISTING[lang]);
    if (len > 0 && readCount(ctx, c + len) !== undefined) return { at: c, len };
  }
  return undefined;
}

/** Index of the colon that announces a list after this count ("… 12 frappes mardi : huit près de…"). */
function listColon(tokens: readonly Token[], after: number): number {
  for (let k = after; k < tokens.length; k++) {
    const t = (tokens[k] as Token).t;
    if (t === ':') return k;
    if (STOPS.has(t)) return -1;
  }
  return -1;
}

function isTotalContext(ctx: SentenceContext, num: { qualifier?: string }, after: number): boolean {
  const { tokens, lang } = ctx;
  if (num.qualifier === 'exact') return true;
  if (longestSeq(tokens, after, TOTAL_MARKERS[lang]) > 0) return true;
  return listColon(tokens, after) >= 0;
}

/**
 * Finds the strike counts of one sentence: a number, optional modifiers, a strike noun, then the
 * place it is attached to; coordinated counts without a noun ("… et cinq près d'Al-Qaïm") take the
 * previous noun's kind.
 */
export function findMentions(ctx: SentenceContext): Mention[] {
  const { tokens } = ctx;
  // Every mention needs a strike noun (matchKind); most sentences have none, and reading numbers
  // at each of their tokens is the costliest part of the stage.
  if (!hasKindWord(tokens, ctx.lang)) return [];
  const mentions: Mention[] = [];
  const fronted = frontedLocation(ctx);
  // A tally item of a release: "Near Tikrit, a strike destroyed …" counts one strike. Only right after
  // a place put in front, where the article can only stand for the number.
  const itemAt = fronted === undefined ? -1 : fronted.commaAt + 1;
  // "Another strike near X …" opens a tally item (in a narrative, "another strike" recalls the past).
  const firstWord = firstWordOf(tokens);
  // …and right after a verb of striking there ("On Aug. 16 near Abu Kamal, forces conducted a strike").
  const verbArticles = fronted === undefined ? new Set<number>() : articlesAfterStrikeVerbs(ctx);
  let pendingTotal = false;
  let i = 0;
  while (i < tokens.length) {
    const t = (tokens[i] as Token).t;
    // An article standing for one in a tally item, or "another": one strike, when it has a place.
    const one =
      ((i === itemAt || verbArticles.has(i)) && ARTICLES[ctx.lang].has(t)) ||
      (i === firstWord && ANOTHER[ctx.lang] === t);
    const num = one
      ? { value: 1, min: 1, max: 1, approx: false, from: i, to: i + 1, nominal: false }
      : readCount(ctx, i);
    if (num === undefined) {
      i++;
      continue;
    }
    if (!one && isNotACount(tokens, num.from, num.to, num)) {
      i = num.to;
      continue;
    }
    let j = num.to;
    if (num.nominal && LINKS.has(tokens[j]?.t ?? '')) j++;
    else if (num.nominal && tokens[j]?.t === 'd' && tokens[j + 1]?.t === "'") j += 2;
    const kind = matchKind(ctx, j);
    if (kind === undefined) {
      i = num.to;
      continue;
    }
    let k = kind.to;
    while (k < tokens.length && POST_MODIFIERS.has((tokens[k] as Token).t)) k++;
    const link = consistingAfter(ctx, k);
    const consisting = link === undefined ? 0 : link.len;
    const total = pendingTotal || consisting > 0 || isTotalContext(ctx, num, k);
    pendingTotal = consisting > 0;
    const after = consisting > 0 ? undefined : locationAfter(ctx, k);
    // A place the count points at ("près de Mossoul") beats an area put in front ("En Irak, …").
    const usedAfter =
      after !== undefined && (after.adjacent || fronted === undefined || (fronted.area && !after.area));
    const location = usedAfter
      ? { ...after.place, prepStart: after.prepStart, area: after.area }
      : (fronted ?? (mentions.length === 0 ? areaBefore(ctx, num.from) : undefined));
    if (one && location === undefined) {
      i = num.to;
      continue;
    }
    const start = (tokens[num.from] as Token).start;
    const end = (tokens[k - 1] as Token).end;
    const mention: Mention = {
      reading: num,
      kind: kind.kind,
      start,
      end,
      total,
      ...(location ? { location } : {}),
      ...(location ? { scopeEnd: coordinatedEnd(ctx, location) } : {}),
    };
    mentions.push(mention);
    i = link !== undefined ? link.at + link.len : usedAfter ? after.place.to : k;
    if (consisting === 0 && !total) i = chainElliptic(ctx, i, mention, mentions);
    else if (consisting === 0) {
      const colon = listColon(tokens, k);
      const listed = colon >= 0 ? chainElliptic(ctx, colon + 1, mention, mentions, true) : -1;
      if (listed > colon + 1) i = listed;
    }
  }
  shareTotalScope(mentions);
  return mentions;
}

/** "huit bombardements près de Boukamal et cinq près d'Al-Qaïm": the second count reuses the noun. */
function chainElliptic(
  ctx: SentenceContext,
  from: number,
  previous: Mention,
  out: Mention[],
  listed = false,
): number {
  const { tokens, lang } = ctx;
  let i = from;
  let prev = previous;
  let first = listed;
  for (;;) {
    let c = i;
    while (c < tokens.length && COORDINATORS.has((tokens[c] as Token).t)) c++;
    if (c === i && !first) return i;
    first = false;
    const tok = tokens[c];
    // In a list, "et une à Manbij" counts one strike: the article stands for the number here.
    const single = tok !== undefined && ['un', 'une', 'one'].includes(tok.t);
    const num = single
      ? { value: 1, min: 1, max: 1, approx: false, from: c, to: c + 1, nominal: false }
      : readCount(ctx, c);
    if (num === undefined || isNotACount(tokens, num.from, num.to, num)) return i;
    const len = longestSeq(tokens, num.to, LOCATION_PREPS[lang]);
    if (len === 0) return i;
    const place = findPlace(tokens, num.to + len, ctx.places);
    if (place === undefined) return i;
    const start = (tokens[num.from] as Token).start;
    const mention: Mention = {
      reading: num,
      kind: prev.kind,
      start,
      end: (tokens[num.to - 1] as Token).end,
      total: false,
      location: {
        ...place,
        prepStart: (tokens[num.to] as Token).start,
        area: AREA_PREPS.has((tokens[num.to] as Token).t),
      },
    };
    out.push(mention);
    prev = mention;
    i = place.to;
  }
}

/**
 * A heading such as "Strikes in Syria" or "Frappes en Irak": a strike noun, an area preposition and a
 * place, nothing else. Returns the place's offsets; the totals below it cover that place.
 */
export function headingPlace(ctx: SentenceContext): PlaceMatch | undefined {
  const { tokens } = ctx;
  const kind = matchKind(ctx, 0);
  if (kind === undefined || !AREA_PREPS.has(tokens[kind.to]?.t ?? '')) return undefined;
  const place = findPlace(tokens, kind.to + 1, ctx.places);
  if (place === undefined) return undefined;
  const rest = tokens.slice(place.to).filter((t) => !STOPS.has(t.t));
  return rest.length === 0 ? place : undefined;
}

/** "13 strikes consisting of 25 engagements against ISIS targets in Syria": both totals cover Syria. */
function coordinatedEnd(ctx: SentenceContext, place: PlaceMatch): number {
  const { tokens, lang } = ctx;
  let end = place.end;
  let k = place.to;
  for (;;) {
    const link = tokens[k]?.t;
    if (link !== 'and' && link !== 'et' && link !== ',') return end;
    const next =
      findPlace(tokens, k + 1, ctx.places) ??
      findPlace(tokens, k + 1 + longestSeq(tokens, k + 1, LOCATION_PREPS[lang]), ctx.places);
    if (next === undefined) return end;
    end = next.end;
    k = next.to;
  }
}

function shareTotalScope(mentions: Mention[]): void {
  for (let m = 0; m + 1 < mentions.length; m++) {
    const a = mentions[m] as Mention;
    const b = mentions[m + 1] as Mention;
    if (a.total && b.total && a.location === undefined && b.location !== undefined) {
      mentions[m] = {
        ...a,
        location: b.location,
        ...(b.scopeEnd === undefined ? {} : { scopeEnd: b.scopeEnd }),
      };
    }
  }
}
