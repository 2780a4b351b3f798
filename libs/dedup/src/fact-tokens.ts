import { fingerprintTokens, foldCase, foldDiacritics } from '@wirestream/nlp-text';
import { DATE_WORDS } from './date-words';

const SENTENCE_BREAK = /(?<=[.!?…])\s+|\n+/u;
const UPPER_START = /^\p{Lu}/u;
const NUMBER = /\p{N}/u;
const NON_ASCII = /[^\x20-\x7E]/;

/** Whether a token has a number character. ASCII is read directly; the Unicode class only if needed. */
function hasNumber(token: string): boolean {
  let ascii = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127) ascii = false;
  }
  return !ascii && NUMBER.test(token);
}

/** Whether a token starts with a capital. ASCII is read directly; the Unicode class only if needed. */
function startsUpper(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(token);
}

// Folding for accented spellings (`février`, `miércoles`) is costly and the words recur: answers are
// remembered, in a bounded table.
const accentedDateWords = new Map<string, boolean>();
const isDateWord = (folded: string): boolean => {
  if (DATE_WORDS.has(folded)) return true;
  if (!NON_ASCII.test(folded)) return false;
  let known = accentedDateWords.get(folded);
  if (known === undefined) {
    known = DATE_WORDS.has(foldDiacritics(folded));
    if (accentedDateWords.size >= 20_000) accentedDateWords.clear();
    accentedDateWords.set(folded, known);
  }
  return known;
};

/** The facts of a text, case folded, in two classes that bulletins and corrections change differently. */
export interface FactTokens {
  /** Figures (any token with a digit) and weekday or month names. */
  readonly figures: readonly string[];
  /** Runs of capitalised words that do not start a sentence: names, places, organisations. */
  readonly names: readonly string[];
}

/**
 * Reads the facts of a text: what a correction changes one of and a formulaic bulletin replaces
 * wholesale.
 */
export function factTokens(text: string): FactTokens {
  const figures: string[] = [];
  const names: string[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    let previousWasName = false;
    fingerprintTokens(sentence).forEach((t, i) => {
      const folded = foldCase(t);
      const numeric = hasNumber(t);
      const isName = i > 0 && !numeric && startsUpper(t);
      if (numeric || isDateWord(folded)) figures.push(folded);
      else if (isName && previousWasName) names[names.length - 1] += ` ${folded}`;
      else if (isName) names.push(folded);
      // A multi-word name ("Alain Carignon", "Al-Qaïm") is one fact: correcting it is one substitution.
      previousWasName = isName;
    });
  }
  return { figures, names };
}
