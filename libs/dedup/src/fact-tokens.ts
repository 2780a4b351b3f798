import { fingerprintTokens, foldCase, foldDiacritics } from '@wirestream/nlp-text';
import { DATE_WORDS } from './date-words';

const SENTENCE_BREAK = /(?<=[.!?…])\s+|\n+/u;
const UPPER_START = /^\p{Lu}/u;
const NON_ASCII = /[^ -~]/;

/** Folding is only needed for accented spellings (`février`, `miércoles`): most tokens skip it. */
const isDateWord = (folded: string): boolean =>
  DATE_WORDS.has(folded) || (NON_ASCII.test(folded) && DATE_WORDS.has(foldDiacritics(folded)));

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
      const isName = i > 0 && UPPER_START.test(t) && !/\p{N}/u.test(t);
      if (/\p{N}/u.test(t) || isDateWord(folded)) figures.push(folded);
      else if (isName && previousWasName) names[names.length - 1] += ` ${folded}`;
      else if (isName) names.push(folded);
      // A multi-word name ("Alain Carignon", "Al-Qaïm") is one fact: correcting it is one substitution.
      previousWasName = isName;
    });
  }
  return { figures, names };
}
