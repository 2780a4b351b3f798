/** A word or punctuation token of a folded text, with its UTF-16 offsets. */
export interface Token {
  /** Folded form: lower case, no diacritics, apostrophes unified. */
  readonly t: string;
  readonly start: number;
  readonly end: number;
  /** Whether the original text starts with an upper-case letter here. */
  readonly cap: boolean;
  readonly digit: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
const wordCache = new Map<number, boolean>();

function isWord(code: number, ch: string): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let hit = wordCache.get(code);
  if (hit === undefined) {
    hit = WORD_CHAR.test(ch);
    wordCache.set(code, hit);
  }
  return hit;
}

function isSpace(code: number, ch: string): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && SPACE.test(ch));
}

function isCap(original: string, at: number): boolean {
  const code = original.charCodeAt(at);
  return code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(original.charAt(at));
}

/**
 * Cuts `folded` (from `foldAligned` of nlp-text) into word tokens (letters and digits) and one-character
 * punctuation tokens, skipping spaces; `original` gives capitalisation. A hand-written scanner:
 * tokenising is the hottest loop of the stage.
 */
export function tokenize(original: string, folded: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = folded.charCodeAt(i);
    const ch = folded.charAt(i);
    if (isSpace(code, ch)) {
      i++;
      continue;
    }
    const start = i;
    if (isWord(code, ch)) {
      let digit = code >= 48 && code <= 57;
      i++;
      while (i < folded.length) {
        const c = folded.charCodeAt(i);
        if (!isWord(c, folded.charAt(i))) break;
        if (c < 48 || c > 57) digit = false;
        i++;
      }
      tokens.push({ t: folded.slice(start, i), start, end: i, cap: isCap(original, start), digit });
    } else {
      i++;
      tokens.push({ t: ch, start, end: i, cap: false, digit: false });
    }
  }
  return tokens;
}
