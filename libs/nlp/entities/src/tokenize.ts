import { foldText, phraseKey } from './fold-key';

/** A word or punctuation token of one segment; offsets index the dispatch text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Folded text (see {@link foldText}), hyphens kept. */
  readonly fold: string;
  /** Phrase key (see {@link phraseKey}): words of the token, folded, joined by single spaces. */
  readonly key: string;
  readonly isWord: boolean;
  /** Starts with a capital, or with a lower-case Arabic article before one ("al-Assad"). */
  readonly cap: boolean;
  /** Acronym-shaped: two or more capitals and nothing in lower case ("EI", "CJTF-OIR"). */
  readonly upper: boolean;
  /** French elided article or preposition ("l'", "d'"). */
  readonly elision: boolean;
  /** First word of a sentence, a quotation or a bracket: its capital says nothing. */
  readonly sentenceStart: boolean;
}

// The last alternative only ever takes what the word alternative cannot: punctuation and symbols.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)['’](?=\p{L})/iu;
const PARTICLE_CAP = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez|ibn|bin|ben|abu|abou)-\p{Lu}/u;
/** A compound like `US-led`: the part before the suffix must hold a capital (checked apart, see below). */
const COMPOUND_SUFFIX =
  /^(.+)(-(?:led|backed|based|linked|held|controlled|allied|run|affiliated|inspired|dominated|aligned|owned|made|born|occupied|bound))$/u;
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '«', '“', '"', '(', '…', '—', '–', '-', '[', ';']);
// Abbreviations whose full stop does not end a sentence ("M. Garver", "Gen. Votel").
const ABBREVIATIONS = new Set([
  'm',
  'mme',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'adm',
  'sgt',
  'sen',
  'rep',
  'gov',
  'prof',
  'brig',
  'cmdr',
  'mgr',
]);

// Character tests with an ASCII fast path: most wire characters are ASCII, and Unicode property
// regexes cost about a microsecond a token.
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(text.charAt(i));
}

function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(text.charAt(i))) return true;
  }
  return false;
}

function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /\p{L}/u.test(text.charAt(i))) n++;
  }
  return n;
}

// Words recur across dispatches; folding is the costly part of tokenizing. Bounded so a long-lived
// worker does not grow without limit (the cache only memoises a pure function).
const FOLD_CACHE = new Map<string, readonly [string, string]>();
const FOLD_CACHE_LIMIT = 50000;

function foldsOf(text: string): readonly [string, string] {
  let hit = FOLD_CACHE.get(text);
  if (hit === undefined) {
    const fold = foldText(text);
    hit = [fold, /^[a-z0-9]+$/.test(fold) ? fold : phraseKey(text)];
    if (FOLD_CACHE.size >= FOLD_CACHE_LIMIT) FOLD_CACHE.clear();
    FOLD_CACHE.set(text, hit);
  }
  return hit;
}

/**
 * Lower-case ASCII letters and digits only: already their own fold and phrase key (what
 * {@link foldsOf} gives them), and most words of a dispatch, so they skip the cache look-up.
 */
function isLowerAsciiWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function makeToken(text: string, start: number, prev: Token | undefined, prev2: Token | undefined): Token {
  const isWord = text.length > 1 || /[\p{L}\p{N}]/u.test(text);
  const firstUpper = isWord && isUpperAt(text, 0);
  const cap = firstUpper || (isWord && text.includes('-') && PARTICLE_CAP.test(text));
  const upper = firstUpper && !hasLower(text) && countLetters(text) >= 2;
  let sentenceStart = prev === undefined || (!prev.isWord && SENTENCE_OPENERS.has(prev.text));
  if (sentenceStart && prev?.text === '.' && prev2 !== undefined && ABBREVIATIONS.has(prev2.fold))
    sentenceStart = false;
  // "L'Observatoire": the elided article took the sentence capital, so the noun's capital is meaningful.
  if (prev?.elision === true) sentenceStart = false;
  let fold = text;
  let key = '';
  if (isWord) {
    if (isLowerAsciiWord(text)) key = text;
    else [fold, key] = foldsOf(text);
  }
  return {
    text,
    start,
    end: start + text.length,
    fold,
    key,
    isWord,
    cap,
    upper,
    elision: false,
    sentenceStart,
  };
}

/** Cuts `text[from, to)` into word and punctuation tokens, splitting French elisions and English possessives. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const push = (t: string, start: number, elision = false): void => {
    const token = makeToken(t, start, tokens[tokens.length - 1], tokens[tokens.length - 2]);
    tokens.push(elision ? { ...token, elision: true, cap: false, upper: false } : token);
  };
  // One shared pattern: compiling a copy per segment cost more than the scan. Safe because nothing
  // below calls tokenize again before the loop ends.
  const re = TOKEN;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    let start = m.index;
    // A token never runs past its segment.
    let word = start + m[0].length > to ? m[0].slice(0, to - start) : m[0];
    const apostrophe = word.includes("'") || word.includes('’');
    const el = apostrophe ? ELISION.exec(word) : null;
    // "N'Djamena" keeps its apostrophe: an elided "n'" is never followed by a capital.
    if (el !== null && !(el[1] === 'N' && isUpperAt(word, 2))) {
      const len = el[0].length;
      push(word.slice(0, len), start, true);
      word = word.slice(len);
      start += len;
    }
    // "US-led", "al-Qaeda-linked": the name is tagged without its participle.
    const suffix = word.includes('-') ? COMPOUND_SUFFIX.exec(word) : null;
    // The capital is tested apart: inside the pattern, `.*\p{Lu}.*` backtracks super-linearly.
    if (suffix !== null && suffix[1] !== undefined && suffix[2] !== undefined && /\p{Lu}/u.test(suffix[1])) {
      push(suffix[1], start);
      push(suffix[2], start + suffix[1].length);
      continue;
    }
    const poss = apostrophe ? /^(.+)(['’]s)$/u.exec(word) : null;
    if (poss !== null && poss[1] !== undefined && poss[2] !== undefined && isUpperAt(word, 0)) {
      push(poss[1], start);
      push(poss[2], start + poss[1].length);
      continue;
    }
    push(word, start);
  }
  return tokens;
}
